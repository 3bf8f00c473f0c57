/**
 * Named regression cases for the loader: each was found by the fuzzer or a hostile reading of the
 * first loader, which threw, hung or echoed them back whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/engine';
import { miniScenario } from '../support/mini';

const REAL = readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8');

function problems(result: ReturnType<typeof loadScenarioText>) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

function timed<T>(f: () => T): T {
  const t0 = performance.now();
  const out = f();
  expect(performance.now() - t0).toBeLessThan(2_000);
  return out;
}

describe('hostile scenario files', () => {
  it('refuses a YAML alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n');
    expect(timed(() => problems(loadScenarioText(bomb))).join()).toMatch(/alias bomb|alias/);
  });

  it('refuses an alias that points back into itself, without overflowing the stack', () => {
    const cycle = 'formatVersion: 2\nmeta: &m\n  inner: *m\n';
    expect(timed(() => problems(loadScenarioText(cycle))).join()).toMatch(/contains itself|could not be read/);
  });

  it('refuses an unresolved alias with a message, not a stack trace', () => {
    expect(problems(loadScenarioText('formatVersion: *nowhere\n')).join()).toMatch(/YAML/);
  });

  it('refuses empty and binary files', () => {
    expect(problems(loadScenarioText(''))).toEqual(['(the whole file): the file is empty']);
    expect(problems(loadScenarioText('   \n  '))).toEqual(['(the whole file): the file is empty']);
    expect(problems(loadScenarioText('\u0000\u0001PNG')).join()).toContain('not a text file');
  });

  it('does not echo a ten-megabyte id back whole', () => {
    const text = REAL.replace('id: unsc-2024-10-30-ukraine-dprk', `id: a${'b'.repeat(10_000_000)}`);
    const all = timed(() => loadScenarioText(text));
    for (const p of all.ok ? [] : all.problems) expect(p.message.length + p.path.length).toBeLessThan(700);
  });

  it('refuses news that can never be drawn, before a game is started with it', () => {
    const s = miniScenario();
    for (const n of s.news as { weight: number }[]) n.weight = 0;
    expect(problems(loadScenario(s)).join()).toContain('every news event has weight 0');
  });

  it('refuses ids that are names every object already has', () => {
    const s = miniScenario();
    (s.topics as { id: string }[])[0]!.id = 'constructor';
    expect(problems(loadScenario(s))).toContain('topics[0].id: this id is reserved (it is the name of a built-in property); choose another');
  });

  it('says "not a number" for .nan and .inf rather than "null"', () => {
    const text = REAL.replace(/^(\s+)alignAt: \d+/m, '$1alignAt: .nan');
    expect(problems(loadScenarioText(text)).join()).toContain('rules.alignAt: expected the support at which a member stands with you, got NaN (not a number)');
  });

  it('keeps __proto__ keys as unknown fields and pollutes nothing', () => {
    const s = miniScenario() as Record<string, unknown>;
    const withProto = JSON.parse(`{"__proto__": {"polluted": "yes"}, ${JSON.stringify(s).slice(1)}`);
    const result = loadScenario(withProto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('__proto__');
  });
});
