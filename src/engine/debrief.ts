/** Everything the debrief screen and the printable record read back from a finished run. */
import type { Scenario } from './scenario/schema';
import type { Cause } from './situation';
import { alignedWith } from './view';
import { topicsFor } from './game';
import { nameAttackers } from './meeting';
import type { GameEvent, GameState, MeterSnapshot } from './types';

type MeterEvent = Extract<GameEvent, { type: 'meter' }>;

export interface ChoiceReview {
  kind: 'chair' | 'option' | 'reply';
  topic: string | null;
  option: string;
  label: string;
  text: string;
  why: string;
  cite: number[];
  changes: MeterEvent[];
  net: Record<string, number>;
}

export interface Trade { option: string; gained: string[]; paid: string[] }

export interface Debrief {
  seat: string;
  outcome: { id: string; title: string; headline: string; text: string };
  statement: string;
  history: MeterSnapshot[];
  finalMeters: Record<string, number>;
  choices: ChoiceReview[];
  leftOut: string[];
  otherChanges: MeterEvent[]; // news and reactions
  objectives: { id: string; text: string; met: boolean }[];
  redLines: { id: string; text: string; crossed: boolean }[];
  aligned: string[];
  trades: Trade[];
  /** The one cause (a choice of the player's, a speech, the news) that moved the meters most, as its changes. */
  turningPoint: MeterEvent[];
}

/** What one cause is, so that an option and the overclaim it made count as one. */
function causeKey(c: Cause): string {
  switch (c.kind) {
    case 'option': case 'overclaim': case 'chair': case 'reply': return `option:${c.option}`;
    case 'heard': return `heard:${c.delegation}`;
    case 'news': return `news:${c.news}`;
    case 'reaction': case 'speech': return `${c.kind}:${c.delegation}:${c.line}`;
  }
}

/** Each meter's move as a share of its range, summed over a cause's changes: the largest sum wins. */
export function turningPoint(scenario: Scenario, events: MeterEvent[]): MeterEvent[] {
  const range = new Map(scenario.meters.map((m) => [m.id, Math.max(1, m.max - m.min)]));
  const weight = new Map<string, number>();
  for (const e of events) {
    const key = causeKey(e.cause);
    weight.set(key, (weight.get(key) ?? 0) + Math.abs(e.to - e.from) / range.get(e.meter)!);
  }
  let best: string | null = null;
  for (const [key, w] of weight) if (best === null || w > weight.get(best)!) best = key;
  return best === null ? [] : events.filter((e) => causeKey(e.cause) === best);
}

const causeOption = (c: Cause): string | null =>
  c.kind === 'option' || c.kind === 'overclaim' || c.kind === 'chair' || c.kind === 'reply' ? c.option : null;
const isOtherCause = (c: Cause, mine: Set<string>) => { const o = causeOption(c); return o === null || !mine.has(o); };

export function debrief(scenario: Scenario, state: GameState): Debrief | null {
  if (!state.result) return null;
  const meterEvents = state.log.filter((e): e is MeterEvent => e.type === 'meter');
  type Entry = { o: Scenario['topics'][number]['options'][number]; topic: string | null; kind: ChoiceReview['kind'] };
  const optionById = new Map<string, Entry>();
  for (const t of scenario.topics) for (const o of t.options) optionById.set(o.id, { o, topic: t.id, kind: 'option' });
  for (const o of scenario.presidency.options) optionById.set(o.id, { o, topic: null, kind: 'chair' });
  for (const o of scenario.rightOfReply.options) optionById.set(o.id, { o, topic: null, kind: 'reply' });
  const better = new Map(scenario.meters.map((m) => [m.id, m.better]));
  // The chair's opening is the player's choice only when the player presides.
  const presiding = scenario.presidency.seat === state.seat;
  const mine = state.applied.filter((id) => presiding || optionById.get(id)?.kind !== 'chair');
  const choices: ChoiceReview[] = mine.map((id) => {
    const { o, topic, kind } = optionById.get(id)!;
    const changes = meterEvents.filter((e) => causeOption(e.cause) === id);
    const net: Record<string, number> = {};
    for (const e of changes) net[e.meter] = (net[e.meter] ?? 0) + (e.to - e.from);
    // A reply names its attackers as it did in the meeting.
    return { kind, topic, option: id, label: o.label, text: kind === 'reply' ? nameAttackers(scenario, state.attackedBy, o.text) : o.text, why: o.why, cite: o.cite, changes, net };
  });
  const trades: Trade[] = [];
  for (const c of choices) {
    const gained: string[] = [];
    const paid: string[] = [];
    for (const [meter, delta] of Object.entries(c.net)) {
      if (delta === 0) continue;
      ((delta > 0) === (better.get(meter) === 'higher') ? gained : paid).push(meter);
    }
    if (gained.length > 0 && paid.length > 0) trades.push({ option: c.option, gained, paid });
  }
  const ins = scenario.instructions.find((i) => i.seat === state.seat);
  const text = (list: { id: string; text: string }[] | undefined, id: string) => list?.find((o) => o.id === id)?.text ?? id;
  const outcome = scenario.outcomes.find((o) => o.id === state.result!.outcome)!;
  const statement = state.log.find((e) => e.type === 'statement');
  return {
    seat: state.seat,
    outcome: { id: outcome.id, title: outcome.title, headline: outcome.headline, text: outcome.text },
    statement: statement?.type === 'statement' ? statement.text : '',
    history: state.history,
    finalMeters: state.meters,
    choices,
    leftOut: topicsFor(scenario, state.seat).filter(({ topic }) => !state.picks[topic.id]).map(({ topic }) => topic.id),
    otherChanges: meterEvents.filter((e) => isOtherCause(e.cause, new Set(mine))),
    objectives: state.result.objectives.map((o) => ({ ...o, text: text(ins?.objectives, o.id) })),
    redLines: state.result.redLines.map((o) => ({ ...o, text: text(ins?.redLines, o.id) })),
    aligned: alignedWith(scenario, state),
    trades,
    turningPoint: turningPoint(scenario, meterEvents),
  };
}
