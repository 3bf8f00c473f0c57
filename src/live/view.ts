/**
 * What each browser is sent: the meeting as everyone sees it (one message, encoded once and
 * broadcast), and that browser's own part: its seat, game and draft, and for the President the
 * meeting as said aloud. Another student's draft, game or key is never in either.
 */
import { composeStatement, type Choice, type Consultations, type GameEvent, type GameState, type Scenario } from '../engine';
import { nextSpeaker, seatOf } from './meeting';
import { owedReplies } from './replies';
import type { Draft, Holder, LiveMeeting } from './types';

/** A delivered statement: its words as the server composed them, and the options and closing it was made of, so each browser reads it in its own language. */
export interface SpokenStatement { seat: string; text: string; options: string[]; closing: string }

/** How a delegation answered a student's statement (in that student's game), said aloud for all. */
export interface Answer {
  to: string; speaker: string; response: 'align' | 'rebut' | 'attack' | 'answer'; text: string;
  /** The line and variant said, so each browser reads the answer in its own language (spokenText). */
  line: string; variant?: number;
  /** The speaker's seat is held by a student, so these words are the computer's, standing in: said so on screen. */
  standIn?: boolean;
}

/** How one student's delegation ended, for the President's results (the same figures as the student's debrief). */
export interface SeatResult { seat: string; name: string; outcome: string; objectivesMet: number; objectives: number; redLinesCrossed: number }

/** The meeting as everyone sees it. */
export interface SharedView {
  code: string;
  stage: LiveMeeting['stage'];
  turn: number;
  chairName: string;
  chairAway: boolean;
  mode: LiveMeeting['mode'];
  seed: number;
  /** `returning`: the line dropped moments ago and the seat is kept for the student's return (the grace period). */
  seats: { seat: string; name: string; connected: boolean; returning?: boolean }[];
  waitingFor: string | null;
  next: string | null;
  replyRequests: string[];
  /** Every student's delegation still owed a reply (attacked, not yet replied), asked for or not. */
  owed: string[];
  /** Seats whose reply the computer made as the President closed the meeting. */
  standIns: string[];
  /** Once the meeting is over: how each student's delegation ended. */
  results: SeatResult[];
  /** Every delegation that has spoken, in order: a seat that has spoken can no longer be taken. */
  spoken: string[];
  /** The statements students have delivered, as everyone heard them. */
  statements: SpokenStatement[];
  /** Every delegation's answer to a student's statement or reply, in the order said. */
  answers: Answer[];
  /** The consultations after the meeting, once open: the class's draft, what was said, and which students have moved this round (not how). */
  consult: { consultations: Consultations; log: GameEvent[]; moved: string[] } | null;
}

/** One browser's own part. */
export interface OwnView {
  youPreside: boolean;
  /** For the President: the meeting as said aloud (narration and speeches, no one's own meters). */
  said: GameEvent[];
  you: { seat: string; game: GameState | null; draft: Draft; consultMove?: Extract<Choice, { type: 'consult' }> | null } | null;
  /** Added by the class server: this student's run code, signed with the class's secret, once their game is decided. */
  runCode?: string | null;
  /** Added by the class server, only for the browser that set the class up: the secret the class summary checks codes with. */
  classSecret?: string | null;
}

export type MeetingView = SharedView & OwnView;

/**
 * What was said aloud, from the game of the seat that speaks first among those students hold: the
 * speeches are the same in every game (a computer delegation may pick another of its variants).
 */
function aloud(scenario: Scenario, meeting: LiveMeeting): GameEvent[] {
  const first = scenario.speakersList.members.find((seat) => meeting.games[seat]);
  const log = first ? meeting.games[first]!.log : [];
  return log.flatMap((e): GameEvent[] => {
    if (e.type === 'narration' || e.type === 'news' || (e.type === 'speech' && e.text !== '')) return [e];
    // That seat's own statement is said aloud like any other student's.
    if (e.type === 'statement') return [{ type: 'speech', speaker: first!, line: null, text: e.text, reaction: 'heard', attack: false, options: e.options, closing: e.closing }];
    return [];
  });
}

function resultsOf(scenario: Scenario, meeting: LiveMeeting): SeatResult[] {
  if (meeting.stage !== 'over') return [];
  return Object.entries(meeting.games).flatMap(([seat, g]) => (g.result ? [{
    seat, name: meeting.seats[seat]?.name ?? '', outcome: scenario.outcomes.find((o) => o.id === g.result!.outcome)?.title ?? g.result.outcome,
    objectivesMet: g.result.objectives.filter((o) => o.met).length, objectives: g.result.objectives.length,
    redLinesCrossed: g.result.redLines.filter((r) => r.crossed).length,
  }] : []));
}

/** `returning`: holders whose line dropped moments ago (the room knows; the meeting's rules do not need to). */
export function sharedView(scenario: Scenario, meeting: LiveMeeting, returning: ReadonlySet<Holder> = new Set()): SharedView {
  return {
    code: meeting.code, stage: meeting.stage, turn: meeting.turn, chairName: meeting.chairName, chairAway: meeting.chairAway, mode: meeting.mode, seed: meeting.seed,
    seats: Object.entries(meeting.seats).map(([id, s]) => (s.connected && returning.has(s.holder)
      ? { seat: id, name: s.name, connected: false, returning: true } : { seat: id, name: s.name, connected: s.connected })),
    waitingFor: meeting.waitingFor, next: nextSpeaker(scenario, meeting), replyRequests: [...meeting.replyRequests],
    owed: owedReplies(meeting), standIns: [...(meeting.standIns ?? [])], results: resultsOf(scenario, meeting),
    spoken: meeting.floor.flatMap((f) => (f.kind === 'speech' ? [f.seat] : [])),
    statements: meeting.floor.flatMap((f) => (f.kind === 'speech' && f.statement
      ? [{ seat: f.seat, text: composeStatement(scenario, f.seat, f.statement.options, f.statement.closing), options: f.statement.options, closing: f.statement.closing }] : [])),
    answers: Object.entries(meeting.games).flatMap(([seat, game]) => game.log.flatMap((e): Answer[] => (
      e.type === 'response' ? [{
        to: seat, speaker: e.speaker, response: e.response, text: e.text, line: e.line, ...(e.variant === undefined ? {} : { variant: e.variant }),
        ...(meeting.seats[e.speaker] ? { standIn: true } : {}),
      }] : []))),
    consult: meeting.consult ? { consultations: meeting.consult.consultations!, log: meeting.consult.log, moved: Object.keys(meeting.consult.moves) } : null,
  };
}

export function ownView(scenario: Scenario, meeting: LiveMeeting, holder: Holder): OwnView {
  const seat = seatOf(meeting, holder);
  return {
    youPreside: meeting.chair === holder,
    said: meeting.chair === holder ? aloud(scenario, meeting) : [],
    you: seat ? { seat, game: meeting.games[seat] ?? null, draft: meeting.drafts[seat] ?? { picks: {}, closing: '' }, consultMove: meeting.consult?.moves[seat] ?? null } : null,
  };
}

/** The whole view of one browser, as the screens read it. */
export function viewFor(scenario: Scenario, meeting: LiveMeeting, holder: Holder): MeetingView {
  return { ...sharedView(scenario, meeting), ...ownView(scenario, meeting, holder) };
}

