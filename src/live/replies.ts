/**
 * Rights of reply in a class meeting. A student who was attacked is owed a reply until they give it;
 * the President sees every reply still owed, may give the floor to any of them (asked or not), and
 * closing the meeting on one is said aloud: the computer's reply for that seat is marked as a
 * stand-in, never passed off as the student's own words.
 */
import type { Draft as ImmerDraft } from 'immer';
import { repliesFor, type Choice, type GameState, type Scenario } from '../engine';
import type { LiveError, LiveInput, LiveMeeting } from './types';

type M = ImmerDraft<LiveMeeting>;
type Refuse = (code: LiveError['code'], message: string) => never;
export interface ReplyRules {
  refuse: Refuse;
  current: (seen: number) => void;
  gameOf: (seat: string) => GameState;
  play: (scenario: Scenario, game: GameState, choice: Choice) => GameState;
}

/** The seats still owed a reply: attacked by name, not yet replied. */
export function owedReplies(meeting: Pick<LiveMeeting, 'games'>): string[] {
  return Object.entries(meeting.games).flatMap(([seat, g]) => (g.phase === 'rightOfReply' ? [seat] : []));
}

/** The President closes the meeting: each reply still owed is made by the computer, the mildest on offer, and marked so. */
export function closeOnOwedReplies(scenario: Scenario, m: M, rules: ReplyRules) {
  for (const seat of owedReplies(m as LiveMeeting)) {
    const option = repliesFor(scenario, seat)[0]!.id;
    m.games[seat] = rules.play(scenario, rules.gameOf(seat), { type: 'reply', option }) as ImmerDraft<GameState>;
    (m.standIns ??= []).push(seat);
  }
  m.replyRequests = [];
  m.waitingFor = null;
  m.stage = 'over';
}

export function runReplies(scenario: Scenario, m: M, input: LiveInput, mine: string | null, rules: ReplyRules) {
  const { refuse } = rules;
  switch (input.type) {
    case 'requestReply': {
      if (!mine) refuse('not-yours', 'You hold no seat.');
      if (m.games[mine!]?.phase !== 'rightOfReply') refuse('wrong-moment', 'A right of reply is for a delegation that was attacked, once the speakers\' list is done.');
      if (m.waitingFor === mine) refuse('wrong-moment', 'You have the floor: give your reply.');
      if (!m.replyRequests.includes(mine!)) m.replyRequests.push(mine!);
      return;
    }
    case 'grantReply': {
      if (m.chair !== input.from) refuse('not-chair', 'Only the President can do that.');
      rules.current(input.seen);
      if (m.stage !== 'replies' || m.waitingFor) refuse('wrong-moment', 'There is no reply to grant now.');
      // The President may give the floor to any delegation still owed a reply, whether or not it has asked.
      if (!m.games[input.seat]) refuse('unknown', 'No student holds that seat.');
      if (m.games[input.seat]!.phase !== 'rightOfReply') refuse('wrong-moment', 'That delegation is not owed a reply, or has already replied.');
      m.turn += 1;
      m.replyRequests = m.replyRequests.filter((s) => s !== input.seat);
      m.waitingFor = input.seat;
      return;
    }
    case 'reply': {
      if (!mine) refuse('not-yours', 'You hold no seat.');
      if (m.waitingFor !== mine || m.stage !== 'replies') refuse('not-yours', 'Wait for the President to give you the floor.');
      if (m.games[mine!]?.phase !== 'rightOfReply') refuse('wrong-moment', 'Your delegation has already replied.');
      if (!repliesFor(scenario, mine!).some((o) => o.id === input.option)) refuse('unknown', 'That reply is not on your delegation\'s menu.');
      m.turn += 1;
      m.games[mine!] = rules.play(scenario, rules.gameOf(mine!), { type: 'reply', option: input.option }) as ImmerDraft<GameState>;
      m.waitingFor = null;
      m.replyRequests = m.replyRequests.filter((s) => s !== mine);
      if (owedReplies(m as LiveMeeting).length === 0) m.stage = 'over';
      return;
    }
  }
}
