/** A live meeting played through its rules, as a class would: a President, three students, the computer in every other seat. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, loadScenarioText, repliesFor, replayRun, runOf, type Scenario } from '../../src/engine';
import { applyInput, createMeeting, nextSpeaker, replayMeeting } from '../../src/live/meeting';
import { HOLDERS, classOfThree, inputsOf, refusal, scenario, send, setup, untilStudent } from '../support/classMeeting';
import type { LiveInput, LiveMeeting } from '../../src/live/types';
import { signRunCode } from '../../src/live/signature';
import { viewFor } from '../../src/live/view';

function toTheEnd(m: LiveMeeting, holders: Record<string, string>): LiveMeeting {
  for (let i = 0; i < 100 && m.stage !== 'over'; i++) {
    m = untilStudent(m);
    if (m.waitingFor && m.stage === 'meeting') m = send(m, holders[m.waitingFor]!, { type: 'deliver', seen: m.turn });
    else if (m.stage === 'replies') m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
  }
  return m;
}


describe('a live meeting', () => {
  it('opens with a game for each student, all hearing the President\'s chosen opening', () => {
    const m = classOfThree();
    expect(Object.keys(m.games).sort()).toEqual(['KOR', 'RUS', 'USA']);
    for (const g of Object.values(m.games)) {
      expect(g.applied).toContain('chair-restraint');
      expect(g.log.some((e) => e.type === 'speech' && e.reaction === 'chair' && e.line === 'chair-restraint')).toBe(true);
    }
  });

  it('waits for a student whose delegation has the floor, and has everyone else hear the statement delivered', () => {
    let m = untilStudent(classOfThree());
    expect(m.waitingFor).toBe('KOR');
    expect(m.games.KOR!.phase).toBe('playerTurn');
    m = send(m, 'chi', { type: 'deliver', seen: m.turn });
    const korText = scenario.topics.flatMap((t) => t.options).find((o) => o.id === 'kor-deployment-unprecedented')!.text;
    for (const seat of ['USA', 'RUS']) {
      const heard = m.games[seat]!.log.find((e) => e.type === 'speech' && e.speaker === 'KOR');
      expect(heard, seat).toMatchObject({ reaction: 'heard' });
      expect(heard!.type === 'speech' && heard!.text).toContain(korText);
    }
    expect(m.games.KOR!.log.some((e) => e.type === 'statement')).toBe(true);
  });

  it('counts a later student\'s statement that names you as an attack in your game', () => {
    const m = toTheEnd(classOfThree(), HOLDERS);
    // Russia speaks after the United States and named it ("even if" targets the US).
    expect(m.games.USA!.attackedBy).toContain('RUS');
    expect(m.games.USA!.log.some((e) => e.type === 'attacked' && e.by === 'RUS')).toBe(true);
  });

  it('plays to the end: every student\'s game reaches an outcome, and the computer spoke for every other seat', () => {
    const m = toTheEnd(classOfThree(), HOLDERS);
    expect(m.stage).toBe('over');
    for (const g of Object.values(m.games)) {
      expect(g.phase).toBe('outcome');
      expect(g.result).not.toBeNull();
    }
    const spoken = m.floor.filter((f) => f.kind === 'speech').map((f) => (f.kind === 'speech' ? f.seat : ''));
    expect(spoken).toEqual([...scenario.speakersList.members, ...scenario.speakersList.rule37]);
    expect(m.floor.filter((f) => f.kind === 'speech' && f.statement).map((f) => (f.kind === 'speech' ? f.seat : ''))).toEqual(['KOR', 'USA', 'RUS']);
  });

  it('gives each student a run code that replays their game, with what they heard, to the same result', async () => {
    const m = toTheEnd(classOfThree(), HOLDERS);
    for (const [seat, game] of Object.entries(m.games)) {
      const unsigned = encodeRun(scenario, runOf(scenario, game, seat));
      // What a student heard is only taken from a code the class server signed.
      expect(decodeRun(scenario, unsigned).ok).toBe(false);
      const code = await signRunCode(unsigned, 'KQTMKQTMK', 'c'.repeat(43));
      const decoded = decodeRun(scenario, code);
      expect(decoded.ok, seat).toBe(true);
      if (!decoded.ok) continue;
      expect(Object.keys(decoded.run.heard!.statements).sort()).toEqual(['KOR', 'RUS', 'USA'].filter((x) => x !== seat));
      expect(decoded.run.heard!.opening).toBe('chair-restraint');
      const replay = replayRun(scenario, decoded.run);
      expect(replay.ok, seat).toBe(true);
      if (!replay.ok) continue;
      expect(replay.state.result).toEqual(game.result);
      expect(replay.state.meters).toEqual(game.meters);
      expect(replay.state.attackedBy).toEqual(game.attackedBy);
    }
  });

  it('keeps drafts private: a student\'s picks are in the meeting only as that student\'s draft', () => {
    const m = classOfThree();
    expect(m.drafts.RUS!.picks).toEqual({ deployment: 'rus-deployment-evenif' });
    expect(m.games.USA!.log.some((e) => JSON.stringify(e).includes('rus-deployment-evenif'))).toBe(false);
  });

  it('is rebuilt exactly from its inputs, as a restarted server does', () => {
    const m = toTheEnd(classOfThree(), HOLDERS);
    const again = replayMeeting(scenario, setup, inputsOf(m));
    expect(again).toEqual({ meeting: m, skipped: 0 });
    const half = replayMeeting(scenario, setup, inputsOf(m).slice(0, 20));
    expect(half.meeting.recorded).toBe(20);
  });
});

describe('a live meeting refuses, and changes nothing', () => {
  it.each([
    ['a student giving the floor', 'ana', (m: LiveMeeting) => ({ type: 'giveFloor', seen: m.turn }), 'not-chair'],
    ['a move made on a screen drawn before the last one', 'teacher', (m: LiveMeeting) => ({ type: 'giveFloor', seen: m.turn - 1 }), 'stale'],
    ['a delivery when another delegation has the floor', 'ana', (m: LiveMeeting) => ({ type: 'deliver', seen: m.turn }), 'not-yours'],
    ['a message that says it comes from someone else', 'ana', (m: LiveMeeting) => ({ type: 'deliver', seen: m.turn, from: 'chi' }), 'not-yours'],
    ['a message naming a seat the sender does not hold', 'ana', (m: LiveMeeting) => ({ type: 'deliver', seen: m.turn, seat: 'KOR' }), 'refused'],
    ['a browser claiming to be the server', 'ana', () => ({ type: 'away' }), 'refused'],
    ['a seat someone else holds', 'dan', () => ({ type: 'claim', seat: 'USA', name: 'Dan' }), 'taken'],
    ['a seat that is not at the table', 'dan', () => ({ type: 'claim', seat: 'UKR', name: 'Dan' }), 'unknown'],
    ['an option from another delegation\'s menu', 'ana', () => ({ type: 'pick', topic: 'deployment', option: 'rus-deployment-evenif' }), 'unknown'],
    ['a message of no known kind', 'ana', () => ({ type: 'constructor' }), 'refused'],
    ['not a message at all', 'ana', () => 'deliver', 'refused'],
  ])('%s', (_, from, request, code) => {
    const m = untilStudent(classOfThree());
    const error = refusal(m, from, request(m));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^[A-Z].*[.!]$/);
  });
});

/** The speakers' list run to its end, every student delivering: the meeting at its replies. */
function atTheReplies(): LiveMeeting {
  let m = classOfThree();
  for (let i = 0; i < 100 && m.stage === 'meeting'; i++) {
    m = untilStudent(m);
    if (m.waitingFor) m = send(m, HOLDERS[m.waitingFor as keyof typeof HOLDERS], { type: 'deliver', seen: m.turn });
  }
  expect(m.stage).toBe('replies');
  return m;
}

describe('accusations made before a student spoke', () => {
  it('earn that student a right of reply naming the accusers; others, a second request and a forged seat are refused', () => {
    // The United Kingdom (computer) names Russia before Ben, who holds Russia, has spoken.
    let m = atTheReplies();
    expect(m.games.RUS!.attackedBy).toContain('GBR');
    expect(m.games.RUS!.phase).toBe('rightOfReply');
    m = send(m, 'ben', { type: 'requestReply' });
    expect(inputsOf(m).filter((i) => i.type === 'requestReply')).toHaveLength(1);
    expect(applyInput(scenario, m, { type: 'requestReply' }, 'ben').ok).toBe(true); // asked again: nothing changes
    expect(refusal(m, 'teacher', { type: 'grantReply', seat: 'CHN', seen: m.turn }).code).toBe('unknown');
    expect(refusal(m, 'stranger', { type: 'requestReply' }).code).toBe('not-yours');
    expect(refusal(m, 'chi', { type: 'reply', option: repliesFor(scenario, 'RUS')[0]!.id }).code).toBe('not-yours');
    m = send(m, 'teacher', { type: 'grantReply', seat: 'RUS', seen: m.turn });
    expect(refusal(m, 'ben', { type: 'reply', option: repliesFor(scenario, 'USA')[0]!.id }).code).toBe('unknown');
    m = send(m, 'ben', { type: 'reply', option: 'rus-reply-visit' });
    const reply = m.games.RUS!.log.find((e) => e.type === 'speech' && e.reaction === 'reply');
    expect(reply).toMatchObject({ text: expect.stringMatching(/the United Kingdom/) });
  });
});

describe('what once threw, now refused with the meeting kept', () => {
  it('a student given the floor for a reply who sends their statement instead', () => {
    let m = atTheReplies();
    m = send(m, 'ana', { type: 'requestReply' });
    m = send(m, 'teacher', { type: 'grantReply', seat: 'USA', seen: m.turn });
    const error = refusal(m, 'ana', { type: 'deliver', seen: m.turn });
    expect(error).toMatchObject({ code: 'wrong-moment', message: expect.stringMatching(/floor is yours for a reply/) });
    m = send(m, 'ana', { type: 'reply', option: repliesFor(scenario, 'USA')[0]!.id });
    expect(m.games.USA!.phase).toBe('outcome');
  });

  it('a reply asked for twice and granted twice: the second grant and a second reply are refused', () => {
    let m = atTheReplies();
    m = send(m, 'ana', { type: 'requestReply' });
    m = send(m, 'teacher', { type: 'grantReply', seat: 'USA', seen: m.turn });
    expect(refusal(m, 'ana', { type: 'requestReply' }).code).toBe('wrong-moment');
    m = send(m, 'ana', { type: 'reply', option: repliesFor(scenario, 'USA')[0]!.id });
    expect(m.replyRequests).not.toContain('USA');
    expect(refusal(m, 'ana', { type: 'requestReply' }).code).toBe('wrong-moment');
    expect(refusal(m, 'ana', { type: 'reply', option: repliesFor(scenario, 'USA')[0]!.id }).code).toBe('not-yours');
  });

  it('a fault inside the rules refuses that input and leaves the meeting as it was', () => {
    const m = untilStudent(classOfThree());
    // A game whose state the rules cannot play on (as a bug in the engine would leave it).
    const broken = { ...m, games: { ...m.games, KOR: { ...m.games.KOR!, phase: 'outcome' as const } } };
    const step = applyInput(scenario, broken, { type: 'deliver', seen: m.turn }, 'chi');
    expect(step).toMatchObject({ ok: false, error: { code: 'fault' } });
    expect(broken.waitingFor).toBe('KOR');
  });

  it('an input that changes nothing is neither counted nor kept', () => {
    const m = classOfThree();
    const step = applyInput(scenario, m, { type: 'back' }, 'ana', 'server');
    expect(step).toMatchObject({ ok: true, changed: false });
    expect(step.ok && step.meeting).toBe(m);
  });

  it('one student cannot spend the class\'s record: past the cap their changes are refused, the floor still moves', () => {
    let m = classOfThree();
    m = { ...m, recordedFrom: { ...m.recordedFrom, ben: 600 } };
    expect(refusal(m, 'ben', { type: 'closing', text: 'Again.' })).toMatchObject({ code: 'full', message: expect.stringMatching(/600 changes/) });
    m = send(m, 'ana', { type: 'closing', text: 'Still fine.' });
    m = { ...m, recorded: 10_000 };
    expect(refusal(m, 'ana', { type: 'closing', text: 'Now full.' }).code).toBe('full');
    expect(toTheEnd(m, HOLDERS).stage).toBe('over');
  });
});

describe('faults in a live meeting', () => {
  it('a student who drops keeps the seat; if the floor comes, the computer stands in with their draft as it stands', () => {
    let m = classOfThree();
    m = send(m, 'ben', { type: 'away' }, 'server');
    expect(m.seats.RUS).toMatchObject({ holder: 'ben', connected: false });
    m = toTheEnd(m, HOLDERS);
    const russia = m.floor.find((f) => f.kind === 'speech' && f.seat === 'RUS');
    expect(russia).toMatchObject({ statement: { options: ['rus-deployment-evenif'], closing: 'We will not be lectured.' } });
    m = send(m, 'ben', { type: 'back' }, 'server');
    expect(m.seats.RUS!.connected).toBe(true);
    expect(m.games.RUS!.phase).toBe('outcome');
  });

  it('a student who comes back before the floor does delivers in person', () => {
    let m = classOfThree();
    m = send(m, 'chi', { type: 'away' }, 'server');
    m = send(m, 'chi', { type: 'back' }, 'server');
    m = untilStudent(m);
    expect(m.waitingFor).toBe('KOR');
  });

  it('the President moves on from a student who has gone quiet: the draft is delivered for them', () => {
    let m = untilStudent(classOfThree());
    m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
    expect(m.waitingFor).toBeNull();
    expect(m.floor.at(-1)).toMatchObject({ kind: 'speech', seat: 'KOR', statement: { options: ['kor-deployment-unprecedented'] } });
  });

  it('a President whose browser has gone can be replaced by a seated student; a present one cannot', () => {
    let m = classOfThree();
    expect(refusal(m, 'ana', { type: 'handChair', to: 'USA' }).code).toBe('not-chair');
    m = send(m, 'teacher', { type: 'away' }, 'server');
    m = send(m, 'ana', { type: 'handChair', to: 'USA' });
    expect(m.chair).toBe('ana');
    expect(m.chairName).toBe('Ana');
    m = send(m, 'ana', { type: 'giveFloor', seen: m.turn });
    expect(m.floor.length).toBeGreaterThan(1);
  });

  it('a President hands the chair to a seated student, who then runs the floor', () => {
    let m = send(classOfThree(), 'teacher', { type: 'handChair', to: 'KOR' });
    expect(m.chair).toBe('chi');
    expect(refusal(m, 'teacher', { type: 'giveFloor', seen: m.turn }).code).toBe('not-chair');
    m = send(m, 'chi', { type: 'giveFloor', seen: m.turn });
    expect(m.floor.length).toBe(2);
  });

  it('shows every student how the room answered the others, and no one another student\'s draft', () => {
    const m = toTheEnd(classOfThree(), HOLDERS);
    const forAna = viewFor(scenario, m, 'ana');
    expect(forAna.answers.some((a) => a.to === 'RUS')).toBe(true);
    expect(forAna.answers.every((a) => ['USA', 'RUS', 'KOR'].includes(a.to))).toBe(true);
    const drafting = viewFor(scenario, classOfThree(), 'ana');
    expect(JSON.stringify(drafting)).not.toContain('rus-deployment-evenif');
    expect(drafting.you?.draft.picks).toEqual({ deployment: 'west-deployment-grave' });
  });

  it('a seat taken after the meeting opened catches up on everything said so far', () => {
    let m = untilStudent(classOfThree());
    m = send(m, 'chi', { type: 'deliver', seen: m.turn });
    m = send(m, 'dan', { type: 'claim', seat: 'CHN', name: 'Dan' });
    expect(m.games.CHN!.log.some((e) => e.type === 'speech' && e.speaker === 'KOR' && e.reaction === 'heard')).toBe(true);
    expect(refusal(m, 'eve', { type: 'claim', seat: 'MLT', name: 'Eve' }).code).toBe('wrong-moment');
  });

  it('grants rights of reply on request, and closes the meeting for anyone who did not ask', () => {
    let m = classOfThree();
    // A reply is for after the speakers' list, and for a delegation that was attacked.
    expect(refusal(m, 'ana', { type: 'requestReply' }).code).toBe('wrong-moment');
    for (let i = 0; i < 100 && m.stage === 'meeting'; i++) {
      m = untilStudent(m);
      if (m.waitingFor) m = send(m, HOLDERS[m.waitingFor as keyof typeof HOLDERS], { type: 'deliver', seen: m.turn });
    }
    expect(m.stage).toBe('replies');
    expect(m.games.USA!.phase).toBe('rightOfReply');
    expect(refusal(m, 'dan', { type: 'requestReply' }).code).toBe('not-yours');
    m = send(m, 'ana', { type: 'requestReply' });
    m = send(m, 'teacher', { type: 'grantReply', seat: 'USA', seen: m.turn });
    expect(m.waitingFor).toBe('USA');
    m = send(m, 'ana', { type: 'reply', option: repliesFor(scenario, 'USA')[0]!.id });
    expect(m.games.USA!.phase).toBe('outcome');
    expect(m.games.RUS!.phase).toBe('rightOfReply');
    m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
    expect(m.stage).toBe('over');
    expect(m.games.RUS!.phase).toBe('outcome');
    expect(nextSpeaker(scenario, m)).toBeNull();
  });
});
