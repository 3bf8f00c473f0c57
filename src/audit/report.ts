/**
 * Reads the enumeration's totals as findings a scenario author can act on. A finding marked as a
 * failure makes `npm run audit` exit non-zero.
 */
import type { Model } from '../engine/model';
import { correlation, type SeatTotals } from './enumerate';

export interface Finding { seat: string | null; failure: boolean; message: string }

export interface SeatReport {
  seat: string;
  runs: number;
  outcomes: { id: string; share: number }[];
  r: number;
  tradeOptions: string[]; // options that buy one of escalation/coalition with the other
  winWinOptions: string[];
  dominated: { option: string; by: string }[];
  objectives: { id: string; share: number; silent: boolean; atStart: boolean }[];
  largestSwing: { meter: string; swing: number; cap: number }[];
  redLines: { id: string; share: number }[];
  attackedShare: number;
}

const MAX_R = 0.6;
/** No outcome may end more than this share of random games from a seat: the ending must depend on play. */
export const OUTCOME_MAX = 0.6;
/** A seat attacked in more random games than this has no real choice about a right of reply, unless the record says it always had one. */
export const ATTACKED_MAX = 0.85;
/** An objective met in fewer runs than this, or more, teaches little: random play should sometimes miss it. */
export const OBJECTIVE_RANGE = [0.05, 0.85] as const;

/**
 * Option B dominates A when it takes no more time, is no worse on any meter it moves directly, and
 * moves every other delegation at least as far toward the player: then no run is better with A.
 */
export function dominatedOptions(model: Model, seat: number): { option: string; by: string }[] {
  const out: { option: string; by: string }[] = [];
  const meters = model.scenario.meters;
  const direct = (o: (typeof model.options)[number]) =>
    meters.map((m, i) => (m.kind === 'tally' ? (o.effects[i]! + model.overclaimEffects[i]! * o.overclaimSteps) * (m.better === 'higher' ? 1 : -1) : 0));
  for (const options of model.seatTopicOptions[seat]!) {
    for (const a of options) for (const b of options) {
      if (a === b) continue;
      const A = model.options[a]!;
      const B = model.options[b]!;
      if (B.seconds > A.seconds) continue;
      const da = direct(A);
      const db = direct(B);
      let strict = B.seconds < A.seconds;
      let worse = false;
      for (let i = 0; i < da.length && !worse; i++) { if (db[i]! < da[i]!) worse = true; else if (db[i]! > da[i]!) strict = true; }
      for (let d = 0; d < model.delegations.length && !worse; d++) {
        if (d === seat || model.delegations[d]!.kind === 'briefer') continue;
        if (B.supportDelta[d]! < A.supportDelta[d]!) worse = true; else if (B.supportDelta[d]! > A.supportDelta[d]!) strict = true;
      }
      if (!worse && strict) out.push({ option: A.id, by: B.id });
    }
  }
  return out;
}

export function seatReport(model: Model, t: SeatTotals): SeatReport {
  const s = model.scenario;
  const seat = model.delegationIndex.get(t.seat)!;
  const ins = s.instructions.find((i) => i.seat === t.seat);
  const esc = model.meterIndex.get('escalation') ?? 0;
  const coal = model.alignmentMeters[0] ?? 0;
  const meanEsc = t.meterSums[esc]! / t.runs;
  const meanCoal = t.meterSums[coal]! / t.runs;
  const tradeOptions: string[] = [];
  const winWinOptions: string[] = [];
  for (const o of model.options) {
    if (o.kind !== 'topic' || t.optionRuns[o.index]! === 0) continue;
    const dEsc = t.optionSums[esc]![o.index]! / t.optionRuns[o.index]! - meanEsc;
    const dCoal = t.optionSums[coal]![o.index]! / t.optionRuns[o.index]! - meanCoal;
    if (Math.abs(dEsc) < 0.05 || Math.abs(dCoal) < 0.01) continue;
    // Escalation is better lower, coalition better higher: same signs means one is bought with the other.
    ((dEsc > 0) === (dCoal > 0) ? tradeOptions : winWinOptions).push(o.id);
  }
  return {
    seat: t.seat, runs: t.runs,
    outcomes: s.outcomes.map((o, i) => ({ id: o.id, share: t.outcomes[i]! / t.runs })),
    r: correlation(t), tradeOptions, winWinOptions,
    dominated: dominatedOptions(model, seat),
    objectives: (ins?.objectives ?? []).map((o, i) => ({
      id: o.id, share: t.objectivesMet[i]! / t.runs, silent: t.objectivesMetSilent[i] === 1, atStart: t.objectivesMetAtStart[i] === 1,
    })),
    largestSwing: model.meterIds.map((meter, i) => ({ meter, swing: t.largestSwing[i]!, cap: model.maxSwing[i]! })),
    redLines: (ins?.redLines ?? []).map((o, i) => ({ id: o.id, share: t.redLinesCrossed[i]! / t.runs })),
    attackedShare: t.attackedRuns / t.runs,
  };
}

export function findings(model: Model, reports: SeatReport[], linesShown: Uint8Array): Finding[] {
  const out: Finding[] = [];
  const fail = (seat: string | null, message: string) => out.push({ seat, failure: true, message });
  for (const r of reports) {
    if (!(Math.abs(r.r) < MAX_R)) fail(r.seat, `escalation and coalition move as one axis: r = ${r.r.toFixed(2)} (must be under ${MAX_R} in size)`);
    if (r.tradeOptions.length === 0) fail(r.seat, 'no option buys coalition with escalation or the reverse: the two meters never pull apart');
    for (const o of r.outcomes) {
      if (o.share === 0) fail(r.seat, `outcome "${o.id}" is reached by no run from this seat`);
      if (o.share > OUTCOME_MAX) fail(r.seat, `outcome "${o.id}" ends ${(100 * o.share).toFixed(1)}% of runs, over ${100 * OUTCOME_MAX}%: the ending hardly depends on what the player says`);
    }
    const onRecord = model.delegations[model.delegationIndex.get(r.seat)!]?.attackedOnRecord;
    if (r.attackedShare > ATTACKED_MAX && !onRecord) fail(r.seat, `attacked in ${(100 * r.attackedShare).toFixed(1)}% of runs, over ${100 * ATTACKED_MAX}%, and the record does not show it always was (say so with attackedOnRecord)`);
    for (const d of r.dominated) fail(r.seat, `option "${d.option}" is dominated by "${d.by}": never worse, never slower, better somewhere`);
    const [low, high] = OBJECTIVE_RANGE;
    for (const o of r.objectives) {
      if (o.share < low) fail(r.seat, `objective "${o.id}" is met in ${(100 * o.share).toFixed(1)}% of runs, under ${100 * low}%: random play almost never meets it`);
      if (o.share > high) fail(r.seat, `objective "${o.id}" is met in ${(100 * o.share).toFixed(1)}% of runs, over ${100 * high}%: random play almost always meets it`);
      if (o.silent) fail(r.seat, `objective "${o.id}" can be met by leaving every topic out`);
      if (o.atStart) fail(r.seat, `objective "${o.id}" is met by the starting position alone`);
    }
  }
  model.scenario.outcomes.forEach((o, i) => {
    if (!reports.some((r) => r.outcomes[i]!.share > 0)) fail(null, `outcome "${o.id}" is reached by no run from any seat`);
  });
  model.lines.forEach((l, i) => {
    if (!linesShown[i]) fail(null, `${model.delegations[l.delegation]!.id} line "${l.line.id}" (${l.kind}) is never said in any run`);
  });
  model.scenario.news.forEach((n) => { if (n.weight <= 0) fail(null, `news "${n.id}" has weight 0, so it never arrives`); });
  if (!reports.some((r) => r.attackedShare > 0)) fail(null, 'no run ever gives the player a right of reply, so its options are never shown');
  return out;
}
