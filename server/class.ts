/**
 * `npm run class`: the game and the room server on one port of the teacher's laptop. Prints the
 * address students open on the same network, the class code, and the President's own link.
 * Set PORT to change the port, CLASS_CODE to reopen a kept meeting after a restart, KEEP_DIR for
 * where meetings are kept (.class-data) or REDIS_URL to keep them in Redis, KEEP_DAYS for how long an
 * untouched one is kept (14).
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { loadScenarioText } from '../src/engine';
import { makeClassSecret } from '../src/live/signature';
import { CLASS_CODE, normaliseClassCode, showClassCode } from '../src/live/types';
import { createClassServer, openClass } from './app';
import { reopen } from './councilRoom';
import { classCode, holderOf, newKey } from './keys';
import { redisStore } from './redisStore';
import { fileStore, type Kept, type KeptSetup } from './store';

const SCENARIO = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';
const stop = (line: string): never => { console.error(line); process.exit(1); };

// `npm run class` builds the game first, quietly: the teacher's first lines are the class code, the
// students' address and the President's link, not the build's progress. A failed build is shown whole.
if (process.argv.includes('--build')) {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--logLevel', 'error'], { encoding: 'utf8' });
  if (build.status !== 0) stop(`The game could not be built (vite build), so the class server was not started:\n${build.stdout}${build.stderr}`);
}

const loaded = loadScenarioText(readFileSync(SCENARIO, 'utf8'));
if (!loaded.ok) stop(`${SCENARIO} is not a valid scenario:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
const scenario = loaded.ok ? loaded.scenario : (undefined as never);

const keepDir = process.env.KEEP_DIR ?? '.class-data';
const keepDays = Number(process.env.KEEP_DAYS ?? 14);
if (!(keepDays > 0)) stop(`KEEP_DAYS "${process.env.KEEP_DAYS}" is not a number of days: leave it out to keep meetings 14 days.`);
// With REDIS_URL, classes are kept in Redis (where several processes share them); otherwise in the folder.
const store = process.env.REDIS_URL ? redisStore(process.env.REDIS_URL, keepDays) : fileStore(keepDir);
const keptWhere = process.env.REDIS_URL ? 'Redis' : keepDir;
const expired = await store.expire(keepDays * 86_400_000);

let kept: Kept | null = null;
let skipped = 0;
let chairKey: string | null = null;
if (process.env.CLASS_CODE !== undefined) {
  const wanted = normaliseClassCode(process.env.CLASS_CODE);
  if (!CLASS_CODE.test(wanted)) {
    stop(`CLASS_CODE "${process.env.CLASS_CODE.slice(0, 40)}" is not a class code: a class code is nine letters, like KXR-PMT-QWH (I, L, O and U are never used).`);
  }
  try { kept = await store.load(wanted); } catch (error) { stop((error as Error).message); }
  if (!kept) stop(`No meeting is kept under ${showClassCode(wanted)} in ${keptWhere}. To start a new class, run npm run class without CLASS_CODE.`);
  // A kept meeting that cannot be replayed is said plainly and left as it is, never written over.
  try { skipped = reopen(scenario, kept!).skipped; } catch (error) { stop((error as Error).message); }
}

let setup: KeptSetup;
if (kept) setup = kept.setup;
else {
  chairKey = newKey();
  // Guided by default, as the teacher's guide recommends for a first game; the President can change it before opening.
  setup = { code: classCode(), seed: randomInt(2 ** 31), mode: 'guided', chair: holderOf(chairKey), chairName: 'The President', secret: makeClassSecret() };
}

const port = Number(process.env.PORT ?? 2567);
const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
const host = (listening: number) => (addresses.length ? addresses : ['127.0.0.1']).map((a) => `http://${a}:${listening}/`);
let listening = port;
const server = createClassServer({ scenario, store, dist: 'dist', limits: { graceSeconds: 60 }, studentAddress: () => host(listening)[0]! });
await server.listen(port, process.env.HOST ?? '0.0.0.0');
listening = (server.transport.server as unknown as { address(): { port: number } }).address().port;
await openClass(setup);
setInterval(() => { void Promise.resolve(store.expire(keepDays * 86_400_000)).catch(() => {}); }, 3_600_000).unref();

// One class's fault is logged and the others go on; Ctrl+C or a stop signal closes every class cleanly.
process.on('uncaughtException', (error) => console.error(`class server: ${error.message} (the classes go on)`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void server.gracefullyShutdown(true); });

// The three things a teacher needs come first, in this order: the code, where students go, the President's link.
console.log(`Class code: ${showClassCode(setup.code)}`);
console.log(`Students open: ${host(listening).map((a) => `${a}?class=${setup.code}`).join('  or  ')}`);
if (chairKey) console.log(`The President's link (keep it to yourself): http://127.0.0.1:${listening}/?class=${setup.code}&chair=${chairKey}`);
else console.log(`The President's link is the one printed when this class was first opened (the server keeps only its fingerprint).`);
console.log(`\nTake the Floor: the class meeting is open. Students on the same network type the code, or open the address (it carries the code).`);
if (kept) {
  const { inputs, damaged } = kept;
  console.log(`Reopened from what was kept: ${inputs.length - skipped} inputs replayed${skipped ? `, ${skipped} of them could not be applied and were left out` : ''}${damaged ? `, ${damaged} damaged line(s) skipped` : ''}.`);
}
if (expired) console.log(`${expired} meeting(s) untouched for over ${keepDays} days were removed from ${keepDir}.`);
console.log('Press Ctrl+C to end the session.');
