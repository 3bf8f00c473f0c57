/**
 * The class server crashes mid-meeting and is started again with the class code: the meeting is
 * where it was (the same floor, the same statements, the same seats), the browsers come back with
 * their keys, and the meeting goes on to its end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, statSync, truncateSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, type Room } from 'colyseus.js';
import { readFileSync } from 'node:fs';
import { loadScenarioText, topicsFor, type Scenario } from '../../src/engine';
import { joinClass, type LineStatus } from '../../src/live/connection';
import type { MeetingView } from '../../src/live/view';
import { watch } from '../support/liveViews';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario: Scenario = loaded.scenario;

const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) c.kill('SIGKILL'); });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const a = s.address(); s.close(() => resolve(typeof a === 'object' && a ? a.port : 0)); });
  });
}

/** Starts `npm run class`'s server (without the build) and reads what it prints. */
function classServer(env: Record<string, string>): Promise<{ child: ChildProcess; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/class.ts'], { env: { ...process.env, REDIS_URL: '', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the class server did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => { out += chunk; if (/Press Ctrl\+C/.test(out)) { clearTimeout(timer); resolve({ child, out }); } });
    child.stderr!.on('data', (chunk: Buffer) => { out += chunk; });
  });
}

const key = (who: string) => `restart-${who}-0123456789`;

describe('a class server that crashes mid-meeting', () => {
  it('is started again with the class code and the meeting goes on from where it was', async () => {
    const keep = mkdtempSync(join(tmpdir(), 'ttf-restart-'));
    const port = await freePort();
    const env = { PORT: String(port), KEEP_DIR: keep };
    const first = await classServer(env);
    const code = /Class code:\s+([A-Z]{3}-[A-Z]{3}-[A-Z]{3})/.exec(first.out)![1]!.replace(/-/g, '');
    const chairKey = /chair=([A-Za-z0-9_-]+)/.exec(first.out)![1]!;
    const client = new Client(`http://127.0.0.1:${port}`);
    const enter = async (k: string) => { const r = await client.joinById(code, { key: k }); watch(r); return r; };
    let chair: Room = await enter(chairKey);
    let ana: Room = await enter(key('ana'));
    ana.send('claim', { seat: 'SVN', name: 'Ana' });
    await watch(ana).next((x) => x.you?.seat === 'SVN');
    // Ben's page keeps its own line, as the game does: it must find its way back by itself.
    let ben: MeetingView | null = null;
    const benStatus: LineStatus[] = [];
    const benLine = await joinClass(`http://127.0.0.1:${port}`, code, key('ben'), { view: (x) => { ben = x; }, refused: () => {}, status: (x) => benStatus.push(x) });
    benLine.send('claim', { seat: 'ECU', name: 'Ben' });
    await expect.poll(() => ben?.you?.seat, { timeout: 5000 }).toBe('ECU');
    const firstTopic = topicsFor(scenario, 'SVN')[0]!;
    ana.send('pick', { topic: firstTopic.topic.id, option: firstTopic.options[0]!.id });
    await watch(ana).next((x) => Object.keys(x.you?.draft.picks ?? {}).length === 1);
    chair.send('open', {});
    let v = await watch(chair).next((x) => x.stage === 'meeting');
    // Malta (the computer) speaks, then Slovenia (Ana) has the floor and delivers.
    while (v.waitingFor !== 'SVN') { const t = v.turn; chair.send('giveFloor', { seen: t }); v = await watch(chair).next((x) => x.turn > t); }

    // The crash that once lost play: kill -9 with Slovenia holding the floor, the last 15 bytes of
    // the kept file never written; the server restarted; play goes on; kill -9 again; restarted.
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const file = join(keep, `${code}.jsonl`);
    truncateSync(file, statSync(file).size - 15);
    const second = await classServer({ ...env, CLASS_CODE: ` ${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)} ` });
    expect(second.out).toMatch(/Reopened from what was kept: \d+ inputs replayed, 1 damaged line\(s\) skipped\./);
    chair = await enter(chairKey);
    ana = await enter(key('ana'));
    v = await watch(chair).next(() => true);
    // The cut line was the floor given to Slovenia: the President gives it again, and Ana delivers.
    while (v.waitingFor !== 'SVN') { const t = v.turn; chair.send('giveFloor', { seen: t }); v = await watch(chair).next((x) => x.turn > t); }
    ana.send('deliver', { seen: v.turn });
    v = await watch(chair).next((x) => x.statements.length === 1);
    const before = { turn: v.turn, statements: v.statements, next: v.next };

    // Ben's page found its way back by itself before the next crash.
    await expect.poll(() => benStatus.at(-1), { timeout: 20_000, interval: 200 }).toBe('connected');
    second.child.kill('SIGKILL');
    await new Promise((r) => second.child.once('exit', r));
    const third = await classServer({ ...env, CLASS_CODE: code });
    expect(third.out).toMatch(/Reopened from what was kept: \d+ inputs replayed\./);

    chair = await enter(chairKey);
    ana = await enter(key('ana'));
    const after = await watch(chair).next(() => true);
    expect({ turn: after.turn, statements: after.statements, next: after.next }).toEqual(before);
    expect(after.statements[0]!.seat).toBe('SVN');
    expect(after.youPreside).toBe(true);
    expect((await watch(ana).next((x) => x.you !== null)).you?.seat).toBe('SVN');
    // Ben's page came back to Ecuador by itself after each restart.
    expect(benStatus.filter((x) => x === 'reconnecting').length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => benStatus.at(-1), { timeout: 20_000, interval: 200 }).toBe('connected');
    ben = null;
    benLine.send('look');
    await expect.poll(() => ben?.you?.seat, { timeout: 5000 }).toBe('ECU');
    v = after;
    for (let i = 0; i < 40 && v.stage !== 'over'; i++) {
      const t = v.turn;
      chair.send('giveFloor', { seen: t });
      v = await watch(chair).next((x) => x.turn > t);
    }
    expect(v.stage).toBe('over');
    expect((await watch(ana).next((x) => x.stage === 'over' && x.you?.game?.phase === 'outcome')).you?.game?.result).toBeTruthy();
  }, 120_000);
});
