/**
 * Golden playthroughs: whole meetings for fixed seats, seeds and choices, kept as readable
 * transcripts in tests/golden/. A change to the rules or the scenario shows up as a diff to read;
 * if the change is intended, regenerate with `npx vitest run tests/golden.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { realScenario } from './support/scenario';
import { playThrough } from './support/play';
import { transcript } from './support/transcript';
import { consultTranscript } from './support/consultTranscript';
import { applyConsultation } from '../src/engine/consultations';
import type { Choice, GameState } from '../src/engine';

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

type Move = Extract<Choice, { type: 'consult' }>;
const move = (m: string): Move => { const [kind, target] = m.split(' '); return { type: 'consult', move: kind as Move['move'], ...(target ? { target } : {}) }; };

/** The consultations after three of the meetings above, from the seats the issue names. */
const CONSULTATIONS: { name: string; after: string; moves: string[] }[] = [
  // Russia: softening, then insisting, then objecting to the paragraph on the deployment, and breaking silence.
  { name: 'russia-blocks', after: 'russia-calls-it-assertions', moves: ['begin', 'amend el-reports-soften', 'insist el-reports-soften', 'object el-reports', 'break'] },
  // Switzerland holds the pen: compromise language where members object, then the text under silence.
  { name: 'switzerland-presides', after: 'switzerland-presides-and-states-the-law', moves: ['begin', 'compromise el-reports', 'compromise el-peninsula', 'keep', 'silent'] },
  // Sierra Leone bridges: restraint added where members are apart, then silence kept.
  { name: 'sierra-leone-bridges', after: 'sierra-leone-hedges-and-appeals', moves: ['begin', 'amend el-reports-balance', 'agree', 'agree', 'silent'] },
];

describe('golden consultations', () => {
  for (const c of CONSULTATIONS) {
    it(c.name, async () => {
      const p = PLAYTHROUGHS.find((x) => x.name === c.after)!;
      let state: GameState = playThrough(s, p.seat, p.seed, p.plan);
      for (const m of c.moves) {
        const step = applyConsultation(s, state, move(m));
        if (!step.ok) throw new Error(`${m}: ${step.error.message}`);
        state = step.state;
      }
      expect(state.consultations!.stage).toBe('done');
      await expect(consultTranscript(s, state)).toMatchFileSnapshot(`golden/consultations-${c.name}.txt`);
    });
  }
});
