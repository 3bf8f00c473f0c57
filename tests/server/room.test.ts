/**
 * The class room on a real Colyseus server (@colyseus/testing): browsers join with their keys, the
 * President runs the meeting, a forged message changes nothing, a dropped browser comes back to the
 * same seat, and a restarted server replays the meeting from what it kept.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import type { Room as ClientRoom } from 'colyseus.js';
import { decodeRun, loadScenarioText, topicsFor, type Scenario } from '../../src/engine';
import { verifyRunCode } from '../../src/live/signature';
import { replayMeeting } from '../../src/live/meeting';
import type { MeetingView } from '../../src/live/view';
import type { CouncilRoom } from '../../server/councilRoom';
import { createClassServer, openClass } from '../../server/app';
import { watch } from '../support/liveViews';
import { holderOf } from '../../server/keys';
import { memoryStore } from '../../server/store';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario: Scenario = loaded.scenario;
const store = memoryStore();
const key = (who: string) => `key-of-${who}-0123456789`;
const SECRET = 'c'.repeat(43);
const setup = { code: 'KQTMKQTMK', seed: 7, mode: 'standard' as const, chair: holderOf(key('teacher')), chairName: 'Ms Rivera', secret: SECRET };

let colyseus: ColyseusTestServer;

beforeAll(async () => { colyseus = await boot(createClassServer({ scenario, store, limits: { graceSeconds: 1 } })); });
afterAll(async () => { await colyseus.shutdown(); });

/** The first view the browser has or receives that passes the test. */
const viewWhere = (room: ClientRoom, test: (v: MeetingView) => boolean, ms = 5000) => watch(room).next(test, ms);

function refusedOnce(room: ClientRoom): Promise<{ code: string; message: string }> {
  return new Promise((resolve) => { const off = room.onMessage('refused', (e) => { off(); resolve(e); }); });
}

describe('the class room', () => {
  let server: CouncilRoom;
  const browsers: Record<string, ClientRoom> = {};

  beforeAll(async () => {
    await openClass(setup);
    server = colyseus.getRoomById('KQTMKQTMK') as unknown as CouncilRoom;
    for (const who of ['teacher', 'ana', 'ben', 'chi']) {
      const room = await colyseus.sdk.joinById('KQTMKQTMK', { key: key(who) });
      watch(room);
      browsers[who] = room;
    }
  });

  it('refuses a class code that does not exist, and a browser that does not say who it is', async () => {
    await expect(colyseus.sdk.joinById('ZZZZZZZZZ', { key: key('dan') })).rejects.toMatchObject({ code: 404, message: 'No class meeting has the code ZZZ-ZZZ-ZZZ.' });
    await expect(colyseus.sdk.joinById('KQTMKQTMK', {})).rejects.toThrow(/reload the page/);
  });

  it('lets a teacher\'s browser create a class with a fresh code, but never with a setup of its own', async () => {
    const room = await colyseus.sdk.create('council', { key: key('other'), chairName: 'Mr Okafor', code: 'KQTMKQTMK' }).catch((e: Error) => e);
    expect(room).toBeInstanceOf(Error);
    const own = await colyseus.sdk.create('council', { key: key('other'), chairName: 'Mr Okafor', setup: { chair: 'x', seed: 1 }, store: null });
    expect(own.roomId).toMatch(/^[ABCDEFGHJKMNPQRSTVWXYZ]{9}$/);
    expect(own.roomId).not.toBe('KQTMKQTMK');
    const view = await viewWhere(own, () => true);
    expect(view.chairName).toBe('Mr Okafor');
    await own.leave();
  });

  it('never writes over a kept meeting it cannot replay, and says why', async () => {
    const played = { format: 2, scenarioId: scenario.id, scenarioVersion: scenario.version };
    store.start({ ...setup, code: 'VVVVVVVVV' }, { ...played, scenarioVersion: scenario.version + 1 });
    store.append('VVVVVVVVV', { type: 'open', from: setup.chair });
    await expect(openClass({ ...setup, code: 'VVVVVVVVV' })).rejects.toThrow(/played with version \d+ of .*cannot be replayed exactly\. Its file is kept as it is\./);
    expect(store.load('VVVVVVVVV')).toMatchObject({ played: { scenarioVersion: scenario.version + 1 }, inputs: [{ type: 'open' }] });
    // A student coming back with that code is told the same, not that the code is unknown.
    await expect(colyseus.sdk.joinById('VVVVVVVVV', { key: key('ana') })).rejects.toMatchObject({ code: 404, message: expect.stringMatching(/cannot be replayed exactly/) });
    store.start({ ...setup, code: 'FFFFFFFFF' }, { ...played, format: 1 });
    await expect(openClass({ ...setup, code: 'FFFFFFFFF' })).rejects.toThrow(/kept by another version of the game \(format 1; this one keeps format 2\)/);
  });

  it('seats three students and shows the President who holds which seat', async () => {
    const seated = viewWhere(browsers.teacher!, (v) => v.seats.length === 3);
    browsers.ana!.send('claim', { seat: 'USA', name: 'Ana' });
    browsers.ben!.send('claim', { seat: 'RUS', name: 'Ben' });
    browsers.chi!.send('claim', { seat: 'KOR', name: 'Chi' });
    const v = await seated;
    expect(v.youPreside).toBe(true);
    expect(v.seats.map((s) => `${s.seat}:${s.name}`).sort()).toEqual(['KOR:Chi', 'RUS:Ben', 'USA:Ana']);
  });

  it('refuses a forged message and changes nothing', async () => {
    const before = server.meeting.recorded;
    const refused = refusedOnce(browsers.ana!);
    browsers.ana!.send('giveFloor', { seen: 0, from: key('teacher') });
    expect((await refused).code).toBe('not-yours');
    const notChair = refusedOnce(browsers.ana!);
    browsers.ana!.send('open', {});
    expect((await notChair).code).toBe('not-chair');
    expect(server.meeting.recorded).toBe(before);
  });

  it('keeps a student\'s draft private, and plays the meeting to the end with each student\'s outcome', async () => {
    const drafted = viewWhere(browsers.ben!, (v) => v.you?.draft.picks.deployment === 'rus-deployment-evenif');
    browsers.ben!.send('pick', { topic: 'deployment', option: 'rus-deployment-evenif' });
    await drafted;
    expect(JSON.stringify(watch(browsers.ana!).last())).not.toContain('rus-deployment-evenif');
    const opened = viewWhere(browsers.teacher!, (v) => v.stage === 'meeting');
    browsers.teacher!.send('open', { option: 'chair-standard' });
    await opened;
    const holders: Record<string, string> = { USA: 'ana', RUS: 'ben', KOR: 'chi' };
    for (let i = 0; i < 60 && server.meeting.stage !== 'over'; i++) {
      const turn = server.meeting.turn;
      const moved = viewWhere(browsers.teacher!, (v) => v.turn > turn);
      const m = server.meeting;
      if (m.waitingFor && m.stage === 'meeting') browsers[holders[m.waitingFor]!]!.send('deliver', { seen: m.turn });
      else browsers.teacher!.send('giveFloor', { seen: m.turn });
      await moved;
    }
    expect(server.meeting.stage).toBe('over');
    const ben = await viewWhere(browsers.ben!, (v) => v.stage === 'over' && v.you?.game?.phase === 'outcome');
    expect(ben.you?.game?.result).not.toBeNull();
    expect(ben.statements.map((s) => s.seat)).toEqual(['KOR', 'USA', 'RUS']);
  });

  it('gives each student their run code signed with the class secret, and the secret only to the President who set the class up', async () => {
    const ben = await viewWhere(browsers.ben!, (v) => !!v.runCode);
    expect(ben.classSecret).toBeNull();
    expect(await verifyRunCode(ben.runCode!, SECRET)).toBe(true);
    expect(await verifyRunCode(ben.runCode!, 'd'.repeat(43))).toBe(false);
    const decoded = decodeRun(scenario, ben.runCode!);
    expect(decoded.ok && decoded.run).toMatchObject({ seat: 'RUS', name: 'Ben' });
    expect((await viewWhere(browsers.teacher!, (v) => v.stage === 'over')).classSecret).toBe(SECRET);
  });

  it('lets a dropped browser back into the same seat within the grace period', async () => {
    const token = browsers.chi!.reconnectionToken;
    await browsers.chi!.leave(false);
    const back = await colyseus.sdk.reconnect(token);
    const seen = watch(back).fresh();
    back.send('look');
    const v = await seen;
    expect(v.you?.seat).toBe('KOR');
    expect(server.meeting.seats.KOR!.connected).toBe(true);
    browsers.chi = back;
  });

  it('marks a seat away when its browser does not come back in time, and back when it joins again', async () => {
    await browsers.ana!.leave(false);
    await new Promise((r) => setTimeout(r, 1600));
    expect(server.meeting.seats.USA!.connected).toBe(false);
    const again = await colyseus.sdk.joinById('KQTMKQTMK', { key: key('ana') });
    const v = await viewWhere(again, () => true);
    expect(v.you?.seat).toBe('USA');
    expect(server.meeting.seats.USA!.connected).toBe(true);
  });

  it('keeps every accepted input, and they replay to the same meeting, as a restarted server does', () => {
    const kept = store.load('KQTMKQTMK')!;
    expect(kept.inputs).toHaveLength(server.meeting.recorded);
    expect(replayMeeting(scenario, kept.setup, kept.inputs)).toEqual({ meeting: server.meeting, skipped: 0 });
    // Keys are never kept, only their hashes.
    expect(JSON.stringify(kept)).not.toContain(key('ana'));
    expect(JSON.stringify(kept)).not.toContain(key('teacher'));
  });
});

describe('a student dropped mid-turn', () => {
  it('comes back with the floor, the seat and the draft, and delivers', async () => {
    await openClass({ ...setup, code: 'MDTNMDTNM' });
    const room = colyseus.getRoomById('MDTNMDTNM') as unknown as CouncilRoom;
    const teacher = await colyseus.sdk.joinById('MDTNMDTNM', { key: key('teacher') });
    let student = await colyseus.sdk.joinById('MDTNMDTNM', { key: key('eve') });
    watch(teacher);
    watch(student);
    student.send('claim', { seat: 'MLT', name: 'Eve' });
    student.send('pick', { topic: 'deployment', option: topicsFor(scenario, 'MLT')[0]!.options[0]!.id });
    await viewWhere(student, (v) => Object.keys(v.you?.draft.picks ?? {}).length === 1);
    teacher.send('open', {});
    await viewWhere(teacher, (v) => v.stage === 'meeting');
    teacher.send('giveFloor', { seen: room.meeting.turn });
    await viewWhere(student, (v) => v.waitingFor === 'MLT');
    // The Wi-Fi drops while Malta has the floor; the page comes back with its reconnection token.
    const token = student.reconnectionToken;
    student.connection.close();
    await new Promise((r) => setTimeout(r, 200));
    student = await colyseus.sdk.reconnect(token);
    const seen = watch(student).fresh();
    student.send('look');
    const back = await seen;
    expect(back.waitingFor).toBe('MLT');
    expect(back.you?.seat).toBe('MLT');
    expect(Object.keys(back.you!.draft.picks)).toEqual(['deployment']);
    expect(room.meeting.seats.MLT!.connected).toBe(true);
    const delivered = viewWhere(student, (v) => v.statements.some((s) => s.seat === 'MLT'));
    student.send('deliver', { seen: back.turn });
    expect((await delivered).waitingFor).toBeNull();
  });
});
