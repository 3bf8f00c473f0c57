/**
 * A turn at the microphone: which line a delegation says, and what its speech and its response to
 * the player do to the meters. Shared by the engine (with a recorder) and the audit (without).
 */
import type { Model, SpeechKind } from './model';
import { compileCondition, type Predicate } from './conditions';
import { applyEffects, type Cause, type Recorder, type Response, type Situation } from './situation';

const lineTests = new WeakMap<Model, (Predicate | null)[]>();

/**
 * The line a delegation says: the first of that kind whose `for` includes the player's seat and
 * whose condition holds; -1 when none does. An attack with no attack line left is said as a rebuttal.
 */
let lastModel: Model | null = null;
let lastTests: (Predicate | null)[] = [];

export function lineFor(model: Model, sit: Situation, d: number, kind: SpeechKind): number {
  // The audit asks this millions of times for one model: the last model's tests are kept at hand.
  if (model !== lastModel) {
    let compiled = lineTests.get(model);
    if (!compiled) {
      compiled = model.lines.map((l) => (l.line.if === undefined ? null : compileCondition(model, l.line.if)));
      lineTests.set(model, compiled);
    }
    lastModel = model;
    lastTests = compiled;
  }
  const tests = lastTests;
  for (const li of model.linesOf[d]![kind]) {
    const l = model.lines[li]!;
    if (l.forSeats !== null && l.forSeats[sit.seat] !== 1) continue;
    const test = tests[li];
    if (test !== null && !test!(sit)) continue;
    if (l.respondsTo !== null && answeredBy(model, sit, li) < 0) continue;
    return li;
  }
  return kind === 'attack' ? lineFor(model, sit, d, 'rebut') : -1;
}

/**
 * Of the positions the player took that a response line answers, the one that moved the speaker
 * most the line's way (towards the player for agreement, away for a rebuttal or an attack); -1 when
 * the player took none of them.
 */
export function answeredBy(model: Model, sit: Situation, li: number): number {
  const line = model.lines[li]!;
  if (line.respondsTo === null) return -1;
  const toward = line.kind === 'align' ? 1 : -1;
  let best = -1;
  let bestScore = -Infinity;
  for (const o of line.respondsTo) {
    if (sit.chosen[o] !== 1) continue;
    const option = model.options[o]!;
    const score = toward * option.supportDelta[line.delegation]! + (option.targets.includes(line.delegation) && toward < 0 ? 100 : 0);
    if (score > bestScore) { best = o; bestScore = score; }
  }
  return best;
}

/** What one turn at the microphone came to; reused between turns so the audit allocates nothing. */
export interface Turn {
  own: number; // line index, or -1
  response: Response | null;
  responseLine: number;
  strength: number; // 1 to 3: how strongly the statement moved or named the speaker
  attack: boolean;
  before: Float64Array | null; // scratch: the meters as the turn began
  room: Float64Array | null; // scratch: how far the response may still move each meter
}

export const newTurn = (): Turn => ({ own: -1, response: null, responseLine: -1, strength: 0, attack: false, before: null, room: null });

const MAX_STRENGTH = 3;

/**
 * A speaker states its own position; after the player has spoken it then responds in proportion to
 * what the statement did to it: named it (an attack, if it attacks at all), moved it towards the
 * player (align) or away (rebut), or left it where it was (no response). An attack is a line aimed
 * at the player by name, before or after the player has spoken: hostility alone is not one.
 */
export function speak(model: Model, sit: Situation, d: number, afterPlayer: boolean, rec: Recorder, turn: Turn): Turn {
  const delegation = model.delegations[d]!.id;
  turn.own = lineFor(model, sit, d, 'own');
  turn.response = null; turn.responseLine = -1; turn.strength = 0; turn.attack = false;
  const M = sit.meters.length;
  if (turn.before === null || turn.before.length !== M) { turn.before = new Float64Array(M); turn.room = new Float64Array(M); }
  turn.before.set(sit.meters);
  if (turn.own >= 0) {
    const line = model.lines[turn.own]!;
    const cause: Cause | null = rec ? { kind: 'speech', delegation, line: line.line.id } : null;
    applyEffects(model, sit, line.effects, 1, cause!, rec, model.maxSwing);
    // A speech that criticises the player's delegation by name is an attack whenever it is said:
    // at the real meeting Russia answered accusations made before it spoke.
    if (line.targets.includes(sit.seat)) turn.attack = true;
  }
  if (afterPlayer) {
    const reactAt = model.scenario.rules.reactAt;
    const impact = sit.impact[d]!;
    const named = sit.named[d]!;
    let kind: Response | null = null;
    let strength = 0;
    if (named > 0 && impact <= -reactAt && model.mayAttack[d]) { kind = 'attack'; strength = named + Math.floor(-impact / (2 * reactAt)); }
    else if (impact >= reactAt) { kind = 'align'; strength = Math.floor(impact / reactAt); }
    else if (impact <= -reactAt || (named > 0 && impact < 0)) { kind = 'rebut'; strength = Math.floor(-impact / reactAt) + named; }
    if (kind !== null) {
      const li = lineFor(model, sit, d, kind);
      if (li >= 0) {
        const said = model.lines[li]!.kind as Response;
        turn.response = said; turn.responseLine = li; turn.strength = Math.min(MAX_STRENGTH, Math.max(1, strength));
        if (said === 'attack') turn.attack = true;
        const cause: Cause | null = rec ? { kind: 'reaction', delegation, reaction: said, line: model.lines[li]!.line.id } : null;
        // The whole turn, position and response together, moves a meter by maxSwing at most.
        const room = turn.room!;
        for (let m = 0; m < M; m++) room[m] = Math.max(0, model.maxSwing[m]! - Math.abs(sit.meters[m]! - turn.before[m]!));
        applyEffects(model, sit, model.reactionEffects[said], model.reactionScale[d]! * turn.strength, cause!, rec, room);
      }
    }
  }
  if (turn.attack) sit.attacked = true;
  return turn;
}

/** An attacker answering the player's right of reply, once. Returns the line said, or -1. */
export function answerReply(model: Model, sit: Situation, d: number, rec: Recorder): number {
  const li = lineFor(model, sit, d, 'answer');
  if (li < 0) return -1;
  const cause: Cause | null = rec ? { kind: 'reaction', delegation: model.delegations[d]!.id, reaction: 'answer', line: model.lines[li]!.line.id } : null;
  applyEffects(model, sit, model.reactionEffects.answer, model.reactionScale[d]!, cause!, rec, model.maxSwing);
  return li;
}
