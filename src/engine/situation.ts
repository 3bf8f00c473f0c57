/**
 * The numeric working state of one run, and the rules that move it. Each rule reports every meter
 * change to a Recorder with its cause; the engine records them for the player, the audit passes a
 * recorder that does nothing.
 */
import type { Model, OptionModel } from './model';
import { compileCondition, type Predicate } from './conditions';

export interface Situation {
  seat: number;
  news: number;
  meters: Float64Array;
  support: Float64Array; // each delegation's support for the player's line
  impact: Float64Array; // how the player's statement moved each delegation
  named: Float64Array; // how many parts of the player's statement named each delegation
  stance: Float64Array; // the statement's summed stance per issue
  chosen: Uint8Array; // per option
  addressed: Uint8Array; // per topic
  seconds: number;
  overclaims: number;
  attacked: boolean;
  aligned: number; // members (not the player) whose support reaches rules.alignAt
}

export type Cause =
  | { kind: 'option'; option: string }
  | { kind: 'overclaim'; option: string; facts: string[] }
  | { kind: 'chair'; option: string }
  | { kind: 'reply'; option: string }
  | { kind: 'news'; news: string }
  | { kind: 'speech'; delegation: string; line: string }
  | { kind: 'heard'; delegation: string; option: string }
  | { kind: 'reaction'; delegation: string; reaction: Response; line: string };

/** How a later speaker answers the player's statement (or, for 'answer', the player's reply). */
export type Response = 'align' | 'rebut' | 'attack' | 'answer';

export interface MeterChange {
  meter: string;
  from: number;
  to: number;
  cause: Cause;
  joined?: string[]; // for alignment meters: who came to stand with the player
  left?: string[];
}

export type Recorder = ((change: MeterChange) => void) | null;

export function emptySituation(model: Model, seat: number): Situation {
  return {
    seat, news: -1,
    meters: new Float64Array(model.meterIds.length),
    support: new Float64Array(model.delegations.length),
    impact: new Float64Array(model.delegations.length),
    named: new Float64Array(model.delegations.length),
    stance: new Float64Array(model.issueIds.length),
    chosen: new Uint8Array(model.options.length),
    addressed: new Uint8Array(model.topicOptions.length),
    seconds: 0, overclaims: 0, attacked: false, aligned: 0,
  };
}

export function copySituation(from: Situation, to: Situation): Situation {
  to.seat = from.seat; to.news = from.news;
  to.meters.set(from.meters); to.support.set(from.support); to.impact.set(from.impact); to.named.set(from.named);
  to.stance.set(from.stance); to.chosen.set(from.chosen); to.addressed.set(from.addressed);
  to.seconds = from.seconds; to.overclaims = from.overclaims; to.attacked = from.attacked; to.aligned = from.aligned;
  return to;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** Support a member starts with: how close its stance is to the seat's. */
export function startSituation(model: Model, seat: number): Situation {
  const sit = emptySituation(model, seat);
  const { scenario: s } = model;
  s.meters.forEach((m, i) => { sit.meters[i] = m.start ?? m.min; });
  const [lo, hi] = s.rules.supportRange;
  const mine = model.stances[seat]!;
  for (let d = 0; d < model.delegations.length; d++) {
    if (d === seat) continue;
    let dot = 0;
    const theirs = model.stances[d]!;
    for (let k = 0; k < mine.length; k++) dot += mine[k]! * theirs[k]!;
    sit.support[d] = clamp(s.rules.affinityPerStance * dot, lo, hi);
    if (model.isMember[d] && sit.support[d]! >= s.rules.alignAt) sit.aligned++;
  }
  setAlignmentMeters(model, sit, null, null, null);
  return sit;
}

export function applyEffects(model: Model, sit: Situation, effects: Float64Array, scale: number, cause: Cause, rec: Recorder, cap: Float64Array | null = null) {
  for (let i = 0; i < effects.length; i++) {
    // Meters move in whole points, so every reading and every "why it moved" is a whole number.
    let delta = Math.round(effects[i]! * scale);
    if (cap !== null) { const c = cap[i]!; if (delta > c) delta = c; else if (delta < -c) delta = -c; }
    if (delta === 0) continue;
    const from = sit.meters[i]!;
    const to = clamp(from + delta, model.meterMin[i]!, model.meterMax[i]!);
    if (to === from) continue;
    sit.meters[i] = to;
    if (rec) rec({ meter: model.meterIds[i]!, from, to, cause });
  }
}

/** Alignment meters show the aligned count; with a recorder, each change names who crossed. */
function setAlignmentMeters(model: Model, sit: Situation, before: Float64Array | null, cause: Cause | null, rec: Recorder) {
  for (const i of model.alignmentMeters) {
    const from = sit.meters[i]!;
    const to = clamp(sit.aligned, model.meterMin[i]!, model.meterMax[i]!);
    sit.meters[i] = to;
    if (!rec || !cause || !before || to === from) continue;
    const alignAt = model.scenario.rules.alignAt;
    const joined: string[] = [];
    const left: string[] = [];
    for (let d = 0; d < sit.support.length; d++) {
      if (!model.isMember[d] || d === sit.seat) continue;
      const was = before[d]! >= alignAt;
      const is = sit.support[d]! >= alignAt;
      if (is && !was) joined.push(model.delegations[d]!.id);
      if (was && !is) left.push(model.delegations[d]!.id);
    }
    rec({ meter: model.meterIds[i]!, from, to, cause, joined, left });
  }
}

export function moveSupport(model: Model, sit: Situation, deltas: Float64Array, cause: Cause | null, rec: Recorder) {
  const [lo, hi] = model.scenario.rules.supportRange;
  const alignAt = model.scenario.rules.alignAt;
  const before = rec ? Float64Array.from(sit.support) : null;
  const support = sit.support;
  const isMember = model.isMember;
  for (let d = 0; d < deltas.length; d++) {
    const delta = deltas[d]!;
    if (delta === 0 || d === sit.seat) continue;
    const was = support[d]!;
    const now = clamp(was + delta, lo, hi);
    support[d] = now;
    if (isMember[d]) sit.aligned += (now >= alignAt ? 1 : 0) - (was >= alignAt ? 1 : 0);
  }
  setAlignmentMeters(model, sit, before, cause, rec);
}

/** A statement option, the chair's opening, or a right of reply: its effects, then who it moves. */
export function applyOption(model: Model, sit: Situation, o: OptionModel, rec: Recorder) {
  sit.chosen[o.index] = 1;
  // Causes are built only when something records them: the audit runs this millions of times.
  const cause: Cause | null = rec ? (o.kind === 'topic' ? { kind: 'option', option: o.id } : { kind: o.kind, option: o.id }) : null;
  applyEffects(model, sit, o.effects, 1, cause!, rec);
  if (o.overclaimSteps > 0) {
    sit.overclaims += o.overclaimSteps;
    const overclaim: Cause | null = rec ? { kind: 'overclaim', option: o.id, facts: o.overclaimFacts } : null;
    applyEffects(model, sit, model.overclaimEffects, o.overclaimSteps, overclaim!, rec);
  }
  moveSupport(model, sit, o.supportDelta, cause, rec);
  if (o.kind === 'topic') {
    sit.addressed[o.topic] = 1;
    sit.seconds += o.seconds;
    const stance = sit.stance;
    for (let k = 0; k < o.stance.length; k++) stance[k]! += o.stance[k]!;
    const impact = sit.impact;
    for (let d = 0; d < o.supportDelta.length; d++) impact[d]! += o.supportDelta[d]!;
    for (const t of o.targets) sit.named[t]! += 1;
  }
}

export function applyNews(model: Model, sit: Situation, news: number, rec: Recorder) {
  sit.news = news;
  const cause: Cause | null = rec ? { kind: 'news', news: model.scenario.news[news]!.id } : null;
  applyEffects(model, sit, model.newsEffects[news]!, 1, cause!, rec);
  moveSupport(model, sit, model.newsSupport[news]!, cause, rec);
}

export interface Verdict { outcome: number; objectives: boolean[]; redLines: boolean[] }
export type Judge = (sit: Situation) => Verdict;

export interface VerdictParts {
  rules: { test: Predicate; outcome: number }[];
  objectives: Predicate[];
  redLines: Predicate[];
}

const parts = new WeakMap<Model, VerdictParts[]>();

/** The compiled tests that read a finished run for one seat: outcome rules, objectives, red lines. */
export function verdictParts(model: Model, seat: number): VerdictParts {
  let bySeat = parts.get(model);
  if (!bySeat) { bySeat = []; parts.set(model, bySeat); }
  const cached = bySeat[seat];
  if (cached) return cached;
  const s = model.scenario;
  const ins = s.instructions.find((i) => i.seat === model.delegations[seat]!.id);
  const built: VerdictParts = {
    rules: s.outcomeRules.map((r) => ({ test: compileCondition(model, r.when), outcome: s.outcomes.findIndex((o) => o.id === r.outcome) })),
    objectives: (ins?.objectives ?? []).map((o) => compileCondition(model, o.when)),
    redLines: (ins?.redLines ?? []).map((o) => compileCondition(model, o.when)),
  };
  bySeat[seat] = built;
  return built;
}

export function outcomeOf(p: VerdictParts, sit: Situation): number {
  for (const r of p.rules) if (r.test(sit)) return r.outcome;
  return -1;
}

export function verdict(model: Model, sit: Situation): Verdict {
  const p = verdictParts(model, sit.seat);
  return { outcome: outcomeOf(p, sit), objectives: p.objectives.map((t) => t(sit)), redLines: p.redLines.map((t) => t(sit)) };
}
