/** `npm run validate` as an author uses it: exit codes and what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_FILE } from '../support/scenario';

const validate = (...files: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/validate.ts', ...files], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
};

describe('npm run validate', () => {
  it('accepts the scenario with a one-line summary', () => {
    const { code, out } = validate(SCENARIO_FILE);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^scenarios\/unsc-2024-10-30-ukraine-dprk\.yaml: valid: 15 seats, 8 topics, \d+ options, \d+ facts, \d+ citations of 17\/17 paragraphs$/);
  });

  it('prints every problem of a broken file with its path, and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttf-validate-'));
    const broken = readFileSync(SCENARIO_FILE, 'utf8')
      .replace(/^(\s+)reactAt: -?\d+/m, '$1reactAt: "low"')
      .replace('evidence: officialRecord', 'evidence: rumour');
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, broken);
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('2 problems');
    expect(out).toContain('rules.reactAt: expected the size of statement impact that makes a speaker react, got "low"');
    expect(out).toMatch(/facts\[\d+\]\.evidence: unknown evidence level "rumour"/);
  });

  it('says so when a file cannot be read, and when no file is named', () => {
    expect(validate('no/such/file.yaml')).toMatchObject({ code: 1, out: expect.stringContaining('cannot read the file (ENOENT)') });
    expect(validate()).toMatchObject({ code: 2, out: expect.stringContaining('usage: npm run validate') });
  });
});
