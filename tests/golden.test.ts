/**
 * Golden playthroughs: whole meetings for fixed seats, seeds and choices, kept as readable
 * transcripts in tests/golden/. A change to the rules or the scenario shows up as a diff to read;
 * if the change is intended, regenerate with `npx vitest run tests/golden.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { realScenario } from './support/scenario';
import { playThrough } from './support/play';
import { transcript } from './support/transcript';

const s = realScenario();

const PLAYTHROUGHS: { name: string; seat: string; seed: number; plan: Parameters<typeof playThrough>[3] }[] = [
  {
    name: 'russia-denies-and-counters', seat: 'RUS', seed: 1030,
    plan: { picks: { deployment: 'deployment-dismiss', treaty: 'treaty-lawful', longRange: 'longrange-condemn', action: 'action-negotiate' }, reply: 'reply-sharp' },
  },
  {
    name: 'korea-names-the-violation', seat: 'KOR', seed: 2024,
    plan: { picks: { deployment: 'deployment-evidence', sanctions: 'sanctions-violation', spillover: 'spillover-peninsula', monitoring: 'monitoring-msmt' }, closing: 'The Republic of Korea will respond with prudence and resolve.' },
  },
  {
    name: 'switzerland-presides-and-bridges', seat: 'CHE', seed: 7,
    plan: { chair: 'chair-restraint', picks: { deployment: 'deployment-evidence', sanctions: 'sanctions-law', action: 'action-negotiate' } },
  },
  {
    name: 'united-states-overclaims', seat: 'USA', seed: 99,
    plan: { picks: { deployment: 'deployment-condemn', arms: 'arms-condemn', longRange: 'longrange-selfdefence', action: 'action-accountability' } },
  },
];

describe('golden playthroughs', () => {
  for (const p of PLAYTHROUGHS) {
    it(`${p.seat}: ${p.name}`, async () => {
      const state = playThrough(s, p.seat, p.seed, p.plan);
      expect(state.phase).toBe('outcome');
      await expect(transcript(s, state)).toMatchFileSnapshot(`golden/${p.name}.txt`);
    });
  }
});
