/**
 * A scenario compiled into indexed, numeric form. The engine and the audit both run the rules over
 * this model, so that the audit's millions of runs play by exactly the rules a player meets.
 */
import type { Delegation, Line, Option, Scenario } from './scenario/schema';
import { SPEECH_KINDS, type SpeechKind } from './kinds';
import { matchedOptions } from './positions';

export type OptionKind = 'topic' | 'chair' | 'reply';

export interface OptionModel {
  index: number;
  id: string;
  kind: OptionKind;
  topic: number; // -1 for chair and reply options
  option: Option;
  seconds: number;
  effects: Float64Array; // per meter, the option's own effects
  overclaimSteps: number;
  overclaimFacts: string[];
  supportDelta: Float64Array; // per delegation: stance agreement plus any overclaim penalty
  stance: Float64Array; // per issue
  targets: number[]; // delegations the option criticises by name
  seats: Uint8Array; // per delegation: 1 where a player in that seat is offered it
}

export interface LineModel {
  index: number;
  line: Line;
  delegation: number;
  kind: SpeechKind;
  forSeats: Uint8Array | null; // per player seat, or null for every seat
  effects: Float64Array;
  targets: number[];
  /** For a response: the topic options it answers (by id or tag); it is said only if the player took one. */
  respondsTo: number[] | null;
}
export type { SpeechKind };

export interface Model {
  scenario: Scenario;
  meterIds: string[];
  meterIndex: Map<string, number>;
  meterMin: Float64Array;
  meterMax: Float64Array;
  alignmentMeters: number[];
  issueIds: string[];
  issueIndex: Map<string, number>;
  delegations: Delegation[];
  delegationIndex: Map<string, number>;
  isMember: Uint8Array;
  mayAttack: Uint8Array;
  reactionScale: Float64Array;
  stances: Float64Array[]; // per delegation, per issue
  options: OptionModel[];
  optionIndex: Map<string, number>;
  topicOptions: number[][]; // per topic, option indices (all seats)
  seatTopicOptions: number[][][]; // per seat, per topic: the option indices that seat is offered
  topicIndex: Map<string, number>;
  chairOptions: number[];
  replyOptions: number[];
  seatReplyOptions: number[][]; // per seat
  campOf: Map<string, string>; // seat id to camp id
  president: number;
  speakers: number[]; // members in speaking order
  rule37: number[];
  newsEffects: Float64Array[];
  newsSupport: Float64Array[];
  reactionEffects: Record<'align' | 'rebut' | 'attack' | 'answer', Float64Array>;
  maxSwing: Float64Array; // per meter: the most one speech may move it (Infinity where unset)
  /** Per meter, 1 where other delegations' speeches move it (the room's meters, such as escalation), 0 where it is the player's own reading. */
  sharedMeters: Uint8Array;
  overclaimEffects: Float64Array;
  lines: LineModel[];
  linesOf: Record<SpeechKind, number[]>[]; // per delegation
  budget: number; // seconds available for options
}

/** Seconds a statement has for its positions: the budget less the salutation and closing. */
export function statementBudget(scenario: Scenario): number {
  return scenario.rules.speakingTime.budget - scenario.rules.speakingTime.frame;
}

const compiled = new WeakMap<Scenario, Model>();

export function compileScenario(scenario: Scenario): Model {
  const cached = compiled.get(scenario);
  if (cached) return cached;
  const model = build(scenario);
  compiled.set(scenario, model);
  return model;
}

const indexOf = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

function build(s: Scenario): Model {
  const meterIds = s.meters.map((m) => m.id);
  const meterIndex = indexOf(meterIds);
  const issueIds = s.issues.map((i) => i.id);
  const issueIndex = indexOf(issueIds);
  const delegationIndex = indexOf(s.delegations.map((d) => d.id));
  const D = s.delegations.length;
  const vector = (map: Record<string, number>, index: Map<string, number>, size: number) => {
    const out = new Float64Array(size);
    for (const [key, value] of Object.entries(map)) {
      const i = index.get(key);
      if (i !== undefined) out[i] = value;
    }
    return out;
  };
  const stances = s.delegations.map((d) => vector(d.stance, issueIndex, issueIds.length));
  const evidenceRank = new Map(s.evidenceLevels.map((l) => [l.id, l.rank]));
  const certaintyRank = new Map(s.certainties.map((l) => [l.id, l.rank]));
  const factEvidence = new Map(s.facts.map((f) => [f.id, evidenceRank.get(f.evidence) ?? 0]));
  const campMembers = new Map(s.camps.map((c) => [c.id, c.members]));
  const campOf = new Map(s.camps.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
  /** A `for` list as a per-delegation mask of the seats it names directly or through a camp. */
  const scope = (ids: string[] | undefined): Uint8Array | null => {
    if (!ids) return null;
    const mask = new Uint8Array(D);
    for (const id of ids) for (const seat of campMembers.get(id) ?? [id]) {
      const i = delegationIndex.get(seat);
      if (i !== undefined) mask[i] = 1;
    }
    return mask;
  };
  const everyone = new Uint8Array(D).fill(1);
  const targetsOf = (ids: string[]) => ids.map((id) => delegationIndex.get(id)).filter((i): i is number => i !== undefined);

  const options: OptionModel[] = [];
  const addOption = (option: Option, kind: OptionKind, topic: number, topicScope: Uint8Array | null = null) => {
    const stance = vector(option.stance, issueIndex, issueIds.length);
    let overclaimSteps = 0;
    const overclaimFacts: string[] = [];
    for (const claim of option.claims) {
      const steps = Math.max(0, (certaintyRank.get(claim.certainty) ?? 0) - (factEvidence.get(claim.fact) ?? 0));
      if (steps > 0) { overclaimSteps += steps; overclaimFacts.push(claim.fact); }
    }
    const supportDelta = new Float64Array(D);
    s.delegations.forEach((d, i) => {
      let dot = 0;
      for (let k = 0; k < issueIds.length; k++) dot += stance[k]! * stances[i]![k]!;
      supportDelta[i] = s.rules.supportPerStance * dot + s.rules.overclaim.supportPerStep * overclaimSteps * d.evidenceMinded;
    });
    options.push({
      index: options.length, id: option.id, kind, topic, option, seconds: option.seconds,
      effects: vector(option.effects, meterIndex, meterIds.length), overclaimSteps, overclaimFacts, supportDelta, stance,
      targets: targetsOf(option.targets), seats: intersect(scope(option.for), topicScope),
    });
    return options.length - 1;
  };
  const intersect = (a: Uint8Array | null, b: Uint8Array | null) => {
    if (!a && !b) return everyone;
    if (!a || !b) return (a ?? b)!;
    return a.map((v, i) => v & b[i]!);
  };
  const topicOptions = s.topics.map((t, ti) => t.options.map((o) => addOption(o, 'topic', ti, scope(t.for))));
  const chairOptions = s.presidency.options.map((o) => addOption(o, 'chair', -1));
  const replyOptions = s.rightOfReply.options.map((o) => addOption(o, 'reply', -1));
  const offered = (list: number[], seat: number) => list.filter((o) => options[o]!.seats[seat] === 1);
  const seatTopicOptions = s.delegations.map((_, seat) => topicOptions.map((list) => offered(list, seat)));
  const seatReplyOptions = s.delegations.map((_, seat) => offered(replyOptions, seat));

  const topicPositions = options.filter((o) => o.kind === 'topic').map((o) => ({ id: o.id, tags: o.option.tags, index: o.index }));
  const answered = (wanted: string[]) => matchedOptions(topicPositions, wanted).map((o) => o.index);
  const lines: LineModel[] = [];
  const linesOf = s.delegations.map((d, di) => {
    const byKind = Object.fromEntries(SPEECH_KINDS.map((k) => [k, [] as number[]])) as Record<SpeechKind, number[]>;
    for (const kind of SPEECH_KINDS) {
      for (const line of d.speech[kind]) {
        byKind[kind].push(lines.length);
        lines.push({
          index: lines.length, line, delegation: di, kind, forSeats: scope(line.for),
          effects: vector(line.effects, meterIndex, meterIds.length), targets: targetsOf(line.targets),
          respondsTo: line.respondsTo ? answered(line.respondsTo) : null,
        });
      }
    }
    return byKind;
  });
  const at = (id: string) => delegationIndex.get(id) ?? -1;

  return {
    scenario: s, meterIds, meterIndex,
    meterMin: Float64Array.from(s.meters.map((m) => m.min)),
    meterMax: Float64Array.from(s.meters.map((m) => m.max)),
    alignmentMeters: s.meters.flatMap((m, i) => (m.kind === 'alignment' ? [i] : [])),
    issueIds, issueIndex, delegations: s.delegations, delegationIndex,
    isMember: Uint8Array.from(s.delegations.map((d) => (d.kind === 'member' ? 1 : 0))),
    mayAttack: Uint8Array.from(s.delegations.map((d) => (d.mayAttack ? 1 : 0))),
    reactionScale: Float64Array.from(s.delegations.map((d) => d.reactionScale)),
    stances, options, optionIndex: indexOf(options.map((o) => o.id)), topicOptions, seatTopicOptions,
    topicIndex: indexOf(s.topics.map((t) => t.id)), chairOptions, replyOptions, seatReplyOptions, campOf,
    president: at(s.presidency.seat),
    speakers: s.speakersList.members.map(at), rule37: s.speakersList.rule37.map(at),
    newsEffects: s.news.map((n) => vector(n.effects, meterIndex, meterIds.length)),
    newsSupport: s.news.map((n) => vector(n.support, delegationIndex, D)),
    reactionEffects: {
      align: vector(s.rules.reactionEffects.align, meterIndex, meterIds.length),
      rebut: vector(s.rules.reactionEffects.rebut, meterIndex, meterIds.length),
      attack: vector(s.rules.reactionEffects.attack, meterIndex, meterIds.length),
      answer: vector(s.rules.reactionEffects.answer, meterIndex, meterIds.length),
    },
    maxSwing: Float64Array.from(meterIds.map((id) => s.rules.maxSwing[id] ?? Infinity)),
    sharedMeters: Uint8Array.from(meterIds.map((id) => (
      s.delegations.some((d) => d.speech.own.some((l) => (l.effects[id] ?? 0) !== 0))
      || Object.values(s.rules.reactionEffects).some((e) => (e[id] ?? 0) !== 0) ? 1 : 0))),
    overclaimEffects: vector(s.rules.overclaim.effects, meterIndex, meterIds.length),
    lines, linesOf, budget: statementBudget(s),
  };
}
