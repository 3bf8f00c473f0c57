/** A random-choice bot plays every seat of the real scenario with many seeds, to the end. */
import { describe, expect, it } from 'vitest';
import { botConsult, botPlay, brokenInvariants } from './support/bot';
import { realScenario } from './support/scenario';

const s = realScenario();
const SEEDS_PER_SEAT = 40;

describe('the random-choice bot', () => {
  for (const seat of s.speakersList.members) {
    it(`plays ${seat} to an outcome with ${SEEDS_PER_SEAT} seeds, keeping every invariant`, () => {
      const outcomes = new Set<string>();
      for (let seed = 1; seed <= SEEDS_PER_SEAT; seed++) {
        const state = botPlay(s, seat, seed * 7919);
        expect(brokenInvariants(s, state), `${seat} seed ${seed * 7919}`).toEqual([]);
        outcomes.add(state.result!.outcome);
      }
      expect(outcomes.size).toBeGreaterThan(0);
    });
  }
});

describe('a careless first game', () => {
  it('misses something: random play meets every objective in few games, for every seat', () => {
    for (const seat of s.speakersList.members) {
      let all = 0;
      for (let seed = 0; seed < 40; seed++) {
        const state = botPlay(s, seat, seed);
        if (state.result!.objectives.every((o) => o.met) && state.result!.redLines.every((r) => !r.crossed)) all++;
      }
      expect(all / 40, seat).toBeLessThanOrEqual(0.25);
    }
  });
});

describe('the bot in the consultations', () => {
  it('plays the consultations from every seat to the text read (or none), with moves the stage offered', () => {
    const agreed = new Map<string, number>();
    for (const seat of s.speakersList.members) {
      for (let seed = 1; seed <= 6; seed++) {
        const state = botConsult(s, botPlay(s, seat, seed * 7919), seed);
        const c = state.consultations!;
        expect(c.stage, `${seat} seed ${seed}`).toBe('done');
        expect(state.result!.elements, seat).toBeDefined();
        // The text read is the draft's paragraphs still in, less what fell under silence.
        for (const p of c.agreed!) expect(c.draft.find((d) => d.element === p.element)!.out).toBe(false);
        agreed.set(seat, (agreed.get(seat) ?? 0) + (c.agreed!.length > 0 ? 1 : 0));
      }
    }
    // Random play reaches a text from some seats and misses it from others: neither always nor never.
    const total = [...agreed.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(s.speakersList.members.length * 6);
  });
});
