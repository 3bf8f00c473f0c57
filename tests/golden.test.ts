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
    name: 'russia-calls-it-assertions', seat: 'RUS', seed: 1030,
    // "Even if it were true": Ukraine answers it as Kyslytsya answered Nebenzia; Russia answers the United Kingdom as on the record.
    plan: { picks: { deployment: 'rus-deployment-evenif', treaty: 'rus-treaty-art51', longRange: 'rus-longrange-tomorrow', action: 'rus-action-realities' }, reply: 'rus-reply-visit' },
  },
  {
    name: 'china-keeps-to-its-principles', seat: 'CHN', seed: 31,
    plan: { picks: { deployment: 'chn-deployment-hear', monitoring: 'chn-monitoring-outside', longRange: 'chn-longrange-principles', action: 'chn-action-talks' }, reply: 'chn-reply-correct' },
  },
  {
    name: 'korea-sets-out-its-intelligence', seat: 'KOR', seed: 2024,
    plan: { picks: { deployment: 'kor-deployment-nis', sanctions: 'kor-sanctions-illegal', spillover: 'kor-spillover-threat' }, closing: 'The Republic of Korea will respond with prudence and resolve.', reply: 'kor-reply-correct' },
  },
  {
    name: 'sierra-leone-hedges-and-appeals', seat: 'SLE', seed: 55,
    plan: { picks: { deployment: 'a3-deployment-allegations', sanctions: 'a3-sanctions-comply', spillover: 'a3-spillover-bread', action: 'a3-action-experience' }, reply: 'a3-reply-pass' },
  },
  {
    name: 'switzerland-presides-and-states-the-law', seat: 'CHE', seed: 7,
    plan: { chair: 'chair-restraint', picks: { deployment: 'che-deployment-troubling', sanctions: 'che-sanctions-clear', monitoring: 'che-monitoring-regret', action: 'che-action-ihl' }, reply: 'neutral-reply-correct', adjourn: 'close-thanks' },
  },
  {
    name: 'united-states-warns-moscow', seat: 'USA', seed: 99,
    plan: { picks: { deployment: 'usa-deployment-desperation', sanctions: 'west-sanctions-voted', longRange: 'usa-longrange-targets', action: 'usa-action-thinktwice' }, reply: 'usa-reply-bodybags' },
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
