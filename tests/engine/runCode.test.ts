/** Run codes: a finished run as a short code that replays to the same debrief, and refuses damage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debrief, decodeRun, encodeRun, replayRun, runOf, topicsFor, type Run } from '../../src/engine';
import { botPlay, seeds } from '../support/bot';
import { miniScenario } from '../support/mini';
import { load } from '../support/play';
import { realScenario } from '../support/scenario';

const s = realScenario();
const members = s.speakersList.members;

function roundTrip(seat: string, seed: number, name: string) {
  const played = botPlay(s, seat, seed);
  const code = encodeRun(s, runOf(s, played, name));
  const decoded = decodeRun(s, code);
  if (!decoded.ok) throw new Error(decoded.reason);
  const replayed = replayRun(s, decoded.run);
  if (!replayed.ok) throw new Error(replayed.reason);
  return { played, code, decoded: decoded.run, replayed: replayed.state };
}

describe('run codes', () => {
  it('replay every seat\'s run to the same debrief', () => {
    fc.assert(fc.property(fc.constantFrom(...members), seeds, (seat, seed) => {
      const { played, replayed, code } = roundTrip(seat, seed, 'Ana');
      expect(code).toMatch(/^TF1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]$/);
      const a = debrief(s, played)!;
      const b = debrief(s, replayed)!;
      expect(b.outcome).toEqual(a.outcome);
      expect(b.finalMeters).toEqual(a.finalMeters);
      expect(b.objectives).toEqual(a.objectives);
      expect(b.redLines).toEqual(a.redLines);
      expect(b.statement).toEqual(a.statement);
    }), { numRuns: 60 });
  });

  it('keep the name as text, without control or direction characters, and no longer than 60', () => {
    const { decoded } = roundTrip('KOR', 4, '<script>alert(1)</script> \u202eZoë 👩‍👩‍👧');
    expect(decoded.name).toBe('<script>alert(1)</script> Zoë 👩‍👩‍👧');
    expect(roundTrip('KOR', 4, 'x'.repeat(500)).decoded.name).toHaveLength(60);
  });

  it('are short enough to copy by hand when there is no closing sentence', () => {
    const played = botPlay(s, 'USA', 3);
    const code = encodeRun(s, { ...runOf(s, played, ''), closing: '' });
    expect(code.length).toBeLessThan(40);
  });

  it('refuse any single changed character with a plain reason', () => {
    const { code } = roundTrip('CHE', 12, 'Sam');
    const body = code.slice(4);
    fc.assert(fc.property(fc.integer({ min: 0, max: body.length - 1 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), (i, ch) => {
      if (body[i] === ch || body[i] === '.') return;
      const damaged = `TF1.${body.slice(0, i)}${ch}${body.slice(i + 1)}`;
      const result = decodeRun(s, damaged);
      expect(result.ok).toBe(false);
    }), { numRuns: 300 });
  });

  it('say what is wrong with a code from elsewhere, or no code at all', () => {
    const { code } = roundTrip('RUS', 1, '');
    const reason = (input: unknown) => { const r = decodeRun(s, input); return r.ok ? 'accepted' : r.reason; };
    expect(reason('')).toBe('the code is empty');
    expect(reason('<img src=x onerror=alert(1)>')).toContain('not a Take the Floor run code');
    expect(reason(code.replace('TF1.', 'TF2.'))).toContain('another version of the game');
    expect(reason(code.slice(0, -2))).toContain('incomplete');
    expect(reason('TF1.' + 'A'.repeat(3000))).toContain('at most 2000 characters');
    expect(reason(42)).toBe('a run code is text');
    const other = structuredClone(s);
    other.version = s.version + 1;
    expect(reason.call(null, code) && decodeRun(other, code)).toMatchObject({ ok: false, reason: expect.stringContaining(`version ${s.version} of this meeting's scenario and this is version ${s.version + 1}`) });
    const mini = load(miniScenario());
    expect(decodeRun(mini, code)).toMatchObject({ ok: false, reason: expect.stringContaining('for another meeting') });
  });

  describe('from a class meeting', () => {
    const SIG = '.KXRPMTQWH' + 'abcdefghijklmnopqrstuv';
    /** A solo run with a made-up "heard" section: the President's opening and the United States' positions. */
    function forged(): { run: Run; code: string } {
      const run = runOf(s, botPlay(s, 'MLT', 5), 'Ana');
      expect(run.heard).toBeUndefined();
      run.heard = { opening: s.presidency.options[1]!.id, statements: { USA: topicsFor(s, 'USA').slice(0, 2).map((t) => t.options.at(-1)!.id) } };
      return { run, code: encodeRun(s, run) };
    }

    it('refuse a heard section with no class signature, even with a valid check character', () => {
      const { code } = forged();
      expect(code).toMatch(/^TF1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]$/);
      expect(decodeRun(s, code)).toEqual({
        ok: false,
        reason: 'a run code from a class meeting carries the class server\'s signature; this one does not, so what it says was heard cannot be trusted',
      });
    });

    it('read the class code of a signed code, and leave checking the signature to whoever holds the secret', () => {
      const { run, code } = forged();
      const decoded = decodeRun(s, code + SIG);
      expect(decoded).toMatchObject({ ok: true, signedBy: 'KXRPMTQWH' });
      expect(decoded.ok && decoded.run).toEqual(run);
      expect(decoded.ok && replayRun(s, decoded.run).ok).toBe(true);
      // A solo code is signed by no one.
      const solo = roundTrip('KOR', 4, 'Ben');
      expect(decodeRun(s, solo.code)).toMatchObject({ ok: true, signedBy: null });
      expect(decodeRun(s, solo.code + SIG)).toMatchObject({ ok: true, signedBy: 'KXRPMTQWH' });
    });

    it('still check the check character over the code before its signature, and refuse a cut signature', () => {
      const { code } = forged();
      const i = 12;
      const damaged = `${code.slice(0, i)}${code[i] === 'A' ? 'B' : 'A'}${code.slice(i + 1)}`;
      expect(decodeRun(s, damaged + SIG)).toMatchObject({ ok: false, reason: expect.stringContaining('check character does not match') });
      for (const bad of [SIG.slice(0, -1), SIG.toLowerCase(), '.', `${SIG}.x`]) {
        expect(decodeRun(s, code + bad), bad).toMatchObject({ ok: false });
      }
    });
  });
});

describe('a presiding player\'s closing words', () => {
  const plan = { chair: 'chair-standard', picks: { deployment: 'che-deployment-troubling' }, reply: 'neutral-reply-correct' };

  it('are a choice of their own, only when the meeting is being closed, and a run code carries them', async () => {
    const { playThrough } = await import('../support/play');
    const { applyChoice, newGame } = await import('../../src/engine');
    expect(applyChoice(s, newGame(s, 'CHE', 7), { type: 'adjourn', option: 'close-thanks' })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    const state = playThrough(s, 'CHE', 7, { ...plan, adjourn: 'close-tomorrow' });
    expect(state.log.some((e) => e.type === 'speech' && e.reaction === 'close' && e.line === 'close-tomorrow')).toBe(true);
    const decoded = decodeRun(s, encodeRun(s, runOf(s, state)));
    expect(decoded.ok && decoded.run.adjourn).toBe('close-tomorrow');
    const replayed = decoded.ok ? replayRun(s, decoded.run) : null;
    expect(replayed?.ok && replayed.state.log).toEqual(state.log);
  });

  it('read as the usual closing from a code made before there was a choice', () => {
    const state = botPlay(s, 'CHE', 3);
    const run = runOf(s, state);
    // A code of the earlier kind: nothing in the chair byte's high bits.
    const decoded = decodeRun(s, encodeRun(s, { ...run, adjourn: null }));
    expect(decoded.ok && decoded.run.adjourn).toBe(s.presidency.closingOptions![0]!.id);
  });
});
