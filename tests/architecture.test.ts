/** The engine stays pure: no Phaser, no zustand, no DOM, so it runs anywhere and tests stay fast. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](phaser|zustand[^'"]*|react[^'"]*)['"]|import\s*\(\s*['"](phaser|zustand)/;
const DOM_GLOBALS = /\b(document|window|localStorage|sessionStorage|navigator|HTMLElement)\s*[.[(]/;

export function violations(dir: string): string[] {
  const found: string[] = [];
  for (const file of files(dir)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
      if (FORBIDDEN_IMPORTS.test(line) || DOM_GLOBALS.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment)\b/;

describe('architecture', () => {
  it('no interface code turns text into markup: scenario text and player text stay text', () => {
    const found = ['src/ui', 'src/chamber', 'src/main.ts'].flatMap((dir) => (dir.endsWith('.ts') ? [dir] : files(dir)))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => [file, i + 1, line] as const))
      .filter(([, , line]) => HTML_SINKS.test(line))
      .map(([file, n, line]) => `${file}:${n}: ${line.trim()}`);
    expect(found).toEqual([]);
    expect(HTML_SINKS.test('el.innerHTML = text')).toBe(true);
  });

  it('no scene or interface file imports the engine internals that hold the rules', () => {
    const internals = /from '\.\.\/(\.\.\/)?engine\/(situation|meeting|model|conditions|game)'/;
    const found = [...files('src/ui'), ...files('src/chamber')].filter((file) => internals.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('src/engine imports no Phaser, zustand or DOM', () => {
    expect(violations('src/engine')).toEqual([]);
  });

  it('the check itself catches a forbidden import', () => {
    expect(FORBIDDEN_IMPORTS.test("import Phaser from 'phaser';")).toBe(true);
    expect(FORBIDDEN_IMPORTS.test("import { createStore } from 'zustand/vanilla';")).toBe(true);
    expect(DOM_GLOBALS.test('document.getElementById("x")')).toBe(true);
    expect(FORBIDDEN_IMPORTS.test("import { produce } from 'immer';")).toBe(false);
  });

  it('src/engine has no lib "dom" escape hatch either', () => {
    const tsconfig = JSON.parse(readFileSync('src/engine/tsconfig.json', 'utf8')) as { compilerOptions: { lib: string[] } };
    expect(tsconfig.compilerOptions.lib.some((l) => l.toLowerCase().startsWith('dom'))).toBe(false);
  });
});
