/**
 * What keeps a class meeting from losing a student: the President chooses the mode and the seed,
 * sees every reply still owed and may give the floor to any of them, and a seat a student holds
 * never speaks words that student did not choose without saying it is the computer standing in.
 */
import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../src/engine';
import { createMeeting } from '../../src/live/meeting';
import { sharedView, viewFor } from '../../src/live/view';
import { HOLDERS, classOfThree, refusal, scenario, send, setup, throughTheList } from '../support/classMeeting';

describe('the President sets the meeting up', () => {
  it('chooses the mode and the seed before opening, and every game is played with them', () => {
    let m = createMeeting(scenario, setup);
    m = send(m, 'ana', { type: 'claim', seat: 'USA', name: 'Ana' });
    m = send(m, 'teacher', { type: 'setup', mode: 'guided', seed: 1030 });
    expect(sharedView(scenario, m)).toMatchObject({ mode: 'guided', seed: 1030 });
    m = send(m, 'teacher', { type: 'open' });
    expect(m.games.USA).toMatchObject({ mode: 'guided', seed: 1030 });
    expect(refusal(m, 'teacher', { type: 'setup', mode: 'standard' }).code).toBe('wrong-moment');
  });

  it('refuses a student, an unknown mode and a seed that is not a whole number in range', () => {
    let m = createMeeting(scenario, setup);
    m = send(m, 'ana', { type: 'claim', seat: 'USA', name: 'Ana' });
    expect(refusal(m, 'ana', { type: 'setup', mode: 'guided' }).code).toBe('not-chair');
    expect(refusal(m, 'teacher', { type: 'setup', mode: 'godmode' }).code).toBe('unknown');
    for (const seed of [-1, 1.5, 2 ** 31, '7', null]) expect(refusal(m, 'teacher', { type: 'setup', seed }).code).toBe('refused');
    expect(refusal(m, 'teacher', { type: 'setup', mode: 'guided', secret: 'x' }).message).toMatch(/field \("secret"\)/);
  });
});

describe('rights of reply still owed', () => {
  it('are listed for the President, asked for or not, and the President may give any of them the floor', () => {
    let m = throughTheList(classOfThree());
    expect(m.stage).toBe('replies');
    const owed = sharedView(scenario, m).owed;
    expect(owed.length).toBeGreaterThanOrEqual(2);
    expect(m.replyRequests).toEqual([]);
    // Nobody has asked: the President gives the floor to the first owed a reply all the same.
    m = send(m, 'teacher', { type: 'grantReply', seat: owed[0], seen: m.turn });
    expect(m.waitingFor).toBe(owed[0]);
    // Sent twice, from a screen that saw the old turn; another while one is replying; from a student; for a seat no student holds.
    expect(refusal(m, 'teacher', { type: 'grantReply', seat: owed[0], seen: m.turn - 1 }).code).toBe('stale');
    expect(refusal(m, 'teacher', { type: 'grantReply', seat: owed[1], seen: m.turn }).code).toBe('wrong-moment');
    expect(refusal(m, 'ben', { type: 'grantReply', seat: owed[1], seen: m.turn }).code).toBe('not-chair');
    m = send(m, HOLDERS[owed[0] as keyof typeof HOLDERS], { type: 'reply', option: repliesFor(scenario, owed[0]!)[0]!.id });
    expect(refusal(m, 'teacher', { type: 'grantReply', seat: 'CHN', seen: m.turn }).code).toBe('unknown');
    expect(refusal(m, 'teacher', { type: 'grantReply', seat: owed[0], seen: m.turn }).code).toBe('wrong-moment');
  });

  it('closing on one makes the computer reply for that seat, said to be a stand-in, and the student is told', () => {
    let m = throughTheList(classOfThree());
    const owed = sharedView(scenario, m).owed;
    m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
    expect(m.stage).toBe('over');
    const view = sharedView(scenario, m);
    expect(view.owed).toEqual([]);
    expect(view.standIns.sort()).toEqual([...owed].sort());
    for (const seat of owed) expect(m.games[seat]!.applied).toContain(repliesFor(scenario, seat)[0]!.id);
  });

  it('an answer said by a seat a student holds is marked as the computer standing in', () => {
    let m = throughTheList(classOfThree());
    // The United States replies sharply to its attackers, among them Russia, whom Ben holds: Russia answers in the United States' game.
    expect(m.games.USA!.attackedBy).toContain('RUS');
    m = send(m, 'teacher', { type: 'grantReply', seat: 'USA', seen: m.turn });
    m = send(m, 'ana', { type: 'reply', option: repliesFor(scenario, 'USA').find((o) => o.answers)!.id });
    const answers = sharedView(scenario, m).answers;
    const byStudents = answers.filter((a) => ['USA', 'RUS', 'KOR'].includes(a.speaker));
    expect(byStudents.length).toBeGreaterThan(0);
    for (const a of answers) expect(!!a.standIn).toBe(['USA', 'RUS', 'KOR'].includes(a.speaker));
  });

  it('the President sees who is back in a moment: a dropped line shows away at once, the seat still held', () => {
    const m = classOfThree();
    const seats = sharedView(scenario, m, new Set(['ben'])).seats;
    expect(seats.find((x) => x.seat === 'RUS')).toMatchObject({ connected: false, returning: true });
    expect(seats.find((x) => x.seat === 'USA')).toMatchObject({ connected: true });
    expect(m.seats.RUS!.connected).toBe(true);
  });

  it('at the end, the results list every student seat with its outcome, objectives and red lines', () => {
    let m = throughTheList(classOfThree());
    expect(viewFor(scenario, m, 'teacher').results).toEqual([]);
    m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
    const results = viewFor(scenario, m, 'teacher').results;
    expect(results.map((r) => r.seat).sort()).toEqual(['KOR', 'RUS', 'USA']);
    for (const r of results) {
      expect(scenario.outcomes.map((o) => o.title)).toContain(r.outcome);
      expect(r.objectivesMet).toBeLessThanOrEqual(r.objectives);
    }
  });
});
