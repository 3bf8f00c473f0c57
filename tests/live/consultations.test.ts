/** A class meeting's consultations, played through the live rules: a President, three students, the computer in every other seat. */
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, replayRun, runOf } from '../../src/engine';
import { classElementsResult, classMovesFor, replayClassConsultations } from '../../src/engine/consultations/class';
import { signRunCode } from '../../src/live/signature';
import { applyInput, createMeeting, replayMeeting, type MeetingSetup } from '../../src/live/meeting';
import type { LiveMeeting } from '../../src/live/types';
import { inputsOf, refusal, scenario, send } from '../support/classMeeting';

const setup: MeetingSetup = { code: 'KQTMPRSVW', seed: 7, mode: 'standard', chair: 'teacher', chairName: 'Ms Rivera' };
const HOLDERS: Record<string, string> = { USA: 'ana', RUS: 'ben', SLE: 'chi' };

/** A meeting of three students, played to its close by the President. */
function meetingOver(): LiveMeeting {
  let m = createMeeting(scenario, setup);
  for (const [seat, holder] of Object.entries(HOLDERS)) m = send(m, holder, { type: 'claim', seat, name: holder });
  m = send(m, 'teacher', { type: 'open' });
  for (let i = 0; i < 200 && m.stage !== 'over'; i++) {
    if (m.waitingFor && m.stage === 'meeting') m = send(m, HOLDERS[m.waitingFor]!, { type: 'deliver', seen: m.turn });
    else m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
  }
  expect(m.stage).toBe('over');
  return m;
}

describe('the consultations in a class meeting', () => {
  it('the President opens them; each student moves for their seat; the President closes each round and the silence; every game gets the text', async () => {
    let m = send(meetingOver(), 'teacher', { type: 'openConsult', seen: 0 + meetingOver().turn });
    const cc = m.consult!;
    expect(cc.consultations!.humans).toEqual(['RUS', 'SLE', 'USA']);
    expect(cc.consultations!.stage).toBe('round');
    // Round 1: Russia softens the deployment paragraph, the United States objects to restraint, Sierra Leone adds restraint.
    m = send(m, 'ben', { type: 'consultMove', move: 'amend', target: 'el-reports-soften', seen: m.turn });
    m = send(m, 'ana', { type: 'consultMove', move: 'object', target: 'el-restraint', seen: m.turn });
    m = send(m, 'chi', { type: 'consultMove', move: 'amend', target: 'el-reports-balance', seen: m.turn });
    // A student may change their move until the round closes: the last one stands.
    m = send(m, 'chi', { type: 'consultMove', move: 'amend', target: 'el-peninsula-balance', seen: m.turn });
    expect(m.consult!.moves.SLE).toEqual({ type: 'consult', move: 'amend', target: 'el-peninsula-balance' });
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    const said = m.consult!.log.filter((e) => e.type === 'consultMove' && e.round === 1 && ['RUS', 'USA', 'SLE'].includes(e.seat));
    expect(said.map((e) => e.type === 'consultMove' && `${e.seat} ${e.move}`)).toEqual(expect.arrayContaining(['RUS amend', 'USA object', 'SLE amend']));
    // Rounds 2 and 3: nobody moves, so every student agrees; then silence, which Russia breaks.
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    expect(m.consult!.consultations!.stage).toBe('silence');
    m = send(m, 'ben', { type: 'consultMove', move: 'break', seen: m.turn });
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    const c = m.consult!.consultations!;
    expect(c.stage).toBe('done');
    expect(c.agreed).toEqual([]);
    expect(c.blocked.find((b) => b.element === null)!.by).toContain('RUS');
    // Each student's game carries the class's text and its own objectives for it.
    for (const seat of Object.keys(HOLDERS)) {
      expect(m.games[seat]!.consultations).toEqual(c);
      expect(m.games[seat]!.result!.elements!.objectives.length).toBeGreaterThan(0);
    }
    expect(m.games.RUS!.result!.elements!.redLines.find((r) => r.id === 'rus-el-alone')).toBeDefined();
    // A restarted server rebuilds the same consultations from the kept inputs.
    expect(replayMeeting(scenario, setup, inputsOf(m)).meeting).toEqual(m);
    // Each student's run code replays the class's consultations: the same text, the same objectives.
    for (const seat of Object.keys(HOLDERS)) {
      const code = await signRunCode(encodeRun(scenario, runOf(scenario, m.games[seat]!)), setup.code, 'c'.repeat(43));
      const decoded = decodeRun(scenario, code);
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(decoded.run.classConsult!.steps.length).toBe(4);
      const meeting = replayRun(scenario, decoded.run);
      if (!meeting.ok) throw new Error(meeting.reason);
      const cc = replayClassConsultations(scenario, decoded.run.classConsult!.start, decoded.run.seed, decoded.run.classConsult!.steps);
      expect(cc.consultations).toEqual(c);
      expect(classElementsResult(scenario, cc, seat)).toEqual(m.games[seat]!.result!.elements);
    }
    // Without the class server's signature, a code's class consultations are not trusted.
    const unsigned = encodeRun(scenario, runOf(scenario, m.games.RUS!));
    expect(decodeRun(scenario, unsigned)).toMatchObject({ ok: false });
  });

  it('refuses, changing nothing: a move for a seat the sender does not hold, out of its round, forged, or from a stranger; the President\'s moves from a student', () => {
    let m = meetingOver();
    expect(refusal(m, 'ben', { type: 'openConsult', seen: m.turn }).code).toBe('not-chair');
    expect(refusal(m, 'ben', { type: 'consultMove', move: 'agree', seen: m.turn }).code).toBe('wrong-moment');
    m = send(m, 'teacher', { type: 'openConsult', seen: m.turn });
    const before = m;
    const refused = [
      // Russia's own amendment, sent by the student holding Sierra Leone: it is not on Sierra Leone's menu.
      [refusal(m, 'chi', { type: 'consultMove', move: 'amend', target: 'el-reports-soften', seen: m.turn }).code, 'unknown'],
      // A stranger holds no seat.
      [refusal(m, 'eve', { type: 'consultMove', move: 'agree', seen: m.turn }).code, 'not-yours'],
      // Speaking for someone else.
      [refusal(m, 'chi', { type: 'consultMove', move: 'agree', seen: m.turn, from: 'ben' }).code, 'not-yours'],
      // Out of its round: a screen drawn before the last round closed.
      [refusal(m, 'ben', { type: 'consultMove', move: 'agree', seen: m.turn - 1 }).code, 'stale'],
      // Out of its stage: silence moves in a round, penholder moves from a member.
      [refusal(m, 'ben', { type: 'consultMove', move: 'break', seen: m.turn }).code, 'unknown'],
      [refusal(m, 'ana', { type: 'consultMove', move: 'drop', target: 'el-reports', seen: m.turn }).code, 'unknown'],
      // Forged: an unknown move, a paragraph that does not exist, a prototype name, extra fields.
      [refusal(m, 'ana', { type: 'consultMove', move: 'veto', seen: m.turn }).code, 'unknown'],
      [refusal(m, 'ana', { type: 'consultMove', move: 'object', target: 'el-nowhere', seen: m.turn }).code, 'unknown'],
      [refusal(m, 'ana', { type: 'consultMove', move: 'object', target: '__proto__', seen: m.turn }).code, 'unknown'],
      [refusal(m, 'ana', { type: 'consultMove', move: 'agree', seen: m.turn, seat: 'RUS' }).code, 'refused'],
      [refusal(m, 'ana', { type: 'consultMove', move: { toString: 1 }, seen: m.turn }).code, 'refused'],
      // The President's step, from a student.
      [refusal(m, 'ana', { type: 'consultNext', seen: m.turn }).code, 'not-chair'],
    ];
    for (const [got, want] of refused) expect(got).toBe(want);
    expect(m).toBe(before);
    // A seat nobody held when the consultations opened stays with the computer.
    expect(classMovesFor(scenario, m.consult!, 'CHN')).toEqual([]);
    // The same move sent twice is kept once; a flood of moves counts against the student's record.
    m = send(m, 'ana', { type: 'consultMove', move: 'agree', seen: m.turn });
    const once = m;
    m = send(m, 'ana', { type: 'consultMove', move: 'agree', seen: m.turn });
    expect(m.consult).toEqual(once.consult);
    expect(m.recordedFrom.ana).toBe(once.recordedFrom.ana! + 1);
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    const closed = m.turn;
    expect(refusal(m, 'teacher', { type: 'consultNext', seen: closed - 1 }).code).toBe('stale');
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    m = send(m, 'teacher', { type: 'consultNext', seen: m.turn });
    expect(refusal(m, 'teacher', { type: 'consultNext', seen: m.turn }).code).toBe('wrong-moment');
    // The President's close sent twice (a double press, or a resent message): the second is stale.
    expect(refusal(m, 'teacher', { type: 'consultNext', seen: m.turn - 1 }).code).toBe('stale');
    expect(refusal(m, 'ana', { type: 'consultMove', move: 'silent', seen: m.turn }).code).toBe('wrong-moment');
  });

  it('decides the computer seats as the solo game does: the same class, the same text', () => {
    const a = send(meetingOver(), 'teacher', { type: 'openConsult', seen: meetingOver().turn });
    const b = send(meetingOver(), 'teacher', { type: 'openConsult', seen: meetingOver().turn });
    expect(a.consult).toEqual(b.consult);
    const stands = a.consult!.consultations!.stands;
    expect(Object.keys(stands).sort()).toEqual(scenario.speakersList.members.filter((s) => !HOLDERS[s]).sort());
  });
});
