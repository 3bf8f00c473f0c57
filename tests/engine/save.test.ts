import { heardIn } from '../../src/store/saves';
import { describe, expect, it } from 'vitest';
import { fromSave, repliesFor, resumeSave, toSave, SAVE_VERSION, type Choice, type Scenario } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { advance, load, playThrough, step } from '../support/play';
import { realScenario } from '../support/scenario';
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

describe('a save from an earlier version of the scenario, after a site update', () => {
  const real = realScenario();
  // The next version, as an author might make it: one option Sierra Leone used is gone, and the
  // treaty topic has a new id (so a choice on it has nowhere to go).
  const next: Scenario = (() => {
    const s = structuredClone(real) as Scenario & { version: number };
    s.version = real.version + 1;
    const deployment = s.topics.find((t) => t.id === 'deployment')!;
    deployment.options = deployment.options.filter((o) => o.id !== 'a3-deployment-restraint');
    s.topics.find((t) => t.id === 'treaty')!.id = 'treaty-and-article-51';
    return load(s);
  })();
  const picks: Choice[] = [
    { type: 'pick', topic: 'deployment', option: 'a3-deployment-restraint' },
    { type: 'pick', topic: 'sanctions', option: 'a3-sanctions-comply' },
    { type: 'pick', topic: 'treaty', option: 'a3-treaty-limits' },
    { type: 'pick', topic: 'action', option: 'a3-action-negotiate' },
  ];
  const kept = [picks[1]!, picks[3]!];
  const midStatement = () => picks.reduce((s, c) => step(real, s, c), advance(real, newGame(real, 'SLE', 7, 'guided')));

  it('a save from the same version replays exactly, as before', () => {
    const s = midStatement();
    expect(resumeSave(real, JSON.stringify(toSave(s)))).toEqual({ ok: true, state: s });
    expect(fromSave(real, toSave(s))).toEqual({ ok: true, state: s });
  });

  it('resumes with the choices that still exist, and lists the ones that do not', () => {
    const resumed = resumeSave(next, JSON.stringify(toSave(midStatement())));
    // As if the player had made only the choices that still exist, in the new version.
    const expected = kept.reduce((s, c) => step(next, s, c), advance(next, newGame(next, 'SLE', 7, 'guided')));
    expect(resumed).toEqual({ ok: true, state: expected, carried: { from: real.version, dropped: [picks[0], picks[2]], stopped: true } });
    if (resumed.ok) expect(resumed.state.scenarioVersion).toBe(next.version);
    // The strict replay (run codes, exact comparisons) still refuses it.
    expect(fromSave(next, toSave(midStatement()))).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be replayed exactly/) });
  });

  it('stops a finished meeting before the statement, so the player can choose again and deliver it', () => {
    let s = step(real, midStatement(), { type: 'deliver' });
    s = advance(real, s);
    if (s.phase === 'rightOfReply') s = step(real, s, { type: 'reply', option: repliesFor(real, 'SLE')[0]!.id });
    expect(s.phase).toBe('outcome');
    const resumed = resumeSave(next, toSave(s));
    expect(resumed.ok && resumed.state.phase).toBe('playerTurn');
    expect(resumed.ok && resumed.state.picks).toEqual({ sanctions: 'a3-sanctions-comply', action: 'a3-action-negotiate' });
    expect(resumed.ok && resumed.carried).toEqual({ from: real.version, dropped: [picks[0], picks[2]], stopped: true });
  });

  it('carries every choice over when none was touched, and says nothing was dropped', () => {
    const s = step(real, advance(real, newGame(real, 'SLE', 7)), kept[0]!);
    const resumed = resumeSave(next, toSave(s));
    expect(resumed).toMatchObject({ ok: true, state: { picks: { sanctions: 'a3-sanctions-comply' }, scenarioVersion: next.version }, carried: { dropped: [], stopped: false } });
  });

  it('puts each choice where the meeting now asks for it when the speakers\' list changed', () => {
    // Sierra Leone speaks one turn later, then one turn earlier, than when the save was made.
    const moved = (by: number) => {
      const s = structuredClone(real) as Scenario & { version: number };
      s.version = real.version + 1;
      const list = s.speakersList.members;
      const at = list.indexOf('SLE');
      [list[at], list[at + by]] = [list[at + by]!, list[at]!];
      return load(s);
    };
    for (const version of [moved(1), moved(-1)]) {
      const resumed = resumeSave(version, toSave(midStatement()));
      const expected = picks.reduce((s, c) => step(version, s, c), advance(version, newGame(version, 'SLE', 7, 'guided')));
      expect(resumed).toEqual({ ok: true, state: expected, carried: { from: real.version, dropped: [], stopped: false } });
    }
  });

  it('refuses a save from a newer version, and one from another meeting', () => {
    const save = toSave(midStatement());
    expect(resumeSave(real, { ...save, scenarioVersion: real.version + 1 })).toEqual({
      ok: false, reason: `the save was made with version ${real.version + 1} of this meeting's scenario and this is version ${real.version}, so it is from a newer version of this site: reload the page when online to get it`,
    });
    expect(resumeSave(next, { ...save, scenarioId: 'another-meeting' })).toEqual({ ok: false, reason: expect.stringMatching(/for another meeting \("another-meeting"\)/) });
  });
});

describe('where the last group of speeches began, kept beside a save', () => {
  it('is read back only as a whole number inside the game\'s log; anything else shows the last step', () => {
    const save = (heardFrom: unknown) => JSON.stringify({ formatVersion: 1, heardFrom });
    expect(heardIn(save(12), 40)).toBe(12);
    for (const odd of [40, -1, 3.5, '12', null, 1e308, { valueOf: 3 }]) expect(heardIn(save(odd), 40)).toBeNull();
    expect(heardIn('not json', 40)).toBeNull();
  });
});
