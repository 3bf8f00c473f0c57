import { describe, expect, it } from 'vitest';
import { fromSave, toSave, SAVE_VERSION } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { advance, load, playThrough, step } from '../support/play';
import { newGame } from '../../src/engine';

const mini = load(miniScenario());

describe('saves', () => {
  it('resume a meeting exactly where it was, mid-statement', () => {
    let s = advance(mini, newGame(mini, 'B', 42));
    s = step(mini, s, { type: 'pick', topic: 'deployment', option: 'dep-concern' });
    const text = JSON.stringify(toSave(s));
    const back = fromSave(mini, text);
    expect(back).toEqual({ ok: true, state: s });
  });

  it('resume a finished meeting with its result', () => {
    const s = playThrough(mini, 'C', 3, { chair: 'chair-calm', picks: { action: 'act-restraint' }, closing: 'Calm.' });
    expect(fromSave(mini, toSave(s))).toEqual({ ok: true, state: s });
  });

  const refusals: [string, unknown, RegExp][] = [
    ['damaged JSON', '{"format": "take-the', /not valid JSON/],
    ['something else entirely', { hello: 'world' }, /not a Take the Floor save/],
    ['a newer save format', { format: 'take-the-floor/save', saveVersion: SAVE_VERSION + 1 }, /newer version of the game/],
    ['another scenario', { format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'other', scenarioVersion: 1, seat: 'A', seed: 1, choices: [] }, /for another meeting \("other"\), not this one/],
    ['another version of the scenario', { format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'mini', scenarioVersion: 9, seat: 'A', seed: 1, choices: [] }, /version 9 of this meeting.s scenario and this is version 1/],
    ['an unknown seat', { format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'mini', scenarioVersion: 1, seat: 'U', seed: 1, choices: [] }, /seat, "U"/],
    ['a choice of the wrong shape', { format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'mini', scenarioVersion: 1, seat: 'A', seed: 1, choices: [{ type: 'teleport' }] }, /damaged: its choice 1 is not one the game makes \("teleport" is not a kind of choice\)/],
    ['a choice that cannot be replayed', { format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'mini', scenarioVersion: 1, seat: 'A', seed: 1, choices: [{ type: 'deliver' }] }, /choice 1 of the save could not be replayed/],
  ];
  it.each(refusals)('refuse %s, with the reason', (_name, input, reason) => {
    const result = fromSave(mini, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
