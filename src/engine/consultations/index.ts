/**
 * The consultations after the meeting: a pure stage of its own, sharing the game's state, events,
 * choices and run code. The meeting ends with its outcome; "begin" opens the consultations, each
 * round takes one move of the player's, and the silence procedure ends them. Nothing here is
 * reached by the meeting's rules, so a game without consultations never loads this code.
 */
import type { Scenario } from '../scenario/schema';
import { commit } from '../game';
import { CONSULT_MOVES, type Choice, type Consultations, type EngineError, type GameEvent, type GameState, type Step } from '../types';
import { Round } from './rounds';
import { advance, elementsResult, freshConsultations, goodwillFrom, meetingTemper, penRedraft, recordStand } from './moves';
import { stageOf } from './reading';

export { stageOf, wording, reading, SUPPORT_AT, OBJECT_AT } from './reading';
export { elementsHold } from './moves';

type Consult = Extract<Choice, { type: 'consult' }>;

export const hasConsultations = (scenario: Scenario) => scenario.consultations !== undefined;

/** The moves open to the player now, in the order a menu shows them. */
export function consultChoices(scenario: Scenario, state: GameState): Consult[] {
  if (!scenario.consultations || state.phase !== 'outcome') return [];
  if (!state.consultations) return [{ type: 'consult', move: 'begin' }];
  return movesOpen(scenario, state.consultations, state.seat);
}

/** The moves open to one seat in consultations under way (for the player, or a student in a class). */
export function movesOpen(scenario: Scenario, c: Consultations, seat: string): Consult[] {
  const stage = stageOf(scenario);
  const pen = stage.section.penholder === seat;
  const inText = c.draft.filter((p) => !p.out);
  const at = (element: string) => inText.find((p) => p.element === element);
  const open = (amendment: string) => { const p = at(stage.amendments.get(amendment)!.element.id); return p !== undefined && p.version !== amendment; };
  const out: Consult[] = [];
  if (c.stage === 'round') {
    if (pen) {
      out.push({ type: 'consult', move: 'keep' });
      const tabled = new Set(Object.values(c.stands).flatMap((s) => Object.values(s)).filter((s) => s !== 'support' && s !== 'object'));
      for (const a of stage.voiced.get(seat) ?? []) tabled.add(a.id);
      for (const a of [...stage.amendments.keys()]) if (tabled.has(a) && open(a)) out.push({ type: 'consult', move: 'amend', target: a });
      for (const p of inText) if (stage.elements.get(p.element)!.compromise && p.version !== 'compromise') out.push({ type: 'consult', move: 'compromise', target: p.element });
      // The penholder takes out a paragraph only over a member's objection.
      const objected = new Set(Object.values(c.stands).flatMap((s) => Object.entries(s).filter(([, v]) => v === 'object').map(([e]) => e)));
      for (const p of inText) if (objected.has(p.element)) out.push({ type: 'consult', move: 'drop', target: p.element });
    } else {
      out.push({ type: 'consult', move: 'agree' });
      for (const a of stage.voiced.get(seat) ?? []) if (open(a.id)) out.push({ type: 'consult', move: 'amend', target: a.id });
      const earlier = [...new Set(c.proposals.filter((x) => x.seat === seat).map((x) => x.amendment))];
      for (const a of earlier) if (open(a)) out.push({ type: 'consult', move: 'insist', target: a });
      for (const p of inText) out.push({ type: 'consult', move: 'object', target: p.element });
    }
  } else if (c.stage === 'silence') {
    out.push({ type: 'consult', move: 'silent' });
    // Breaking silence is an objection to the text as it stands: objections to a paragraph belong in the rounds.
    if (!pen && inText.length > 0) out.push({ type: 'consult', move: 'break' });
  }
  return out;
}

const bad = (code: EngineError['code'], message: string): Step => ({ ok: false, error: { code, message } });
const shown = (v: unknown) => { const t = typeof v === 'string' ? v : String(typeof v); return t.length > 60 ? `${t.slice(0, 57)}…` : t; };

/** A consultations move as the engine stores it, or why it is refused: only known moves, ids as short text, nothing else. */
export function normaliseConsult(input: unknown): Consult | EngineError {
  const refuse = (message: string): EngineError => ({ code: 'bad-choice', message });
  if (!input || typeof input !== 'object' || Array.isArray(input)) return refuse('not a choice');
  const c = input as Record<string, unknown>;
  if (c.type !== 'consult') return refuse(`"${shown(c.type)}" is not a move in the consultations`);
  if (typeof c.move !== 'string' || !(CONSULT_MOVES as readonly string[]).includes(c.move)) return refuse(`"${shown(c.move)}" is not a move in the consultations`);
  if (c.target !== undefined && (typeof c.target !== 'string' || c.target.length > 200)) return refuse('a move names its paragraph or amendment by id');
  return c.target === undefined ? { type: 'consult', move: c.move as Consult['move'] } : { type: 'consult', move: c.move as Consult['move'], target: c.target };
}

/**
 * The consultations' moves of a save or run, replayed after its meeting: each move in turn, stopping
 * at the first that no longer replays (a save from an earlier version of the scenario), with how many replayed.
 */
export function replayConsultations(scenario: Scenario, state: GameState, moves: unknown[]): { state: GameState; replayed: number } {
  let replayed = 0;
  for (const m of moves) {
    const step = applyConsultation(scenario, state, m);
    if (!step.ok) break;
    state = step.state;
    replayed++;
  }
  return { state, replayed };
}

/** Plays one move of the player's in the consultations; a move not open now is refused and changes nothing. */
export function applyConsultation(scenario: Scenario, state: GameState, input: unknown): Step {
  const choice = normaliseConsult(input);
  if ('code' in choice) return { ok: false, error: choice };
  if (!scenario.consultations) return bad('wrong-phase', 'this scenario has no consultations');
  if (state.phase !== 'outcome') return bad('wrong-phase', 'the consultations begin when the meeting is over');
  if (state.consultations?.stage === 'done') return bad('game-over', 'the consultations are over');
  const open = consultChoices(scenario, state);
  if (!open.some((o) => o.move === choice.move && o.target === choice.target)) {
    return bad('wrong-phase', `"${choice.move}${choice.target ? ` ${shown(choice.target)}` : ''}" is not open ${state.consultations ? `in ${state.consultations.stage === 'silence' ? 'the silence procedure' : `round ${state.consultations.round}`}` : 'before the consultations begin'}`);
  }
  return commit(state, choice, (draft) => {
    // Every move in the consultations puts something on the floor: what follows is "said now".
    draft.saidFrom = draft.log.length;
    return playMove(scenario, draft, choice);
  });
}

/**
 * The rules of one move, written to a state they may change: inside applyConsultation, immer's
 * draft; in the audit, a plain copy it owns. Only a move consultChoices offers may be played.
 */
export function playMove(scenario: Scenario, state: GameState, choice: Consult): GameEvent[] {
  const round = new Round(scenario, state);
  play(round, state, choice);
  return round.events;
}

function play(r: Round, state: GameState, choice: Consult) {
  if (choice.move === 'begin') { begin(r, state); return; }
  const c = state.consultations!;
  if (c.stage === 'silence') {
    r.events.push({ type: 'consultMove', seat: state.seat, move: choice.move, text: '', round: c.round });
    r.silence(choice.move === 'break' ? [state.seat] : []);
    if (state.result) state.result.elements = elementsResult(r.stage, c, state.seat);
    return;
  }
  const round = c.round;
  if (r.playerHoldsPen) penRedraft(r, state.seat, choice);
  else {
    recordStand(r, state.seat, choice);
    r.redraft(round >= r.stage.section.rounds);
  }
  advance(r, round);
}

/** Opens the consultations from the meeting as it ended: its meters set the room's temper, its exchanges each member's goodwill. */
function begin(r: Round, state: GameState) {
  const { stage } = r;
  state.consultations = freshConsultations(stage, meetingTemper(stage.scenario, state), goodwillFrom(stage, state));
  r.events.push({ type: 'consultMove', seat: stage.section.penholder, move: 'begin', text: stage.section.intro, round: 0 });
  r.open(1);
}
