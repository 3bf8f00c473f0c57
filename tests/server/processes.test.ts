/**
 * Two class-server processes on one Redis (Colyseus' Redis presence and driver, and the meetings
 * kept there), as a school or a conference would run them: the class is created through one process,
 * students find it through either, and the meeting is played to the end; and when the process
 * holding a meeting is killed mid-meeting, the other reopens it from Redis and it is finished there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Room } from 'colyseus.js';
import { Redis } from 'ioredis';
import { findRedis } from '../../tools/redis.mjs';
import { watch } from '../support/liveViews';

const children: ChildProcess[] = [];
/** The class-server processes, by port. */
const servers = new Map<number, ChildProcess>();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const a = s.address(); s.close(() => resolve(typeof a === 'object' && a ? a.port : 0)); });
  });
}

function start(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${out}`)), 30_000);
    const look = (chunk: Buffer) => { out += chunk; if (ready.test(out)) { clearTimeout(timer); resolve(child); } };
    child.stdout!.on('data', look);
    child.stderr!.on('data', (chunk: Buffer) => { out += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${command} exited (${code}):\n${out}`)); });
  });
}

let redisUrl = process.env.REDIS_URL ?? '';
const ports: number[] = [];

beforeAll(async () => {
  if (!redisUrl) {
    const redis = findRedis();
    if (!redis) throw new Error('No redis-server found: run node tools/redis.mjs (npm test does).');
    const port = await freePort();
    await start(redis, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    ports.push(port);
    // Each its own folder: what one process keeps, the other can only find in Redis.
    const keep = mkdtempSync(join(tmpdir(), 'ttf-keep-'));
    // One process each (no tsx wrapper), so that stopping it stops the server.
    servers.set(port, await start(process.execPath, ['--import', 'tsx', 'server/process.ts'], {
      PORT: String(port), HOST: '127.0.0.1', PUBLIC_ADDRESS: `127.0.0.1:${port}`, REDIS_URL: redisUrl, KEEP_DIR: keep, DIST: join(keep, 'no-site'),
    }, /class server listening/));
  }
}, 90_000);

/** Stops a process and waits until it has ended. */
const ended = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
  setTimeout(() => { child.kill('SIGKILL'); }, 5000).unref();
});

afterAll(async () => {
  // The class servers first (their shutdown uses Redis), then Redis: nothing is left running.
  await Promise.all([...servers.values()].map(ended));
  await Promise.all(children.filter((c) => ![...servers.values()].includes(c)).map(ended));
}, 20_000);

const key = (who: string) => `two-process-${who}-0123456789`;

const views = watch;

describe('two class-server processes sharing a Redis', () => {
  it('plays one meeting whose seats found it through different processes', async () => {
    const [a, b] = ports.map((p) => new Client(`http://127.0.0.1:${p}`));
    const chairRoom = await b!.create('council', { key: key('teacher'), chairName: 'Ms Rivera' });
    const code = chairRoom.roomId;
    const chair = views(chairRoom);
    const students: Record<string, { room: Room; views: ReturnType<typeof views> }> = {};
    for (const [who, seat, via] of [['ana', 'USA', a], ['ben', 'RUS', b], ['chi', 'KOR', a]] as const) {
      const room = await via!.joinById(code, { key: key(who) });
      expect(room.roomId).toBe(code);
      students[seat] = { room, views: views(room) };
      room.send('claim', { seat, name: who });
    }
    const seated = await chair.next((v) => v.seats.length === 3);
    expect(seated.seats.map((s) => s.seat).sort()).toEqual(['KOR', 'RUS', 'USA']);
    chairRoom.send('open', {});
    let v = await chair.next((x) => x.stage === 'meeting');
    for (let i = 0; i < 60 && v.stage !== 'over'; i++) {
      const turn = v.turn;
      if (v.waitingFor && v.stage === 'meeting') students[v.waitingFor]!.room.send('deliver', { seen: v.turn });
      else chairRoom.send('giveFloor', { seen: v.turn });
      v = await chair.next((x) => x.turn > turn);
    }
    expect(v.stage).toBe('over');
    expect(v.statements.map((s) => s.seat)).toEqual(['KOR', 'USA', 'RUS']);
    for (const seat of ['USA', 'RUS', 'KOR']) {
      const mine = await students[seat]!.views.next((x) => x.stage === 'over' && x.you?.game?.phase === 'outcome');
      expect(mine.you?.game?.result, seat).toBeTruthy();
    }
    for (const s of Object.values(students)) await s.room.leave();
    await chairRoom.leave();
  }, 60_000);

  it('reopens a meeting through the other process when the one holding it is killed mid-meeting, and finishes it there', async () => {
    const [a, b] = ports.map((p) => new Client(`http://127.0.0.1:${p}`));
    const chairRoom = await a!.create('council', { key: key('kill-teacher'), chairName: 'Mr Obi' });
    const code = chairRoom.roomId;
    let chair = watch(chairRoom);
    const students: Record<string, Room> = {};
    for (const [who, seat] of [['dan', 'USA'], ['eve', 'KOR']] as const) {
      students[seat] = await b!.joinById(code, { key: key(who) });
      watch(students[seat]!);
      students[seat]!.send('claim', { seat, name: who });
    }
    await chair.next((v) => v.seats.length === 2);
    students.USA!.send('pick', { topic: 'deployment', option: 'west-deployment-grave' });
    await watch(students.USA!).next((v) => v.you?.draft.picks.deployment === 'west-deployment-grave');
    chairRoom.send('open', {});
    let v = await chair.next((x) => x.stage === 'meeting');
    for (let i = 0; i < 5; i++) { const turn = v.turn; chairRoom.send('giveFloor', { seen: turn }); v = await chair.next((x) => x.turn > turn); }
    const before = { turn: v.turn, spoken: v.spoken };

    // The process holding the meeting is killed: no goodbye, no flush.
    const redis = new Redis(redisUrl);
    const host = JSON.parse((await redis.hget('roomcaches', code))!) as { publicAddress: string };
    await redis.quit();
    const port = Number(host.publicAddress.split(':')[1]);
    const other = ports.find((p) => p !== port)!;
    servers.get(port)!.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));

    // Everyone comes back through the other process, with the same keys: the meeting is where it was.
    const via = new Client(`http://127.0.0.1:${other}`);
    const back = await via.joinById(code, { key: key('kill-teacher') });
    chair = watch(back);
    v = await chair.next((x) => x.stage === 'meeting');
    expect({ turn: v.turn, spoken: v.spoken }).toEqual(before);
    expect(v.seats.map((s) => s.seat).sort()).toEqual(['KOR', 'USA']);
    const rejoined: Record<string, Room> = {};
    for (const [who, seat] of [['dan', 'USA'], ['eve', 'KOR']] as const) { rejoined[seat] = await via.joinById(code, { key: key(who) }); watch(rejoined[seat]!); }
    expect((await watch(rejoined.USA!).next((x) => !!x.you)).you?.draft.picks.deployment).toBe('west-deployment-grave');
    for (let i = 0; i < 60 && v.stage !== 'over'; i++) {
      const turn = v.turn;
      if (v.waitingFor && v.stage === 'meeting') rejoined[v.waitingFor]!.send('deliver', { seen: turn });
      else back.send('giveFloor', { seen: turn });
      v = await chair.next((x) => x.turn > turn);
    }
    expect(v.stage).toBe('over');
    expect(v.statements.map((s) => s.seat)).toEqual(['KOR', 'USA']);
    for (const r of [back, ...Object.values(rejoined)]) await r.leave();
  }, 60_000);
});
