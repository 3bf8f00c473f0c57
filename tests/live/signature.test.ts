/**
 * Run codes signed by the class server: a signed code checks against its class's secret, and any
 * change to the name, a choice or what was heard, another class's secret or another class code, fails.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, runOf, topicsFor, type Run } from '../../src/engine';
import { CLASS_SECRET, makeClassSecret, readSignature, signRunCode, verifyRunCode } from '../../src/live/signature';
import { botPlay } from '../support/bot';
import { realScenario } from '../support/scenario';

const s = realScenario();
const CLASS = 'KXRPMTQWH';
const secret = makeClassSecret();

/** A run as a class meeting gives it: the President's opening and another student's positions heard. */
function classRun(): Run {
  const run = runOf(s, botPlay(s, 'MLT', 21), 'Ana');
  run.heard = { opening: s.presidency.options[1]!.id, statements: { USA: topicsFor(s, 'USA').slice(0, 2).map((t) => t.options[0]!.id) } };
  return run;
}

/** The same signature on a code re-encoded with one thing changed (its check character valid). */
async function altered(change: (run: Run) => void): Promise<string> {
  const signed = await signRunCode(encodeRun(s, classRun()), CLASS, secret);
  const run = classRun();
  change(run);
  return `${encodeRun(s, run)}.${signed.split('.').at(-1)}`;
}

describe('signed run codes', () => {
  it('are the run code, the class code and 22 characters, the first 16 bytes of HMAC-SHA256 over "<class>.<code>"', async () => {
    expect(secret).toMatch(CLASS_SECRET);
    expect(makeClassSecret()).not.toBe(secret);
    const code = encodeRun(s, classRun());
    const signed = await signRunCode(code, CLASS, secret);
    expect(signed).toMatch(new RegExp(`^${code.replace(/\./g, '\\.')}\\.${CLASS}[A-Za-z0-9_-]{22}$`));
    // The same signature, made by Node's own HMAC: the class secret's decoded bytes are the key.
    const mac = createHmac('sha256', Buffer.from(secret, 'base64url')).update(`${CLASS}.${code}`).digest().subarray(0, 16).toString('base64url');
    expect(readSignature(signed)).toEqual({ runCode: code, classCode: CLASS, sig: mac });
    expect(await verifyRunCode(signed, secret)).toBe(true);
    expect(await verifyRunCode(` ${signed}\n`, secret)).toBe(true);
    // The engine reads it, with what was heard, and says which class signed it.
    expect(decodeRun(s, signed)).toMatchObject({ ok: true, signedBy: CLASS, run: { heard: classRun().heard } });
  });

  it('fail when the name, a choice or what was heard is changed after signing', async () => {
    const changes: [string, (run: Run) => void][] = [
      ['name', (run) => { run.name = 'Ben'; }],
      ['choice', (run) => { const [topic, pick] = Object.entries(run.picks).find(([, v]) => v !== null)!; run.picks[topic] = topicsFor(s, 'MLT').find((x) => x.topic.id === topic)!.options.find((o) => o.id !== pick)!.id; }],
      ['heard opening', (run) => { run.heard!.opening = s.presidency.options[2]!.id; }],
      ['heard statement', (run) => { run.heard!.statements.USA = [topicsFor(s, 'USA')[0]!.options[1]!.id]; }],
      ['heard section added', (run) => { run.heard!.statements.RUS = [topicsFor(s, 'RUS')[0]!.options[0]!.id]; }],
    ];
    for (const [what, change] of changes) {
      const code = await altered(change);
      // Still a well-formed code the engine reads: only the signature can tell.
      expect(decodeRun(s, code).ok, what).toBe(true);
      expect(await verifyRunCode(code, secret), what).toBe(false);
    }
    expect(await verifyRunCode(await altered(() => {}), secret)).toBe(true);
  });

  it('fail with another class\'s secret, under another class code, or with a signature cut or changed', async () => {
    const signed = await signRunCode(encodeRun(s, classRun()), CLASS, secret);
    expect(await verifyRunCode(signed, makeClassSecret())).toBe(false);
    expect(await verifyRunCode(signed, 'not a secret')).toBe(false);
    expect(await verifyRunCode(signed.replace(`.${CLASS}`, '.KXRPMTQWB'), secret)).toBe(false);
    // Every other last character, those that differ only in the 4 spare bits included.
    for (const last of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.replace(signed.at(-1)!, '')) {
      expect(await verifyRunCode(signed.slice(0, -1) + last, secret), last).toBe(false);
    }
    expect(readSignature(signed.slice(0, -1))).toBeNull();
    expect(await verifyRunCode(signed.slice(0, -1), secret)).toBe(false);
    expect(readSignature(encodeRun(s, classRun()))).toBeNull();
    expect(readSignature(signed.replace(CLASS, CLASS.toLowerCase()))).toBeNull();
    await expect(signRunCode(signed, CLASS, secret)).rejects.toThrow();
    await expect(signRunCode(encodeRun(s, classRun()), 'ABCD', secret)).rejects.toThrow();
  });
});
