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

/** Times are reported, never asserted: a shared machine makes any limit flaky. */
function timed<T>(what: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`${what}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

const nested = (depth: number, bottom: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let v = bottom;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
};

describe('hostile scenario files', () => {
  it('refuses a YAML alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n');
    expect(timed('alias bomb', () => problems(loadScenarioText(bomb)))).toEqual(['(the whole file): the file uses YAML aliases to expand far beyond its size (an alias bomb), so it is not read']);
  });

  it('refuses an alias that points back into itself, without overflowing the stack', () => {
    const cycle = 'formatVersion: 2\nmeta: &m\n  inner: *m\n';
    expect(problems(loadScenarioText(cycle))).toEqual(['meta.inner: this part of the file contains itself (a YAML alias that points back into its own anchor), so it can never be read']);
  });

  it('refuses an unresolved alias, naming it and where it is', () => {
    expect(problems(loadScenarioText('formatVersion: *nowhere\n'))).toEqual([
      'line 1, column 16: the alias *nowhere refers to no anchor: there is no &nowhere before it in the file, so it cannot be read',
    ]);
    expect(problems(loadScenarioText('meta:\n  title: &t Title\n  date: [1, *later]\nlater: &later 2\n'))).toEqual([
      'line 3, column 13: the alias *later refers to no anchor: there is no &later before it in the file, so it cannot be read',
    ]);
  });

  // A list 150 deep is one of the fuzz's values; 1,000 nested conditions overflowed the schema
  // library's stack, and 10,000 nested lists the loader's own checks.
  const tooDeep = /^[^:]+…: this part of the file is nested more than 64 levels deep, so it is not read; a scenario never needs more than 64$/;
  it.each([
    ['a list 150 deep as the title', ['meta', 'title'], nested(150, 'x', (v) => [v])],
    ['a list 10,000 deep as the title', ['meta', 'title'], nested(10_000, 'x', (v) => [v])],
    ['a condition with 1,000 nested "not"', ['outcomeRules', 0, 'when'], nested(1_000, { always: true }, (v) => ({ not: v }))],
  ])('refuses %s with a plain message, before it can overflow the stack', (_name, path, value) => {
    const s = miniScenario() as Record<string, unknown>;
    let parent = s as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1)!] = value;
    const found = problems(timed(String(_name), () => loadScenario(s)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(tooDeep);
    expect(found[0]!.startsWith(`${path.join('.').replace('.0.', '[0].')}`)).toBe(true);
  });

  it('refuses a YAML file nested too deep to read, with where', () => {
    expect(problems(loadScenarioText(`meta: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`))[0]).toMatch(
      /^line 1, column \d+: this part of the file is nested more than 64 levels deep, so it is not read; a scenario never needs more than 64$/,
    );
  });

  it('refuses empty and binary files', () => {
    expect(problems(loadScenarioText(''))).toEqual(['(the whole file): the file is empty']);
    expect(problems(loadScenarioText('   \n  '))).toEqual(['(the whole file): the file is empty']);
    expect(problems(loadScenarioText('\u0000\u0001PNG')).join()).toContain('not a text file');
  });

  it('does not echo a ten-megabyte id back whole', () => {
    const text = REAL.replace('id: unsc-2024-10-30-ukraine-dprk', `id: a${'b'.repeat(10_000_000)}`);
    const all = timed('a ten-megabyte id', () => loadScenarioText(text));
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
