/**
 * The class meeting's consultations, after its meeting: the President opens them, closes each round
 * and the silence procedure; each student moves for the seat they hold, and only then. The rules of
 * the consultations themselves are the engine's (src/engine/consultations/class.ts).
 */
import type { Draft as ImmerDraft } from 'immer';
import type { GameState, Scenario } from '../engine';
import { classElementsResult, classMovesFor, closeClassStep, openClassConsultations, type ClassConsultations } from '../engine/consultations/class';
import type { LiveError, LiveInput, LiveMeeting } from './types';

type M = ImmerDraft<LiveMeeting>;
type Refuse = (code: LiveError['code'], message: string) => never;
type Plain = <T>(value: T) => T;

export function runConsultations(scenario: Scenario, m: M, input: LiveInput, mine: string | null, refuse: Refuse, plain: Plain) {
  const seen = 'seen' in input ? input.seen : -1;
  const current = () => { if (seen !== m.turn) refuse('stale', 'The consultations have moved on since your screen was drawn: look again, then try.'); };
  switch (input.type) {
    case 'openConsult': {
      if (m.chair !== input.from) refuse('not-chair', 'Only the President can open the consultations.');
      current();
      if (!scenario.consultations) refuse('wrong-moment', 'This meeting has no consultations.');
      if (m.stage !== 'over') refuse('wrong-moment', 'The consultations follow the meeting: close it first.');
      if (m.consult) refuse('wrong-moment', 'The consultations are already open.');
      m.turn += 1;
      m.consult = openClassConsultations(scenario, plain(m.games) as Record<string, GameState>, m.seed) as ImmerDraft<ClassConsultations>;
      return;
    }
    case 'consultMove': {
      const cc = m.consult;
      if (!cc) refuse('wrong-moment', 'The consultations are not open.');
      if (!mine) refuse('not-yours', 'You hold no seat.');
      current();
      const open = classMovesFor(scenario, plain(cc) as ClassConsultations, mine!);
      if (open.length === 0) refuse('wrong-moment', 'There is no move to make now.');
      const move = open.find((o) => o.move === input.move && o.target === input.target);
      if (!move) refuse('unknown', 'That move is not open to your delegation in this round.');
      cc!.moves[mine!] = move!;
      return;
    }
    case 'consultNext': {
      const cc = m.consult;
      if (m.chair !== input.from) refuse('not-chair', 'Only the President closes a round.');
      current();
      if (!cc || cc.consultations!.stage === 'done') refuse('wrong-moment', 'There is no round to close.');
      m.turn += 1;
      const copy = structuredClone(plain(cc)) as ClassConsultations;
      closeClassStep(scenario, copy);
      m.consult = copy as ImmerDraft<ClassConsultations>;
      // Over: each student's game carries the class's text and that seat's own objectives for it.
      if (copy.consultations!.stage === 'done') {
        for (const seat of Object.keys(m.games)) {
          const game = plain(m.games[seat]) as GameState;
          m.games[seat] = {
            ...game, consultations: copy.consultations, log: [...game.log, ...copy.log],
            result: game.result ? { ...game.result, elements: classElementsResult(scenario, copy, seat) } : game.result,
          } as ImmerDraft<GameState>;
        }
      }
      return;
    }
    default:
  }
}
