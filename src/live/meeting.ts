/**
 * The live meeting's rules: pure functions from a meeting and an input to a new meeting or a refusal
 * in plain words. The server only passes inputs in (with the sender's key, from the connection) and
 * sends views out; a restarted server rebuilds the meeting by replaying its inputs.
 */
import { current, isDraft, produce, type Draft as ImmerDraft } from 'immer';
import {
  applyChoice, cleanClosing, cleanName, isMode, newGame, secondsUsed, statementBudget, topicsFor,
  type Choice, type GameState, type Mode, type Scenario,
} from '../engine';
import { normaliseInput } from './requests';
import { runConsultations } from './consultations';
import { closeOnOwedReplies, runReplies } from './replies';
import {
  HOLDER_INPUT_CAP, LIVE_FORMAT, MEETING_INPUT_CAP, type FloorStep, type Holder, type LiveError, type LiveInput, type LiveMeeting, type LiveStep,
} from './types';

export interface MeetingSetup { code: string; seed: number; mode: Mode; chair: Holder; chairName: string }

export function createMeeting(scenario: Scenario, setup: MeetingSetup): LiveMeeting {
  return {
    format: LIVE_FORMAT, code: setup.code, scenarioId: scenario.id, seed: setup.seed >>> 0, mode: isMode(setup.mode) ? setup.mode : 'standard',
    chair: setup.chair, chairName: cleanName(setup.chairName) || 'The President', chairAway: false, stage: 'gathering',
    seats: {}, games: {}, drafts: {}, floor: [], waitingFor: null, replyRequests: [], turn: 0, recorded: 0, recordedFrom: {}, consult: null,
  };
}

class Refusal extends Error {
  constructor(readonly error: LiveError) { super(error.message); }
}
const refuse = (code: LiveError['code'], message: string): never => { throw new Refusal({ code, message }); };

/** The members in the order they speak, then the rule 37 speakers. */
function speakingOrder(scenario: Scenario): string[] {
  return [...scenario.speakersList.members, ...scenario.speakersList.rule37];
}

export function seatOf(meeting: LiveMeeting, holder: Holder): string | null {
  for (const [seat, s] of Object.entries(meeting.seats)) if (s.holder === holder) return seat;
  return null;
}

const hasSpoken = (meeting: LiveMeeting, seat: string) => meeting.floor.some((f) => f.kind === 'speech' && f.seat === seat);

/** The next on the speakers' list, or null when everyone has spoken. */
export function nextSpeaker(scenario: Scenario, meeting: LiveMeeting): string | null {
  const spoken = meeting.floor.filter((f) => f.kind === 'speech').length;
  return speakingOrder(scenario)[spoken] ?? null;
}

function play(scenario: Scenario, game: GameState, choice: Choice): GameState {
  const step = applyChoice(scenario, game, choice);
  // The room checks every input before it reaches a game, so a refusal here is a fault in the rules.
  if (!step.ok) throw new Error(`live meeting: ${JSON.stringify(choice)} refused in ${game.seat}'s game: ${step.error.message}`);
  // In a class meeting the class's President closes the meeting: a student holding the presiding
  // seat is not asked for closing words of their own.
  const closing = scenario.presidency.closingOptions?.[0];
  if (step.state.phase === 'closing' && closing) return play(scenario, step.state, { type: 'adjourn', option: closing.id });
  return step.state;
}

/** A floor step as it reaches one seat's game. */
function hearIn(scenario: Scenario, game: GameState, f: FloorStep): GameState {
  if (f.kind === 'open') {
    return play(scenario, game, scenario.presidency.seat === game.seat ? { type: 'chair', option: f.option } : { type: 'hear', seat: scenario.presidency.seat, options: [f.option], closing: '' });
  }
  if (f.seat === game.seat) return game; // the seat's own statement was delivered in its own game
  return play(scenario, game, f.statement ? { type: 'hear', seat: f.seat, ...f.statement } : { type: 'continue' });
}

/** A game for a seat taken after the meeting opened: it hears everything said so far. */
function catchUp(scenario: Scenario, floor: readonly FloorStep[], seed: number, mode: Mode, seat: string): GameState {
  let game = play(scenario, newGame(scenario, seat, seed, mode), { type: 'begin' });
  for (const f of floor) game = hearIn(scenario, game, f);
  return game;
}

type M = ImmerDraft<LiveMeeting>;

/**
 * A part of the meeting as plain data: the engine plays games with its own immer, and handing it a
 * draft of this one would have it work through proxies (several times slower). Unchanged parts are
 * the originals, at no cost.
 */
const plain = <T,>(value: T): T => (isDraft(value) ? (current(value as never) as T) : value);
const gameOf = (m: M, seat: string): GameState => plain(m.games[seat]) as GameState;

function speak(scenario: Scenario, m: M, f: FloorStep) {
  m.floor.push(f);
  for (const seat of Object.keys(m.games)) m.games[seat] = hearIn(scenario, gameOf(m, seat), f) as ImmerDraft<GameState>;
}

/** The seat's statement, as its draft stands, said in its own game and heard in everyone else's. */
function deliverFor(scenario: Scenario, m: M, seat: string) {
  const draft = m.drafts[seat] ?? { picks: {}, closing: '' };
  let game = gameOf(m, seat);
  for (const [topic, option] of Object.entries(draft.picks)) if (option) game = play(scenario, game, { type: 'pick', topic, option });
  if (draft.closing) game = play(scenario, game, { type: 'closing', text: draft.closing });
  game = play(scenario, game, { type: 'deliver' });
  m.games[seat] = game as ImmerDraft<GameState>;
  delete m.drafts[seat];
  m.waitingFor = null;
  const options = Object.values(draft.picks).filter((o): o is string => !!o);
  speak(scenario, m, { kind: 'speech', seat, statement: { options, closing: game.closing } });
}

function afterTheList(m: M) {
  const replying = Object.values(m.games).some((g) => g.phase === 'rightOfReply');
  m.stage = replying ? 'replies' : 'over';
}

function mustChair(m: M, from: Holder) {
  if (m.chair !== from) refuse('not-chair', 'Only the President can do that.');
}
function mustBeCurrent(m: M, seen: number) {
  if (seen !== m.turn) refuse('stale', 'The meeting has moved on since your screen was drawn: look again, then try.');
}

function run(scenario: Scenario, m: M, input: LiveInput) {
  const mine = seatOf(m as LiveMeeting, input.from);
  switch (input.type) {
    case 'away': case 'back': {
      const connected = input.type === 'back';
      if (mine) m.seats[mine]!.connected = connected;
      if (m.chair === input.from) m.chairAway = !connected;
      return;
    }
    case 'claim': {
      const d = scenario.delegations.find((x) => x.id === input.seat && x.kind === 'member');
      if (!d) refuse('unknown', 'There is no such seat at this meeting.');
      const name = cleanName(input.name);
      if (!name) refuse('refused', 'Type your name before taking a seat.');
      const held = m.seats[input.seat];
      if (held && held.holder !== input.from) refuse('taken', `${d!.shortName} is already held by ${held.name}.`);
      if (mine && mine !== input.seat) refuse('refused', `You already hold ${scenario.delegations.find((x) => x.id === mine)!.shortName}; give it up first.`);
      if (!held && hasSpoken(m as LiveMeeting, input.seat)) refuse('wrong-moment', `${d!.shortName} has already spoken at this meeting.`);
      m.seats[input.seat] = { holder: input.from, name, connected: true };
      if (!held && m.stage !== 'gathering') m.games[input.seat] = catchUp(scenario, plain(m.floor) as FloorStep[], m.seed, m.mode, input.seat) as ImmerDraft<GameState>;
      return;
    }
    case 'release': {
      if (!mine) refuse('not-yours', 'You hold no seat.');
      if (m.stage !== 'gathering' && (hasSpoken(m as LiveMeeting, mine!) || m.waitingFor === mine)) refuse('wrong-moment', 'Your delegation has taken the floor: keep the seat to the end of the meeting.');
      delete m.seats[mine!];
      delete m.games[mine!];
      delete m.drafts[mine!];
      return;
    }
    case 'pick': case 'closing': {
      if (!mine) refuse('not-yours', 'Take a seat before building a statement.');
      if (hasSpoken(m as LiveMeeting, mine!)) refuse('wrong-moment', 'Your statement has been delivered.');
      const draft = (m.drafts[mine!] ??= { picks: {}, closing: '' });
      if (input.type === 'closing') {
        const text = cleanClosing(input.text);
        if (text.length > scenario.rules.closingSentenceMax) refuse('refused', `The closing sentence is limited to ${scenario.rules.closingSentenceMax} characters.`);
        draft.closing = text;
        return;
      }
      const entry = topicsFor(scenario, mine!).find((t) => t.topic.id === input.topic);
      if (!entry) refuse('unknown', 'Your delegation has no such topic.');
      if (input.option !== null && !entry!.options.some((o) => o.id === input.option)) refuse('unknown', 'That option is not on your delegation\'s menu.');
      const picks = { ...draft.picks, [input.topic]: input.option };
      const used = secondsUsed(scenario, picks);
      if (used > statementBudget(scenario)) refuse('refused', `That would take ${used} seconds, over your speaking time.`);
      draft.picks = picks;
      return;
    }
    case 'setup': {
      // Before the meeting opens, the President chooses how it is played: the mode and the seed.
      mustChair(m, input.from);
      if (m.stage !== 'gathering') refuse('wrong-moment', 'The mode and the seed are chosen before the meeting opens.');
      if (input.mode !== undefined) { if (!isMode(input.mode)) refuse('unknown', 'There is no such mode.'); m.mode = input.mode as Mode; }
      if (input.seed !== undefined) m.seed = input.seed >>> 0;
      return;
    }
    case 'open': {
      mustChair(m, input.from);
      if (m.stage !== 'gathering') refuse('wrong-moment', 'The meeting is already open.');
      const option = input.option ?? scenario.presidency.options[0]!.id;
      if (!scenario.presidency.options.some((o) => o.id === option)) refuse('unknown', 'The President has no such opening.');
      for (const seat of Object.keys(m.seats)) {
        m.games[seat] = play(scenario, newGame(scenario, seat, m.seed, m.mode), { type: 'begin' }) as ImmerDraft<GameState>;
      }
      m.stage = 'meeting';
      m.turn += 1;
      speak(scenario, m, { kind: 'open', option });
      return;
    }
    case 'giveFloor': {
      mustChair(m, input.from);
      mustBeCurrent(m, input.seen);
      if (m.stage === 'gathering') refuse('wrong-moment', 'Open the meeting first.');
      if (m.stage === 'over') refuse('wrong-moment', 'The meeting is over.');
      m.turn += 1;
      if (m.stage === 'replies') {
        closeOnOwedReplies(scenario, m, { refuse, current: (seen) => mustBeCurrent(m, seen), gameOf: (seat) => gameOf(m, seat), play });
        return;
      }
      if (m.waitingFor) {
        // The President moves on: a computer stands in and delivers the student's draft as it stands.
        deliverFor(scenario, m, m.waitingFor);
      } else {
        const next = nextSpeaker(scenario, m as LiveMeeting);
        if (next === null) { afterTheList(m); return; }
        const seat = m.seats[next];
        if (seat && seat.connected) m.waitingFor = next;
        else if (seat) deliverFor(scenario, m, next);
        else speak(scenario, m, { kind: 'speech', seat: next, statement: null });
      }
      if (nextSpeaker(scenario, m as LiveMeeting) === null && !m.waitingFor) afterTheList(m);
      return;
    }
    case 'deliver': {
      mustBeCurrent(m, input.seen);
      if (!mine) refuse('not-yours', 'You hold no seat.');
      // A seat given the floor for a reply answers with a reply, not with its statement again.
      if (m.stage !== 'meeting') refuse('wrong-moment', m.stage === 'replies' ? 'Your statement has been delivered: the floor is yours for a reply.' : 'There is no statement to deliver now.');
      if (m.waitingFor !== mine) refuse('not-yours', 'You can deliver your statement when the President gives you the floor.');
      m.turn += 1;
      deliverFor(scenario, m, mine!);
      if (nextSpeaker(scenario, m as LiveMeeting) === null) afterTheList(m);
      return;
    }
    case 'requestReply': case 'grantReply': case 'reply':
      runReplies(scenario, m, input, mine, { refuse, current: (seen) => mustBeCurrent(m, seen), gameOf: (seat) => gameOf(m, seat), play });
      return;
    case 'openConsult': case 'consultMove': case 'consultNext':
      runConsultations(scenario, m, input, mine, refuse, plain);
      return;
    case 'handChair': {
      // The President hands the chair on; if the President's browser has gone, any seated student may take it.
      if (m.chair !== input.from && !(m.chairAway && mine)) refuse('not-chair', 'Only the President can hand over the chair.');
      const to = m.seats[input.to];
      if (!to) refuse('unknown', 'Nobody holds that seat.');
      m.chair = to!.holder;
      m.chairName = to!.name;
      m.chairAway = !to!.connected;
      return;
    }
  }
}

/** The floor moves that let a meeting finish: accepted even when a class or a student has used up its record. */
const FLOOR_MOVES = new Set(['open', 'giveFloor', 'deliver', 'requestReply', 'grantReply', 'reply', 'openConsult', 'consultNext']);

function withinRecord(meeting: LiveMeeting, input: LiveInput): LiveError | null {
  if (FLOOR_MOVES.has(input.type)) return null;
  if (meeting.recorded >= MEETING_INPUT_CAP) return { code: 'full', message: `This meeting has recorded ${MEETING_INPUT_CAP.toLocaleString('en')} changes, its limit: statements stay as they are, and the President can still give the floor to the end.` };
  if ((meeting.recordedFrom[input.from] ?? 0) >= HOLDER_INPUT_CAP) return { code: 'full', message: `You have made ${HOLDER_INPUT_CAP} changes in this meeting, the most one student may: your statement stays as it is. Deliver it when you have the floor.` };
  return null;
}

/**
 * One input: a browser's request (with the sender's key) or the server's own event. Anything that
 * is not allowed at this moment, for this sender, is refused and changes nothing. A fault in the
 * rules themselves is refused the same way, so no input can take a meeting down.
 */
export function applyInput(scenario: Scenario, meeting: LiveMeeting, raw: unknown, from: Holder, source: 'browser' | 'server' = 'browser'): LiveStep {
  const input = normaliseInput(raw, from, source);
  if ('code' in input) return { ok: false, error: input };
  const over = withinRecord(meeting, input);
  if (over) return { ok: false, error: over };
  let next: LiveMeeting;
  try {
    next = produce(meeting, (m) => { run(scenario, m, input); });
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    return { ok: false, error: { code: 'fault', message: 'The meeting could not take that: nothing changed. Try again, or tell your teacher if it happens again.' } };
  }
  // Immer hands back the same meeting when nothing changed: such an input is neither counted nor kept.
  if (next === meeting) return { ok: true, meeting, input, changed: false };
  next = { ...next, recorded: next.recorded + 1, recordedFrom: { ...next.recordedFrom, [from]: (next.recordedFrom[from] ?? 0) + 1 } };
  return { ok: true, meeting: next, input, changed: true };
}

export interface Replayed { meeting: LiveMeeting; skipped: number }

/**
 * A meeting rebuilt from its setup and kept inputs, as a restarted server does: each input applied
 * once, in order (linear in the inputs). An input the rules refuse (one whose cause was lost with a
 * damaged line) is skipped and counted, never allowed to cost the inputs after it.
 */
export function replayMeeting(scenario: Scenario, setup: MeetingSetup, inputs: readonly LiveInput[]): Replayed {
  let meeting = createMeeting(scenario, setup);
  let skipped = 0;
  for (const input of inputs) {
    const from = input && typeof input === 'object' && typeof input.from === 'string' ? input.from : '';
    const step = applyInput(scenario, meeting, input, from, 'server');
    if (step.ok) meeting = step.meeting; else skipped++;
  }
  return { meeting, skipped };
}
