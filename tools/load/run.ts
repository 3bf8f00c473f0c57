/**
 * `npm run load`: many class rooms at once on one class server, over loopback only, bounded in time.
 * Each room has a President and fourteen students (15 clients): the students take seats and draft,
 * the President runs the whole speakers' list, each student delivers when given the floor, and in
 * every fourth room the student with the floor drops mid-turn and comes back.
 *
 * Reports the latency of a floor move (from the President's request to each of the room's clients
 * seeing it: median and p95), of a private draft change (request to the student's own view), the
 * time a dropped student takes to be back with the seat and draft intact, and the server's heap per
 * room, then one class flooded by a student at 1,000 messages a second while another works, and a
 * class's whole record replayed at three lengths. Set LOAD_ROOMS (40), LOAD_CLIENTS (15), LOAD_SECONDS (150) and LOAD_PACE_MS (500): each
 * room's President waits that long between moves of the floor, which is still far faster than a
 * real meeting (a statement takes minutes). LOAD_PACE_MS=0 drives every room as fast as the server
 * allows, to find its capacity: the table then gives floor moves per second at saturation.
 * LOAD_PROCESSES=3 runs that many class-server processes on one Redis (REDIS_URL, or a redis-server
 * started here), as server/process.ts does, the rooms spread across them; heap per room is then the
 * processes' heaps together over their rooms together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Client, type Room } from 'colyseus.js';
import { loadScenarioText, topicsFor } from '../../src/engine';
import type { MeetingView } from '../../src/live/view';
import { comeBackTo } from '../../src/live/connection';
import { listenForViews } from '../../src/live/viewKeeper';
import { floodClass, replayFigures } from './flood';
import { findRedis } from '../redis.mjs';

const ROOMS = Number(process.env.LOAD_ROOMS ?? 40);
const CLIENTS = Math.min(15, Math.max(2, Number(process.env.LOAD_CLIENTS ?? 15)));
const SECONDS = Number(process.env.LOAD_SECONDS ?? 150);
const PACE_MS = Math.max(0, Number(process.env.LOAD_PACE_MS ?? 500));
const PROCESSES = Math.max(1, Math.min(8, Number(process.env.LOAD_PROCESSES ?? 1)));
const deadline = Date.now() + SECONDS * 1000;

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario = loaded.scenario;
const members = scenario.speakersList.members;

const lag = monitorEventLoopDelay({ resolution: 20 });
lag.enable();
const floorLatency: number[] = [];
const draftLatency: number[] = [];
const dropBack: number[] = [];
let dropsIntact = 0;
let roomsFinished = 0;
let refusals = 0;

const percentile = (xs: number[], p: number) => { const v = [...xs].sort((a, b) => a - b); return v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))]! : NaN; };

/** One browser: its latest view, and a way to wait for one that passes a test. */
function browser(room: Room) {
  let last: MeetingView | null = null;
  let waiting: { test: (v: MeetingView) => boolean; resolve: (v: MeetingView) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  const listen = (r: Room) => {
    listenForViews(r, (v) => {
      last = v;
      waiting = waiting.filter((w) => { if (!w.test(v)) return true; clearTimeout(w.timer); w.resolve(v); return false; });
    });
    r.onMessage('refused', () => { refusals++; });
  };
  listen(room);
  return {
    room,
    rebind(r: Room) { this.room = r; listen(r); },
    last: () => last,
    next(test: (v: MeetingView) => boolean, ms = 20_000): Promise<MeetingView> {
      if (last && test(last)) return Promise.resolve(last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such view arrived in time')), ms);
        waiting.push({ test, resolve, reject, timer });
      });
    },
  };
}

async function playRoom(endpoint: string, index: number): Promise<void> {
  const client = new Client(endpoint);
  const key = (who: number) => `load-${index}-${who}-0123456789abcdef`;
  const chair = browser(await client.create('council', { key: key(0), chairName: `Room ${index}` }));
  const code = chair.room.roomId;
  const students = await Promise.all(Array.from({ length: CLIENTS - 1 }, async (_, i) => {
    const b = browser(await client.joinById(code, { key: key(i + 1) }));
    const seat = members[i]!;
    b.room.send('claim', { seat, name: `Student ${i + 1}` });
    await b.next((v) => v.you?.seat === seat);
    // Three positions, each timed from the request to the student's own view showing it.
    for (const { topic, options } of topicsFor(scenario, seat).slice(0, 3)) {
      const option = [...options].sort((x, y) => x.seconds - y.seconds)[0]!.id;
      const sent = performance.now();
      b.room.send('pick', { topic: topic.id, option });
      await b.next((v) => v.you?.draft.picks[topic.id] === option);
      draftLatency.push(performance.now() - sent);
    }
    return [seat, b] as const;
  }));
  const bySeat = new Map(students);
  const everyone = [chair, ...bySeat.values()];
  const dropper = index % 4 === 0 ? members[Math.floor((CLIENTS - 1) / 2)] : undefined;
  chair.room.send('open', {});
  let v = await chair.next((x) => x.stage === 'meeting');
  while (v.stage !== 'over' && Date.now() < deadline) {
    if (PACE_MS) await new Promise((r) => setTimeout(r, PACE_MS * (0.5 + Math.random())));
    const turn = v.turn;
    const sent = performance.now();
    const holder = v.waitingFor ? bySeat.get(v.waitingFor) : undefined;
    if (holder && v.stage === 'meeting') {
      if (v.waitingFor === dropper) {
        // Mid-turn, the lid closes; the same browser comes back with its reconnection token.
        const token = holder.room.reconnectionToken;
        holder.room.connection.close();
        await new Promise((r) => setTimeout(r, 500));
        const back = performance.now();
        // As the browser does: try again a moment later if the server was too busy to answer.
        for (let attempt = 1; ; attempt++) {
          try { holder.rebind(await comeBackTo(client, token, code, key(students.findIndex(([s]) => s === dropper) + 1))); break; } catch (e) {
            if (attempt === 5) throw e;
            await new Promise((r) => setTimeout(r, 1500));
          }
        }
        holder.room.send('look');
        const seen = await holder.next((x) => x.turn === turn);
        dropBack.push(performance.now() - back);
        if (seen.you?.seat === dropper && Object.keys(seen.you.draft.picks).length === 3) dropsIntact++;
      }
      holder.room.send('deliver', { seen: v.turn });
    } else chair.room.send('giveFloor', { seen: v.turn });
    const views = await Promise.all(everyone.map((b) => b.next((x) => x.turn > turn).then((x) => { floorLatency.push(performance.now() - sent); return x; })));
    v = views[0]!;
  }
  if (v.stage === 'over') roomsFinished++;
  await Promise.all(everyone.map((b) => b.room.leave().catch(() => {})));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => { const at = srv.address(); srv.close(() => resolve(typeof at === 'object' && at ? at.port : 0)); });
  });
}

interface Memory { heapUsed: number; rss: number; rooms: number }

/** One class-server process, in its own process so its memory is its own; asked for its memory on stdin. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; memory(): Promise<Memory> }> {
  const child = spawn('node', ['--expose-gc', '--import', 'tsx', 'tools/load/server.ts'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const lines: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk;
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) { const line = buffer.slice(0, at); buffer = buffer.slice(at + 1); for (const l of [...lines]) l(line); }
  });
  const lineStarting = (prefix: string) => new Promise<string>((resolve) => {
    const l = (line: string) => { if (line.startsWith(prefix)) { lines.splice(lines.indexOf(l), 1); resolve(line.slice(prefix.length)); } };
    lines.push(l);
  });
  const memory = async () => { const reply = lineStarting('memory '); child.stdin!.write('memory\n'); return JSON.parse(await reply) as Memory; };
  return { child, port: Number(await lineStarting('ready ')), memory };
}

/** The class-server processes: one on its own, or several on one Redis. */
async function startServers(): Promise<{ servers: Awaited<ReturnType<typeof startServer>>[]; stop(): void; redisNote: string }> {
  if (PROCESSES === 1) { const one = await startServer({}); return { servers: [one], stop: () => one.child.kill('SIGTERM'), redisNote: '' }; }
  let url = process.env.REDIS_URL ?? '';
  let redis: ChildProcess | null = null;
  if (!url) {
    const bin = findRedis();
    if (!bin) throw new Error('LOAD_PROCESSES needs Redis: set REDIS_URL, or install redis-server (node tools/redis.mjs does on Debian as root).');
    const port = await freePort();
    redis = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 500));
  }
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  for (let i = 0; i < PROCESSES; i++) servers.push(await startServer({ REDIS_URL: url, PORT: String(await freePort()) }));
  return { servers, stop: () => { for (const one of servers) one.child.kill('SIGTERM'); redis?.kill('SIGTERM'); }, redisNote: ` on one Redis (${url})` };
}

async function main() {
  const { servers, stop, redisNote } = await startServers();
  const memory = async (): Promise<Memory> => {
    const all = await Promise.all(servers.map((one) => one.memory()));
    return all.reduce((sum, m) => ({ heapUsed: sum.heapUsed + m.heapUsed, rss: sum.rss + m.rss, rooms: sum.rooms + m.rooms }), { heapUsed: 0, rss: 0, rooms: 0 });
  };
  const endpoints = servers.map((one) => `http://127.0.0.1:${one.port}`);
  const endpoint = endpoints[0]!;
  const idle = await memory();
  console.log(`${ROOMS} rooms × ${CLIENTS} clients on ${PROCESSES} process(es)${redisNote}, for at most ${SECONDS} s…`);
  const started = performance.now();
  let peak = idle;
  const sampler = setInterval(() => { void memory().then((m) => { if (m.rooms >= peak.rooms && m.heapUsed > peak.heapUsed) peak = m; }); }, 2000);
  const results = await Promise.allSettled(Array.from({ length: ROOMS }, (_, i) => playRoom(endpoints[i % endpoints.length]!, i)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  // Then one class is flooded by one of its students, on the same server, while another student works.
  const flooded = await floodClass(endpoint, scenario, 15);
  const replay = replayFigures(scenario);
  stop();
  const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
  const perRoom = peak.rooms ? (peak.heapUsed - idle.heapUsed) / peak.rooms : NaN;
  const rows: [string, string][] = [
    ['rooms × clients', `${ROOMS} × ${CLIENTS} (${ROOMS * CLIENTS} connections, loopback) on ${PROCESSES} class-server process(es)${redisNote ? ' sharing one Redis' : ''}`],
    ['pace', PACE_MS ? `a floor move every ${PACE_MS} ms on average in each room` : 'as fast as the server allows'],
    ['floor moves handled per second', (floorLatency.length / CLIENTS / seconds).toFixed(1)],
    ['rooms played to the end', `${roomsFinished} of ${ROOMS}${failed.length ? ` (${failed.length} failed: ${failed[0]!.reason})` : ''}`],
    ['wall time', `${seconds.toFixed(1)} s (bound ${SECONDS} s)`],
    ['floor move reaching every client: median / p95', `${percentile(floorLatency, 0.5).toFixed(1)} / ${percentile(floorLatency, 0.95).toFixed(1)} ms (${floorLatency.length} deliveries)`],
    ['private draft change, request to own view: median / p95', `${percentile(draftLatency, 0.5).toFixed(1)} / ${percentile(draftLatency, 0.95).toFixed(1)} ms (${draftLatency.length})`],
    ['dropped mid-turn, back with seat and draft: median / max', `${percentile(dropBack, 0.5).toFixed(0)} / ${Math.max(...dropBack, 0).toFixed(0)} ms; intact ${dropsIntact} of ${dropBack.length}`],
    ['server heap: idle → peak', `${(idle.heapUsed / 1e6).toFixed(1)} → ${(peak.heapUsed / 1e6).toFixed(1)} MB at ${peak.rooms} rooms (RSS ${(peak.rss / 1e6).toFixed(0)} MB)`],
    ['server heap per room', `${(perRoom / 1e6).toFixed(2)} MB`],
    ['requests refused', String(refusals)],
    ['a student flooding 1,000 messages a second (coming back after each disconnect): sent / disconnected', `${flooded.sent} / ${flooded.disconnects} times`],
    ['meanwhile, another student of that class, pick to own view: median / p95', `${flooded.median.toFixed(1)} / ${flooded.p95.toFixed(1)} ms (${flooded.roundTrips.length} picks; target p95 ≤ 250 ms)`],
    ['replaying a class\'s record (in process): inputs → ms', replay.map((r) => `${r.inputs} → ${r.ms.toFixed(0)}`).join(', ')],
    ['this script\'s own event-loop delay: p99 / max (so the figures above are the server\'s)', `${(lag.percentile(99) / 1e6).toFixed(0)} / ${(lag.max / 1e6).toFixed(0)} ms`],
  ];
  console.log('\n| measure | figure |\n|---|---|');
  for (const [k, val] of rows) console.log(`| ${k} | ${val} |`);
  mkdirSync('test-results', { recursive: true });
  const file = `test-results/load${PROCESSES > 1 ? `-${PROCESSES}-processes` : ''}${PACE_MS ? '' : '-saturated'}.json`;
  writeFileSync(file, `${JSON.stringify({ processes: PROCESSES, rooms: ROOMS, clients: CLIENTS, paceMs: PACE_MS, movesPerSecond: floorLatency.length / CLIENTS / seconds, seconds, roomsFinished, floorLatency: { median: percentile(floorLatency, 0.5), p95: percentile(floorLatency, 0.95), n: floorLatency.length }, draftLatency: { median: percentile(draftLatency, 0.5), p95: percentile(draftLatency, 0.95) }, dropBack, dropsIntact, memory: { idle, peak, perRoom }, refusals, flood: { sent: flooded.sent, disconnects: flooded.disconnects, median: flooded.median, p95: flooded.p95 }, replay, failed: failed.map((f) => String(f.reason)) }, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
  process.exit(failed.length || roomsFinished < ROOMS ? 1 : 0);
}

await main();
