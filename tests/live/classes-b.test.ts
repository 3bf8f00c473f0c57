/**
 * Property test of the live rules over random classes (tests/support/randomClass.ts): whatever a
 * class sends, no input is a fault in the rules, every meeting ends with every held game decided,
 * and the inputs the server would keep replay the meeting exactly. The classes are split between
 * this file and its twin so the runner spreads them over two cores; `LIVE_CLASSES` sets how many
 * in all (10,000 by default).
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { loadScenarioText } from '../../src/engine';
import { classesFrom } from '../support/randomClass';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario = loaded.scenario;
const half = Math.ceil(Number(process.env.LIVE_CLASSES ?? 10_000) / 2);
const SLICES = 5;

describe('a live meeting played by random classes (second half)', () => {
  it.each(Array.from({ length: SLICES }, (_, i) => i))('slice %i: no fault, always ends, replays exactly', (slice) => {
    const per = Math.ceil(half / SLICES);
    const first = 1 + half + slice * per;
    console.log(`live rules: ${per} random classes from seed ${first}, ${classesFrom(scenario, first, per)} inputs, no fault`);
  }, 600_000);
});
