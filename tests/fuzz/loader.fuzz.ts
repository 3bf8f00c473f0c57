/**
 * The loader never throws, answers every rejection with a path and a message in the project's own
 * words (never a stack overflow), and every scenario it accepts can be played to an outcome. The
 * slowest case is reported, not asserted: a time limit would fail on a busy machine.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, type Scenario } from '../../src/engine';
import { botPlay, brokenInvariants } from '../support/bot';
import { apply, mutationArb, pathsOf } from './mutate';

const real = parse(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8')) as Record<string, unknown>;
const paths = pathsOf(real);
const ids = [...new Set(JSON.stringify(real).match(/"id":"([^"]+)"/g)!.map((m) => m.slice(6, -1)))];

/** Wording that only the schema library uses, never the project; and what a stack overflow or a crash caught at the last guard says. */
const LIBRARY_WORDING = /Invalid input|received (undefined|string|number|object|array|null)|Too (big|small)|Expected|invalid_type|call stack|RangeError|could not be checked/;

export function fuzzLoader(cases: number, seed: number) {
  let accepted = 0;
  let slowest = { ms: 0, what: '' };
  fc.assert(fc.property(mutationArb(paths, ids), (m) => {
    const input = apply(real, m);
    const t0 = performance.now();
    const result = loadScenario(input);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, what: `${m.kind} at ${m.path.join('.')}` };
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.path.length).toBeGreaterThan(0);
        expect(p.path.length).toBeLessThanOrEqual(300);
        expect(p.message.length).toBeGreaterThan(0);
        expect(p.message.length).toBeLessThanOrEqual(300);
        expect(p.message, `${m.kind} at ${m.path.join('.')}: ${p.path}: ${p.message}`).not.toMatch(LIBRARY_WORDING);
      }
      return;
    }
    accepted++;
    const s: Scenario = result.scenario;
    for (const seat of s.speakersList.members.slice(0, 2)) {
      const state = botPlay(s, seat, accepted);
      expect(brokenInvariants(s, state), `${m.kind} at ${m.path.join('.')}`).toEqual([]);
    }
  }), { numRuns: cases, seed });
  return { accepted, slowest };
}
