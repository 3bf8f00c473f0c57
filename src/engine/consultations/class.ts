/**
 * The consultations in a class meeting: one draft for the whole class, every seat a student holds
 * moving from that student's browser, the other seats deciding as in the solo game, and the
 * President closing each round and the silence procedure. Plain JSON, changed only by these rules.
 */
import type { Scenario } from '../scenario/schema';
import type { Choice, GameEvent, GameState } from '../types';
import { nextRandom, seedState } from '../rng';
import { Round, type ConsultHost } from './rounds';
import { advance, elementsResult, freshConsultations, goodwillFrom, meetingTemper, penRedraft, recordStand } from './moves';
import { stageOf } from './reading';
import { movesOpen } from './index';

type Consult = Extract<Choice, { type: 'consult' }>;

export interface ClassConsultations extends ConsultHost {
  /** Each student's move this round (or under silence), kept until the President closes it; the last one stands. */
  moves: Record<string, Consult>;
  /** Everything said and redrafted, in order, for every screen in the room. */
  log: GameEvent[];
}

/**
 * Opens the class's consultations after its meeting: the room's temper is the mean of the students'
 * games (each is its delegation's reading of the same meeting); each student's proposals meet the
 * goodwill their own meeting earned.
 */
export function openClassConsultations(scenario: Scenario, games: Record<string, GameState>, seed: number): ClassConsultations {
  const stage = stageOf(scenario);
  const humans = Object.keys(games).filter((seat) => stage.members.includes(seat)).sort();
  const tempers = humans.map((h) => meetingTemper(scenario, games[h]!));
  const temper = tempers.length ? Math.round((tempers.reduce((a, b) => a + b, 0) / tempers.length) * 100) / 100 : 0;
  return openClassWith(scenario, { humans, temper, goodwillOf: Object.fromEntries(humans.map((h) => [h, goodwillFrom(stage, games[h]!)])) }, seed);
}

/** What a class's consultations start from: who the students are, the room's temper, each student's goodwill. */
export interface ClassStart { humans: string[]; temper: number; goodwillOf: Record<string, Record<string, number>> }

export function openClassWith(scenario: Scenario, start: ClassStart, seed: number): ClassConsultations {
  const stage = stageOf(scenario);
  const consultations = freshConsultations(stage, start.temper, {});
  consultations.humans = [...start.humans];
  consultations.goodwillOf = start.goodwillOf;
  consultations.classSteps = [];
  // The class draws from its own seeded generator, after the meeting's: the same class, the same text.
  const [, rng] = nextRandom(seedState(seed ^ 0x5eed));
  const host: ClassConsultations = { seat: '', rng, consultations, moves: {}, log: [] };
  const r = new Round(scenario, host);
  r.events.push({ type: 'consultMove', seat: stage.section.penholder, move: 'begin', text: stage.section.intro, round: 0 });
  r.open(1);
  host.log.push(...r.events);
  return host;
}

/**
 * A class's consultations again, from where they started and every student's move at each step (as
 * a class run code carries them): the same text, step by step. A step's move the stage no longer
 * offers stops the replay there.
 */
export function replayClassConsultations(scenario: Scenario, start: ClassStart, seed: number, steps: Record<string, Consult>[]): ClassConsultations {
  const cc = openClassWith(scenario, start, seed);
  for (const step of steps) {
    if (cc.consultations!.stage === 'done') break;
    for (const [seat, move] of Object.entries(step)) {
      if (!classMovesFor(scenario, cc, seat).some((o) => o.move === move.move && o.target === move.target)) return cc;
      cc.moves[seat] = move;
    }
    closeClassStep(scenario, cc);
  }
  return cc;
}

/** The moves open to a student's seat now: the solo game's menu for that seat. */
export function classMovesFor(scenario: Scenario, cc: ClassConsultations, seat: string): Consult[] {
  if (cc.consultations!.stage === 'done' || !cc.consultations!.humans!.includes(seat)) return [];
  return movesOpen(scenario, cc.consultations!, seat);
}

/**
 * The President closes the round (or the silence procedure): every student's move is played (a
 * student who made none agrees, or keeps silent), the penholder redrafts (the student holding the
 * pen, by their move; otherwise as in the solo game), and the next round, silence, or the reading
 * follows. Written to a copy the caller owns.
 */
export function closeClassStep(scenario: Scenario, cc: ClassConsultations): GameEvent[] {
  const r = new Round(scenario, cc);
  const c = cc.consultations!;
  const humans = c.humans!;
  const pen = r.penholder;
  if (c.stage === 'silence') {
    const breakers = humans.filter((h) => cc.moves[h]?.move === 'break');
    for (const h of humans) r.events.push({ type: 'consultMove', seat: h, move: breakers.includes(h) ? 'break' : 'silent', text: '', round: c.round });
    r.silence(breakers);
  } else if (c.stage === 'round') {
    const round = c.round;
    for (const h of humans) if (h !== pen) recordStand(r, h, cc.moves[h] ?? { type: 'consult', move: 'agree' });
    if (humans.includes(pen)) penRedraft(r, pen, cc.moves[pen] ?? { type: 'consult', move: 'keep' });
    else r.redraft(round >= r.stage.section.rounds);
    advance(r, round);
  }
  c.classSteps = [...(c.classSteps ?? []), cc.moves];
  cc.moves = {};
  cc.log.push(...r.events);
  return r.events;
}

/** A student's objectives and red lines for the elements, once the class's consultations are over. */
export function classElementsResult(scenario: Scenario, cc: ClassConsultations, seat: string) {
  return elementsResult(stageOf(scenario), cc.consultations!, seat);
}
