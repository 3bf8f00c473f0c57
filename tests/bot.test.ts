/** A random-choice bot plays every seat of the real scenario with many seeds, to the end. */
import { describe, expect, it } from 'vitest';
import { botPlay, brokenInvariants } from './support/bot';
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
