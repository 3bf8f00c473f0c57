/**
 * The class server against hostile and careless students: each way a class was once taken down,
 * locked, guessed, flooded or lost, tried again on a real server. Addresses are simulated with
 * X-Forwarded-For (the door trusts it only when told to, as behind a school's proxy).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchMaker, type Server } from '@colyseus/core';
import { Client, type Room } from 'colyseus.js';
import { loadScenarioText, topicsFor } from '../../src/engine';
import { joinClass } from '../../src/live/connection';
import type { LineStatus } from '../../src/live/connection';
import type { MeetingView } from '../../src/live/view';
import { createClassServer, openClass } from '../../server/app';
import type { CouncilRoom } from '../../server/councilRoom';
import { holderOf } from '../../server/keys';
import { fileStore } from '../../server/store';
import { watch } from '../support/liveViews';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario = loaded.scenario;
const store = fileStore(mkdtempSync(join(tmpdir(), 'ttf-gate-')));
const key = (who: string) => `gate-key-of-${who}-0123456789`;
const setupOf = (code: string, chair = 'teacher') => ({ code, seed: 3, mode: 'standard' as const, chair: holderOf(key(chair)), chairName: 'Ms Rivera', secret: 's'.repeat(43) });

let server: Server;
let endpoint = '';

beforeAll(async () => {
  server = createClassServer({
    scenario, store,
    limits: { graceSeconds: 1, idleSeconds: 1, finishedSeconds: 1, reservationSeconds: 15, messagesPerSecond: 20, seatsPerClass: 6 },
    gate: { trustProxy: true, placesPerAddress: 40, wrongCodesPerMinute: 20, createsPerHour: 2 },
  });
  await server.listen(0, '127.0.0.1');
  endpoint = `http://127.0.0.1:${(server.transport.server as unknown as { address(): { port: number } }).address().port}`;
});
afterAll(async () => { await server.gracefullyShutdown(false).catch(() => {}); });

/** A browser on a given network address. */
function browserAt(address: string): Client {
  const client = new Client(endpoint);
  (client as unknown as { http: { headers: Record<string, string> } }).http.headers['X-Forwarded-For'] = address;
  return client;
}

/** A bare matchmaking request, as a script would send it: the place it reserves is never used. */
async function post(path: string, address: string, body: unknown = {}) {
  const res = await fetch(`${endpoint}/matchmake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) as { error?: string } | null };
}

const roomOf = (code: string) => matchMaker.getLocalRoomById(code) as unknown as CouncilRoom;

describe('the door of the class server', () => {
  it('opens a class only with its code: join and joinOrCreate are closed', async () => {
    await openClass(setupOf('DDDDDDDDD'));
    for (const way of ['join/council', 'joinOrCreate/council']) {
      const answer = await post(way, '203.0.113.1', { key: key('x') });
      expect(answer).toMatchObject({ status: 403, body: { error: 'A class meeting is entered with its class code.' } });
    }
    await expect(browserAt('203.0.113.1').join('council', { key: key('x') })).rejects.toMatchObject({ code: 403 });
  });

  it('lets one address hold only so many places: 80 requests hold at most 40, and the class still opens to others', async () => {
    await openClass({ ...setupOf('EEEEEEEEE'), code: 'EEEEEEEEE' });
    roomOf('EEEEEEEEE').maxClients = 120;
    const answers = await Promise.all(Array.from({ length: 80 }, () => post('joinById/EEEEEEEEE', '203.0.113.2', { key: key('lock') })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(40);
    expect(answers.find((a) => a.status === 429)?.body?.error).toMatch(/Too many people are joining from this network at once/);
    const ana = await browserAt('198.51.100.7').joinById('EEEEEEEEE', { key: key('ana') });
    expect((await watch(ana).next(() => true)).code).toBe('EEEEEEEEE');
    await ana.leave();
  });

  it('says a full class is full, not that its code is unknown', async () => {
    await openClass(setupOf('FFFFFFFFF'));
    const rooms: Room[] = [];
    for (let i = 0; i < 6; i++) rooms.push(await browserAt(`192.0.2.${i}`).joinById('FFFFFFFFF', { key: key(`s${i}`) }));
    await expect(browserAt('192.0.2.99').joinById('FFFFFFFFF', { key: key('late') })).rejects.toMatchObject({ code: 409, message: 'The class FFF-FFF-FFF is full: ask your teacher.' });
    for (const r of rooms) await r.leave();
  });

  it('stops an address guessing codes after 20 wrong ones in a minute, even with the right code; others are not stopped', async () => {
    await openClass(setupOf('GGGGGGGGG'));
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(`joinById/${'HJKMNPQRS'.slice(0, 8)}${'ABCDEFGHJKMNPQRSTVWXY'[i]}`, '203.0.113.3', { key: key('guess') })));
    expect(guesses.every((g) => g.status === 404)).toBe(true);
    expect(guesses[0]!.body!.error).toMatch(/^No class meeting has the code [A-Z]{3}-[A-Z]{3}-[A-Z]{3}\.$/);
    const blocked = await post('joinById/GGGGGGGGG', '203.0.113.3', { key: key('guess') });
    expect(blocked).toMatchObject({ status: 429, body: { error: expect.stringMatching(/Too many wrong class codes/) } });
    expect((await post('joinById/GGGGGGGGG', '203.0.113.4', { key: key('other') })).status).toBe(200);
  });

  it('limits the classes one address creates, with a plain answer', async () => {
    const made: Room[] = [];
    for (let i = 0; i < 2; i++) made.push(await browserAt('203.0.113.5').create('council', { key: key(`maker${i}`), chairName: 'Mx Maker' }));
    for (const r of made) expect(r.roomId).toMatch(/^[ABCDEFGHJKMNPQRSTVWXYZ]{9}$/);
    await expect(browserAt('203.0.113.5').create('council', { key: key('maker3') })).rejects.toMatchObject({ code: 429, message: expect.stringMatching(/created 2 classes in the last hour/) });
    for (const r of made) await r.leave();
  });

  it('refuses a request body far longer than any join', async () => {
    expect((await post('joinById/GGGGGGGGG', '203.0.113.6', { key: key('x'), junk: 'x'.repeat(10_000) })).status).toBe(413);
  });
});

describe('a class that survives its students', () => {
  it('refuses an input that faults in the rules, and the room, its class and the others go on', async () => {
    await openClass(setupOf('JJJJJJJJJ'));
    await openClass(setupOf('KKKKKKKKK'));
    const chair = await browserAt('198.51.100.1').joinById('JJJJJJJJJ', { key: key('teacher') });
    const eve = await browserAt('198.51.100.2').joinById('JJJJJJJJJ', { key: key('eve') });
    const other = await browserAt('198.51.100.3').joinById('KKKKKKKKK', { key: key('teacher') });
    watch(chair); watch(eve); watch(other);
    eve.send('claim', { seat: 'MLT', name: 'Eve' });
    await watch(eve).next((v) => v.you?.seat === 'MLT');
    chair.send('open', {});
    let v = await watch(chair).next((x) => x.stage === 'meeting');
    chair.send('giveFloor', { seen: v.turn });
    v = await watch(eve).next((x) => x.waitingFor === 'MLT');
    // A game left in a state the rules cannot play on, as a bug in the engine would leave it.
    const room = roomOf('JJJJJJJJJ');
    room.meeting = { ...room.meeting, games: { ...room.meeting.games, MLT: { ...room.meeting.games.MLT!, phase: 'outcome' } } };
    const refused = new Promise<{ code: string }>((resolve) => eve.onMessage('refused', resolve));
    eve.send('deliver', { seen: v.turn });
    expect((await refused).code).toBe('fault');
    // The same class still takes what does not touch the broken game: a latecomer takes a seat.
    const dan = await browserAt('198.51.100.9').joinById('JJJJJJJJJ', { key: key('dan') });
    dan.send('claim', { seat: 'CHN', name: 'Dan' });
    expect((await watch(dan).next((x) => x.you?.seat === 'CHN')).seats).toHaveLength(2);
    other.send('open', {});
    expect((await watch(other).next((x) => x.stage === 'meeting')).stage).toBe('meeting');
    for (const r of [chair, eve, other, dan]) await r.leave();
  });

  it('tells a flooding student, disconnects one that keeps flooding, and keeps the others\' meeting moving', async () => {
    await openClass(setupOf('MMMMMMMMM'));
    const chair = await browserAt('198.51.100.4').joinById('MMMMMMMMM', { key: key('teacher') });
    const flooder = await browserAt('198.51.100.5').joinById('MMMMMMMMM', { key: key('flood') });
    watch(chair); watch(flooder);
    flooder.send('claim', { seat: 'SVN', name: 'Flo' });
    await watch(flooder).next((x) => x.you?.seat === 'SVN');
    const told = new Promise<{ code: string; message: string }>((resolve) => flooder.onMessage('refused', (e) => { if (e.code === 'flood') resolve(e); }));
    const closed = new Promise<number>((resolve) => flooder.onLeave(resolve));
    const topic = topicsFor(scenario, 'SVN')[0]!;
    for (let i = 0; i < 1000; i++) flooder.send('pick', { topic: topic.topic.id, option: topic.options[i % topic.options.length]!.id });
    expect(await told).toMatchObject({ message: expect.stringMatching(/faster than the meeting can take \(20 a second\)/) });
    expect(await closed).toBe(4429);
    // At most the budget's burst of the flood was recorded.
    expect(roomOf('MMMMMMMMM').meeting.recordedFrom[holderOf(key('flood'))]).toBeLessThanOrEqual(42);
    chair.send('open', {});
    expect((await watch(chair).next((x) => x.stage === 'meeting')).stage).toBe('meeting');
    await chair.leave();
  });

  it('lets an idle class go, and opens it again from its file when a student comes back to the same seat', async () => {
    await openClass(setupOf('NNNNNNNNN'));
    const ana = await browserAt('198.51.100.6').joinById('NNNNNNNNN', { key: key('ana') });
    watch(ana).next(() => true);
    ana.send('claim', { seat: 'CHE', name: 'Ana' });
    await watch(ana).next((x) => x.you?.seat === 'CHE');
    await ana.leave();
    await expect.poll(async () => (await matchMaker.query({ roomId: 'NNNNNNNNN' })).length, { timeout: 8000, interval: 200 }).toBe(0);
    const back = await browserAt('198.51.100.6').joinById('NNNNNNNNN', { key: key('ana') });
    expect((await watch(back).next((x) => x.you !== null)).you?.seat).toBe('CHE');
    await back.leave();
  });

  it('brings the page back to its seat after a close it did not ask for (a class let go, a server restarting)', async () => {
    await openClass(setupOf('PPPPPPPPP'));
    const statuses: LineStatus[] = [];
    let last: MeetingView | null = null;
    const line = await joinClass(endpoint, 'PPPPPPPPP', key('ben'), { view: (v) => { last = v; }, refused: () => {}, status: (s) => statuses.push(s) });
    line.send('claim', { seat: 'GUY', name: 'Ben' });
    await expect.poll(() => last?.you?.seat, { timeout: 5000 }).toBe('GUY');
    // The room goes away under the page (code 4000, as at a server's shutdown).
    await roomOf('PPPPPPPPP').disconnect();
    await expect.poll(() => statuses.includes('reconnecting'), { timeout: 5000, interval: 50 }).toBe(true);
    await expect.poll(() => statuses.at(-1), { timeout: 15_000, interval: 100 }).toBe('connected');
    last = null;
    line.send('look');
    await expect.poll(() => last?.you?.seat, { timeout: 5000 }).toBe('GUY');
    await line.close();
  }, 30_000);
});
