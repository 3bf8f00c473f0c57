/**
 * Plays every run a seat can have: each way the chair can open (when the seat presides), each news
 * event that can be drawn, every statement that fits the speaking time, and every right of reply.
 * It calls the same rule functions as the engine, without recording, and keeps running totals only,
 * so memory stays flat however many runs there are.
 */
import type { Model } from '../engine/model';
import {
  applyNews, applyOption, copySituation, emptySituation, outcomeOf, startSituation, verdictParts, type Situation,
} from '../engine/situation';
import { answerReply, newTurn, speak, type Turn } from '../engine/speech';

export interface SeatTotals {
  seat: string;
  runs: number;
  outcomes: Float64Array; // runs per outcome
  objectivesMet: Float64Array;
  objectivesMetSilent: Uint8Array; // 1 where some run that addressed no topic met the objective
  objectivesMetAtStart: Uint8Array; // 1 where the starting position alone meets it
  redLinesCrossed: Float64Array;
  attackedRuns: number;
  // escalation (x) against coalition (y), for the correlation
  sx: number; sy: number; sxx: number; syy: number; sxy: number;
  // per option: runs that chose it and the summed final meters of those runs
  optionRuns: Float64Array;
  optionSums: Float64Array[]; // per meter, per option
  meterSums: Float64Array; // per meter, over all runs
  largestSwing: Float64Array; // per meter: the largest move one delegation's turn ever made
}

export interface RunSink {
  (sit: Situation, outcome: number): void;
}

/** Called after every turn at the microphone, with the situation as that turn left it. */
export interface TurnSink {
  (sit: Situation, speaker: number, turn: Turn): void;
}

export function enumerateSeat(model: Model, seatId: string, linesShown: Uint8Array, sink?: RunSink, onTurn?: TurnSink): SeatTotals {
  const seat = model.delegationIndex.get(seatId)!;
  const M = model.meterIds.length;
  const parts = verdictParts(model, seat);
  const escalation = model.meterIndex.get('escalation') ?? 0;
  const coalition = model.alignmentMeters[0] ?? 0;
  const totals: SeatTotals = {
    seat: seatId, runs: 0, outcomes: new Float64Array(model.scenario.outcomes.length),
    objectivesMet: new Float64Array(parts.objectives.length),
    objectivesMetSilent: new Uint8Array(parts.objectives.length),
    objectivesMetAtStart: new Uint8Array(parts.objectives.length),
    redLinesCrossed: new Float64Array(parts.redLines.length),
    attackedRuns: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0,
    optionRuns: new Float64Array(model.options.length),
    optionSums: model.meterIds.map(() => new Float64Array(model.options.length)),
    meterSums: new Float64Array(M),
    largestSwing: new Float64Array(M),
  };
  const atStart = startSituation(model, seat);
  parts.objectives.forEach((test, i) => { if (test(atStart)) totals.objectivesMetAtStart[i] = 1; });

  const position = model.speakers.indexOf(seat);
  const before = model.speakers.slice(0, position);
  const after = [...model.speakers.slice(position + 1), ...model.rule37];
  const topicOptions = model.seatTopicOptions[seat]!;
  const replies = model.seatReplyOptions[seat]!;
  const T = topicOptions.length;
  const levels = Array.from({ length: T + 1 }, () => emptySituation(model, seat));
  // Per depth: runs and summed final meters of the subtree, so option totals cost O(1) per node.
  const subRuns = new Float64Array(T + 1);
  const subSums = Array.from({ length: T + 1 }, () => new Float64Array(M));

  const finish = (sit: Situation, depth: number) => {
    const outcome = outcomeOf(parts, sit);
    totals.runs++;
    totals.outcomes[outcome]!++;
    for (let i = 0; i < parts.objectives.length; i++) {
      if (!parts.objectives[i]!(sit)) continue;
      totals.objectivesMet[i]!++;
      if (sit.seconds === 0) totals.objectivesMetSilent[i] = 1;
    }
    for (let i = 0; i < parts.redLines.length; i++) if (parts.redLines[i]!(sit)) totals.redLinesCrossed[i]!++;
    if (sit.attacked) totals.attackedRuns++;
    const x = sit.meters[escalation]!;
    const y = sit.meters[coalition]!;
    totals.sx += x; totals.sy += y; totals.sxx += x * x; totals.syy += y * y; totals.sxy += x * y;
    subRuns[depth]!++;
    const sums = subSums[depth]!;
    for (let m = 0; m < M; m++) { sums[m]! += sit.meters[m]!; totals.meterSums[m]! += sit.meters[m]!; }
    if (sink) sink(sit, outcome);
  };

  const turn = newTurn();
  const attackers = new Int32Array(before.length + after.length);
  let attackerCount = 0;
  const take = (sit: Situation, d: number, afterPlayer: boolean) => {
    speak(model, sit, d, afterPlayer, null, turn);
    const beforeTurn = turn.before!;
    if (turn.own >= 0) linesShown[turn.own] = 1;
    if (turn.responseLine >= 0) linesShown[turn.responseLine] = 1;
    if (turn.attack) attackers[attackerCount++] = d;
    if (onTurn) onTurn(sit, d, turn);
    for (let m = 0; m < M; m++) {
      const swing = Math.abs(sit.meters[m]! - beforeTurn[m]!);
      if (swing > totals.largestSwing[m]!) totals.largestSwing[m] = swing;
    }
  };

  // The leaf works in place on the statement's situation and puts it back afterwards: the same
  // object is shared with the branches that leave later topics out.
  const savedMeters = new Float64Array(M);
  const replyMeters = new Float64Array(M);
  const replySupport = new Float64Array(model.delegations.length);
  let earlyAttackers = 0; // attackers among the members who spoke before the player
  const leaf = (sit: Situation) => {
    savedMeters.set(sit.meters);
    const savedAttacked = sit.attacked;
    attackerCount = earlyAttackers;
    for (let i = 0; i < after.length; i++) take(sit, after[i]!, true);
    if (!sit.attacked) {
      finish(sit, T);
    } else {
      replyMeters.set(sit.meters);
      replySupport.set(sit.support);
      const overclaims = sit.overclaims;
      const aligned = sit.aligned;
      for (const r of replies) {
        const reply = model.options[r]!;
        applyOption(model, sit, reply, null);
        if (reply.option.answers) {
          for (let a = 0; a < attackerCount; a++) {
            const li = answerReply(model, sit, attackers[a]!, null);
            if (li >= 0) linesShown[li] = 1;
          }
        }
        finish(sit, T);
        sit.meters.set(replyMeters);
        sit.support.set(replySupport);
        sit.chosen[r] = 0;
        sit.overclaims = overclaims;
        sit.aligned = aligned;
      }
    }
    sit.meters.set(savedMeters);
    sit.attacked = savedAttacked;
  };

  const addChild = (depth: number, option: number) => {
    const child = depth + 1;
    if (option >= 0) {
      totals.optionRuns[option]! += subRuns[child]!;
      for (let m = 0; m < M; m++) totals.optionSums[m]![option]! += subSums[child]![m]!;
    }
    subRuns[depth]! += subRuns[child]!;
    for (let m = 0; m < M; m++) subSums[depth]![m]! += subSums[child]![m]!;
  };

  const dfs = (depth: number, sit: Situation) => {
    subRuns[depth] = 0;
    subSums[depth]!.fill(0);
    if (depth === T) { leaf(sit); return; }
    // Leaving the topic out passes the same situation down; each depth writes only to the next level.
    dfs(depth + 1, sit);
    addChild(depth, -1);
    for (const o of topicOptions[depth]!) {
      const option = model.options[o]!;
      if (sit.seconds + option.seconds > model.budget) continue;
      const next = copySituation(sit, levels[depth + 1]!);
      applyOption(model, next, option, null);
      dfs(depth + 1, next);
      addChild(depth, o);
    }
  };

  const chairs = seat === model.president ? model.chairOptions : [model.chairOptions[0]!];
  for (const chair of chairs) {
    model.scenario.news.forEach((news, n) => {
      if (news.weight <= 0) return;
      const start = startSituation(model, seat);
      applyOption(model, start, model.options[chair]!, null);
      applyNews(model, start, n, null);
      attackerCount = 0;
      for (const d of before) take(start, d, false);
      earlyAttackers = attackerCount;
      dfs(0, start);
      totals.optionRuns[chair]! += subRuns[0]!;
      for (let m = 0; m < M; m++) totals.optionSums[m]![chair]! += subSums[0]![m]!;
    });
  }
  return totals;
}

export function correlation(t: SeatTotals): number {
  const n = t.runs;
  const cov = t.sxy / n - (t.sx / n) * (t.sy / n);
  const vx = t.sxx / n - (t.sx / n) ** 2;
  const vy = t.syy / n - (t.sy / n) ** 2;
  if (vx <= 1e-12 || vy <= 1e-12) return NaN;
  return cov / Math.sqrt(vx * vy);
}
