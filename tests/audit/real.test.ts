/** The audit's enumerator and the engine agree on runs of the real scenario, for every seat. */
import { describe, expect, it } from 'vitest';
import { compareWithEngine } from '../support/equivalence';
import { realScenario } from '../support/scenario';

const s = realScenario();

describe('the audit plays by the engine rules on the real scenario', () => {
  for (const seat of ['RUS', 'KOR', 'CHE', 'USA', 'DZA']) {
    it(`agrees with the engine on a spread of ${seat}'s runs`, () => {
      // Every 997th run: a spread across news events, statements and replies.
      const { compared, mismatches } = compareWithEngine(s, seat, 997, 60);
      expect(compared).toBeGreaterThanOrEqual(30);
      expect(mismatches).toEqual([]);
    }, 60_000);
  }
});
