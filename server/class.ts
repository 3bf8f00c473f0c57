/**
 * `npm run class`: the game and the room server on one port of the teacher's laptop. Prints the
 * address students open on the same network, the class code, and the President's own link.
 * Set PORT to change the port, CLASS_CODE to reopen a kept meeting after a restart, KEEP_DIR for
 * where meetings are kept (.class-data), KEEP_DAYS for how long an untouched one is kept (14).
 */
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { loadScenarioText } from '../src/engine';
import { makeClassSecret } from '../src/live/signature';
import { CLASS_CODE, normaliseClassCode, showClassCode } from '../src/live/types';
import { createClassServer, openClass } from './app';
import { reopen } from './councilRoom';
import { classCode, holderOf, newKey } from './keys';
import { fileStore, type Kept, type KeptSetup } from './store';

const SCENARIO = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';
const stop = (line: string): never => { console.error(line); process.exit(1); };

const loaded = loadScenarioText(readFileSync(SCENARIO, 'utf8'));
if (!loaded.ok) stop(`${SCENARIO} is not a valid scenario:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
const scenario = loaded.ok ? loaded.scenario : (undefined as never);

const keepDir = process.env.KEEP_DIR ?? '.class-data';
const keepDays = Number(process.env.KEEP_DAYS ?? 14);
if (!(keepDays > 0)) stop(`KEEP_DAYS "${process.env.KEEP_DAYS}" is not a number of days: leave it out to keep meetings 14 days.`);
const store = fileStore(keepDir);
const expired = store.expire(keepDays * 86_400_000);

let kept: Kept | null = null;
let skipped = 0;
let chairKey: string | null = null;
if (process.env.CLASS_CODE !== undefined) {
  const wanted = normaliseClassCode(process.env.CLASS_CODE);
  if (!CLASS_CODE.test(wanted)) {
    stop(`CLASS_CODE "${process.env.CLASS_CODE.slice(0, 40)}" is not a class code: a class code is nine letters, like KXR-PMT-QWH (I, L, O and U are never used).`);
  }
  try { kept = store.load(wanted); } catch (error) { stop((error as Error).message); }
  if (!kept) stop(`No meeting is kept under ${showClassCode(wanted)} in ${keepDir}. To start a new class, run npm run class without CLASS_CODE.`);
  // A kept meeting that cannot be replayed is said plainly and left as it is, never written over.
  try { skipped = reopen(scenario, kept!).skipped; } catch (error) { stop((error as Error).message); }
}

let setup: KeptSetup;
if (kept) setup = kept.setup;
else {
  chairKey = newKey();
  setup = { code: classCode(), seed: randomInt(2 ** 31), mode: 'standard', chair: holderOf(chairKey), chairName: 'The President', secret: makeClassSecret() };
}

const port = Number(process.env.PORT ?? 2567);
const server = createClassServer({ scenario, store, dist: 'dist', limits: { graceSeconds: 60 } });
await server.listen(port, process.env.HOST ?? '0.0.0.0');
await openClass(setup);
setInterval(() => store.expire(keepDays * 86_400_000), 3_600_000).unref();

// One class's fault is logged and the others go on; Ctrl+C or a stop signal closes every class cleanly.
process.on('uncaughtException', (error) => console.error(`class server: ${error.message} (the classes go on)`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void server.gracefullyShutdown(true); });

const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
console.log(`\nTake the Floor: a class meeting is open.\n`);
console.log(`  Class code:  ${showClassCode(setup.code)}`);
for (const a of addresses.length ? addresses : ['127.0.0.1']) console.log(`  Students open  http://${a}:${port}/  and type the code.`);
if (chairKey) console.log(`  The President's link (keep it to yourself): http://127.0.0.1:${port}/?class=${setup.code}&chair=${chairKey}`);
else console.log(`  The President's link is the one printed when this class was first opened (the server keeps only its fingerprint).`);
if (kept) {
  const { inputs, damaged } = kept;
  console.log(`  Reopened from what was kept: ${inputs.length - skipped} inputs replayed${skipped ? `, ${skipped} of them could not be applied and were left out` : ''}${damaged ? `, ${damaged} damaged line(s) skipped` : ''}.`);
}
if (expired) console.log(`  ${expired} meeting(s) untouched for over ${keepDays} days were removed from ${keepDir}.`);
console.log('\nPress Ctrl+C to end the session.');
