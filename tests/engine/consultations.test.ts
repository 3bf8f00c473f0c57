/** The consultations after the meeting: their format, their moves, and what the engine refuses. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario, type GameState } from '../../src/engine';
import { applyConsultation, consultChoices, replayConsultations } from '../../src/engine/consultations';
import { decodeRun, encodeRun, fromSave, replayRun, runOf, toSave } from '../../src/engine';
import { botConsult, botPlay } from '../support/bot';
import { realScenario } from '../support/scenario';

const s = realScenario();
const section = s.consultations!;
const meetingOver = (seat: string, seed = 7) => botPlay(s, seat, seed);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function play(state: GameState, ...moves: Parameters<typeof applyConsultation>[2][]): GameState {
  for (const move of moves) {
    const step = applyConsultation(s, state, move);
    if (!step.ok) throw new Error(step.error.message);
    state = step.state;
  }
  return state;
}

describe('the consultations section of the scenario format', () => {
  const problems = (edit: (raw: Record<string, any>) => void) => {
    const raw = clone(s) as Record<string, any>;
    edit(raw);
    const result = loadScenario(raw);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('reads the real file, with a penholder who is a member and three to six elements', () => {
    expect(s.formatVersion).toBe(3);
    expect(s.speakersList.members).toContain(section.penholder);
    expect(section.elements.length).toBeGreaterThanOrEqual(3);
  });

  it('reads a version 2 file as a meeting without consultations, and refuses consultations in one', () => {
    expect(problems((raw) => { raw.formatVersion = 2; delete raw.consultations; })).toEqual([]);
    expect(problems((raw) => { raw.formatVersion = 2; })).toEqual(['consultations: consultations arrived in format version 3: set formatVersion: 3 (nothing else changes)']);
  });

  it('checks every reference, each with its path', () => {
    const found = problems((raw) => {
      raw.consultations.penholder = 'UKR';
      raw.consultations.instructions[0].wants = ['el-nowhere'];
      raw.consultations.elements[0].amendments[0].say = { XYZ: 'We propose.' };
      raw.consultations.instructions[0].objectives[0].when = { amended: 'no-such-amendment' };
      raw.consultations.elements[1].id = raw.consultations.elements[0].id;
    });
    expect(found).toEqual(expect.arrayContaining([
      'consultations.penholder: the penholder "UKR" is not a Council member',
      'consultations.instructions[0].wants[0]: unknown element "el-nowhere"',
      'consultations.elements[0].amendments[0].say.XYZ: "XYZ" is neither a Council member nor a camp',
      'consultations.instructions[0].objectives[0].when.amended: unknown amendment "no-such-amendment"',
    ]));
    expect(found.some((p) => p.startsWith('consultations.elements[1].id: duplicate id'))).toBe(true);
  });

  it('refuses a deletion with text, an amendment without, and a member with fewer than two amendments to propose', () => {
    const found = problems((raw) => {
      const deletion = raw.consultations.elements.flatMap((e: any) => e.amendments).find((a: any) => a.kind === 'delete');
      deletion.text = 'Some words.';
      const other = raw.consultations.elements[0].amendments.find((a: any) => a.kind !== 'delete');
      delete other.text;
      for (const e of raw.consultations.elements) for (const a of e.amendments) delete a.say.MOZ;
      for (const e of raw.consultations.elements) for (const a of e.amendments) delete a.say.a3plus;
    });
    expect(found.some((p) => /a deletion takes the paragraph out: it has no text/.test(p))).toBe(true);
    expect(found.some((p) => /amendment needs the paragraph as amended/.test(p))).toBe(true);
    expect(found.some((p) => /member "MOZ" proposes 0 amendment/.test(p))).toBe(true);
  });
});

describe('the consultations, move by move', () => {
  it('open only when the meeting is over, and end after the rounds and the silence procedure', () => {
    const meeting = meetingOver('SLE');
    expect(consultChoices(s, { ...meeting, phase: 'reactions' })).toEqual([]);
    let state = play(meeting, { type: 'consult', move: 'begin' });
    expect(state.consultations!.round).toBe(1);
    for (let round = 1; round <= section.rounds; round++) state = play(state, { type: 'consult', move: 'agree' });
    expect(state.consultations!.stage).toBe('silence');
    state = play(state, { type: 'consult', move: 'silent' });
    expect(state.consultations!.stage).toBe('done');
    expect(state.result!.elements!.objectives.length).toBeGreaterThan(0);
    expect(state.log.at(-1)!.type).toBe('pressElements');
  });

  it('refuses, changing nothing, a move out of its round, another seat\'s amendment, a penholder\'s move from a member, and forged moves', () => {
    const state = play(meetingOver('SLE'), { type: 'consult', move: 'begin' });
    const others = section.elements.flatMap((e) => e.amendments).find((a) => !Object.hasOwn(a.say, 'SLE') && !Object.hasOwn(a.say, 'a3plus'))!;
    const refused = [
      { type: 'consult', move: 'begin' },
      { type: 'consult', move: 'silent' },
      { type: 'consult', move: 'amend', target: others.id },
      { type: 'consult', move: 'drop', target: section.elements[0]!.id },
      { type: 'consult', move: 'object', target: 'el-nowhere' },
      { type: 'consult', move: 'amend', target: '__proto__' },
      { type: 'consult', move: 'veto' },
      { type: 'consult', move: 'agree', target: { toString: 1 } },
      { type: 'pick', topic: 'x', option: null },
    ];
    for (const move of refused) {
      const step = applyConsultation(s, state, move);
      expect(step.ok, JSON.stringify(move)).toBe(false);
    }
    const over = play(state, ...Array.from({ length: section.rounds }, () => ({ type: 'consult' as const, move: 'agree' as const })), { type: 'consult', move: 'silent' });
    expect(applyConsultation(s, over, { type: 'consult', move: 'silent' })).toMatchObject({ ok: false, error: { code: 'game-over' } });
  });

  it('gives the penholder its own moves: keep, compromise, drop (only over an objection), and putting the text under silence', () => {
    let dropping = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const state = play(meetingOver(section.penholder, seed), { type: 'consult', move: 'begin' });
      const choices = consultChoices(s, state);
      const moves = new Set(choices.map((c) => c.move));
      expect([...moves]).toEqual(expect.arrayContaining(['keep', 'compromise']));
      expect(moves.has('agree')).toBe(false);
      const objected = new Set(Object.values(state.consultations!.stands).flatMap((x) => Object.keys(x).filter((e) => x[e] === 'object')));
      const drops = choices.filter((c) => c.move === 'drop');
      expect(drops.every((d) => objected.has(d.target!))).toBe(true);
      if (drops.length === 0) continue;
      dropping++;
      const dropped = play(state, drops[0]!);
      expect(dropped.consultations!.draft.find((p) => p.element === drops[0]!.target)!.out).toBe(true);
      expect(dropped.consultations!.blocked.at(-1)).toMatchObject({ element: drops[0]!.target, silence: false });
    }
    expect(dropping).toBeGreaterThan(0);
  });

  it('replays exactly: the same seed and moves give the same text, word for word', () => {
    for (const seat of ['RUS', 'CHE', 'SLE']) {
      const a = botConsult(s, meetingOver(seat, 11), 5);
      const b = botConsult(s, meetingOver(seat, 11), 5);
      expect(a).toEqual(b);
      expect(a.consultations!.stage).toBe('done');
    }
  });
});

describe('the consultations in saves and run codes', () => {
  it('a save and a run code carry the consultations, and replay them to the same text', () => {
    for (const seat of ['RUS', 'CHE', 'SLE']) {
      const played = botConsult(s, meetingOver(seat, 3), 9);
      const saved = fromSave(s, JSON.parse(JSON.stringify(toSave(played))));
      if (!saved.ok) throw new Error(saved.reason);
      expect(saved.consult!.length).toBe(played.choices.filter((c) => c.type === 'consult').length);
      expect(replayConsultations(s, saved.state, saved.consult!).state).toEqual(played);
      const code = encodeRun(s, runOf(s, played, 'Ada'));
      const decoded = decodeRun(s, code);
      if (!decoded.ok) throw new Error(decoded.reason);
      const meeting = replayRun(s, decoded.run);
      if (!meeting.ok) throw new Error(meeting.reason);
      const again = replayConsultations(s, meeting.state, decoded.run.consult!).state;
      expect(again.consultations).toEqual(played.consultations);
      expect(again.result).toEqual(played.result);
    }
  });

  it('refuses a run code whose consultations name a move or a paragraph that does not exist', () => {
    const played = botConsult(s, meetingOver('SLE', 3), 9);
    const run = runOf(s, played);
    const forged = encodeRun(s, { ...run, consult: [{ type: 'consult', move: 'amend', target: 'el-nowhere' }] });
    const decoded = decodeRun(s, forged);
    // An unknown target encodes as nothing to name; the move is then refused when replayed, changing nothing.
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.run.consult).toEqual([{ type: 'consult', move: 'amend' }]);
    const meeting = replayRun(s, decoded.run);
    if (!meeting.ok) throw new Error(meeting.reason);
    const r = replayConsultations(s, meeting.state, decoded.run.consult!);
    expect(r.replayed).toBe(0);
    expect(r.state).toBe(meeting.state);

  });
});

describe('properties of the consultations', () => {
  it('never throw, always end, and keep every paragraph\'s wording one the scenario has', () => {
    const versions = new Set([null, 'compromise', ...section.elements.flatMap((e) => e.amendments.map((a) => a.id))]);
    fc.assert(fc.property(fc.constantFrom(...s.speakersList.members), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer(), (seat, seed, moves) => {
      const state = botConsult(s, botPlay(s, seat, seed), moves);
      expect(state.consultations!.stage).toBe('done');
      expect(state.result!.elements).toBeDefined();
      for (const p of state.consultations!.draft) expect(versions.has(p.version)).toBe(true);
      for (const b of state.consultations!.blocked) expect(b.by.length).toBeGreaterThan(0);
    }), { numRuns: 60 });
  });
});
