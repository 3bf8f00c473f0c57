/**
 * `npm run class` refusing what it cannot open: one plain line, exit 1, the kept file untouched, no
 * stack trace. Runs the real command (without the build) against kept files made to be wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frame } from '../../server/store';

const CODE = 'QRSTVWXYZ';

/** `npm run class` keeping its meetings in a folder (as it does unless REDIS_URL is set; CI sets it for another test). */
function runClass(env: Record<string, string>, files: Record<string, string> = {}) {
  const keep = mkdtempSync(join(tmpdir(), 'ttf-class-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(keep, name), text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/class.ts'], {
    env: { ...process.env, REDIS_URL: '', HOST: '127.0.0.1', PORT: '0', KEEP_DIR: keep, ...env }, encoding: 'utf8', timeout: 30_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`.trim(), keep };
}

describe('npm run class, refusing', () => {
  it.each([
    ['a code with a letter never used', 'ABCDEFGHI', /^CLASS_CODE "ABCDEFGHI" is not a class code: a class code is nine letters, like KXR-PMT-QWH/],
    ['an old four-letter code', 'KQTM', /^CLASS_CODE "KQTM" is not a class code/],
    ['a code no meeting is kept under', 'KXR-PMT-QWH', /^No meeting is kept under KXR-PMT-QWH in .*\. To start a new class, run npm run class without CLASS_CODE\.$/],
  ])('%s', (_, code, message) => {
    const { status, out } = runClass({ CLASS_CODE: code });
    expect(status).toBe(1);
    expect(out).toMatch(message);
    expect(out.split('\n')).toHaveLength(1);
  });

  it.each([
    ['cut', frame({ format: 2 }).slice(0, 12), /is cut off or changed/],
    ['empty', '', /is empty/],
    ['binary', '\u0000\u00ff\u0001\n', /is not text/],
    ['null', frame(null), /is not a meeting's setup/],
    ['5', frame(5), /is not a meeting's setup/],
  ])('a kept file whose first line is %s', (_, text, message) => {
    const { status, out, keep } = runClass({ CLASS_CODE: ` ${CODE.toLowerCase()} ` }, { [`${CODE}.jsonl`]: text });
    expect(status).toBe(1);
    expect(out).toMatch(message);
    expect(out).toMatch(/Its file is kept as it is\.$|cannot be reopened\.$/);
    expect(out).not.toMatch(/\n|TypeError|at .*\.ts:\d+/);
    expect(readFileSync(join(keep, `${CODE}.jsonl`), 'utf8')).toBe(text);
  });
});

describe('npm run class, opening', () => {
  it('prints the class code, the students\' address and the President\'s link first, nothing before them', async () => {
    const keep = mkdtempSync(join(tmpdir(), 'ttf-class-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/class.ts'], { env: { ...process.env, REDIS_URL: '', HOST: '127.0.0.1', PORT: '0', KEEP_DIR: keep } });
    let out = '';
    child.stdout.on('data', (d) => { out += String(d); });
    child.stderr.on('data', (d) => { out += String(d); });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no class opened: ${out}`)), 30_000);
        const check = setInterval(() => { if (/Press Ctrl\+C/.test(out)) { clearInterval(check); clearTimeout(timer); resolve(); } }, 50);
      });
    } finally { child.kill('SIGTERM'); }
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Class code: [A-Z]{3}-[A-Z]{3}-[A-Z]{3}$/);
    const code = lines[0]!.slice(-11).replace(/-/g, '');
    expect(lines[1]).toMatch(new RegExp(`^Students open: http://[\\d.]+:\\d+/\\?class=${code}`));
    expect(lines[2]).toMatch(new RegExp(`^The President's link \\(keep it to yourself\\): http://127\\.0\\.0\\.1:\\d+/\\?class=${code}&chair=[A-Za-z0-9_-]{16,}$`));
    expect(lines[1]).not.toMatch(/:0\//);
  });
});
