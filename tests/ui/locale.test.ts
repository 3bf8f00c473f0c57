/** Every interface string the code asks for exists in the English locale, and none is left unused. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interfaceEnglish } from '../../tools/i18n/sources';

// Every part of the English interface (the title's, the game's, and those loaded with their screens) is one locale.
const en: Record<string, string> = Object.fromEntries(interfaceEnglish());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const source = [...files('src/ui'), ...files('src/classroom')].map((f) => readFileSync(f, 'utf8')).join('\n');
const literalKeys = [...source.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1]!);
// Keys built at run time, such as `meeting.phase.${phase}`, are listed by their prefix.
const prefixes = [...source.matchAll(/t\(\s*`([\w.-]+)\.\$\{/g)].map((m) => `${m[1]}.`);

describe('the English locale', () => {
  it('has every key the interface uses', () => {
    expect(literalKeys.length).toBeGreaterThan(50);
    expect(literalKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('has no key the interface never uses', () => {
    const used = (k: string) => literalKeys.includes(k) || prefixes.some((p) => k.startsWith(p)) || source.includes(`'${k}'`);
    expect(Object.keys(en).filter((k) => !used(k))).toEqual([]);
  });

  it('writes plurals in words, never "topic(s)"', () => {
    expect(Object.entries(en).filter(([, v]) => /\w\(s\)/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('describes each mode in whole sentences, as the preparation screen shows one on its own', () => {
    const modes = Object.entries(en).filter(([k]) => k.startsWith('mode.explain.'));
    expect(modes).toHaveLength(3);
    for (const [, v] of modes) expect(v).toMatch(/^[A-Z].*\.$/);
  });
});
