/**
 * What each browser is sent: the meeting as everyone sees it, plus that student's own seat, game
 * and draft. Another student's draft, game or key is never in it.
 */
import { composeStatement, type GameState, type Scenario } from '../engine';
import { nextSpeaker, seatOf } from './meeting';
import type { Draft, Holder, LiveMeeting } from './types';

export interface SpokenStatement { seat: string; text: string }

export interface MeetingView {
  code: string;
  stage: LiveMeeting['stage'];
  turn: number;
  chairName: string;
  chairAway: boolean;
  youPreside: boolean;
  seats: { seat: string; name: string; connected: boolean }[];
  waitingFor: string | null;
  next: string | null;
  replyRequests: string[];
  /** The statements students have delivered, as everyone heard them. */
  statements: SpokenStatement[];
  you: { seat: string; game: GameState | null; draft: Draft } | null;
}

export function viewFor(scenario: Scenario, meeting: LiveMeeting, holder: Holder): MeetingView {
  const seat = seatOf(meeting, holder);
  return {
    code: meeting.code, stage: meeting.stage, turn: meeting.turn, chairName: meeting.chairName, chairAway: meeting.chairAway,
    youPreside: meeting.chair === holder,
    seats: Object.entries(meeting.seats).map(([id, s]) => ({ seat: id, name: s.name, connected: s.connected })),
    waitingFor: meeting.waitingFor, next: nextSpeaker(scenario, meeting), replyRequests: [...meeting.replyRequests],
    statements: meeting.floor.flatMap((f) => (f.kind === 'speech' && f.statement
      ? [{ seat: f.seat, text: composeStatement(scenario, f.seat, f.statement.options, f.statement.closing) }] : [])),
    you: seat ? { seat, game: meeting.games[seat] ?? null, draft: meeting.drafts[seat] ?? { picks: {}, closing: '' } } : null,
  };
}
