/**
 * `npm run class`: the game and the room server on one port of the teacher's laptop. Prints the
 * address students open on the same network, the class code, and the President's own link.
 * Set PORT to change the port, CLASS_CODE to reopen a kept meeting after a restart, KEEP_DIR for
 * where meetings are kept (.class-data).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { loadScenarioText } from '../src/engine';
import { createClassServer, openClass } from './app';
import { classCode, reopen } from './councilRoom';
import { fileStore } from './store';

const SCENARIO = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';

const loaded = loadScenarioText(readFileSync(SCENARIO, 'utf8'));
if (!loaded.ok) {
  console.error(`${SCENARIO} is not a valid scenario:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  process.exit(1);
}
const store = fileStore(process.env.KEEP_DIR ?? '.class-data');
const wanted = process.env.CLASS_CODE?.toUpperCase();
const kept = wanted ? store.load(wanted) : null;
if (wanted && !kept) console.log(`No meeting is kept under ${wanted}: starting a new one.`);
if (kept) {
  // A kept meeting that cannot be replayed is said plainly and left as it is, never written over.
  try { reopen(loaded.scenario, kept); } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
const code = kept ? kept.setup.code : classCode();
const setup = kept?.setup ?? { code, seed: randomInt(2 ** 31), mode: 'standard' as const, chair: randomBytes(18).toString('base64url'), chairName: 'The President' };

const port = Number(process.env.PORT ?? 2567);
const server = createClassServer({ scenario: loaded.scenario, store, dist: 'dist', graceSeconds: 60 });
await server.listen(port, process.env.HOST ?? '0.0.0.0');
await openClass(setup);

const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
console.log(`\nTake the Floor: a class meeting is open.\n`);
console.log(`  Class code:  ${setup.code}`);
for (const a of addresses.length ? addresses : ['127.0.0.1']) console.log(`  Students open  http://${a}:${port}/  and type the code.`);
console.log(`  The President's link (keep it to yourself): http://127.0.0.1:${port}/?class=${setup.code}&chair=${setup.chair}`);
if (kept) console.log(`  Reopened from what was kept: ${kept.inputs.length} inputs replayed${kept.damaged ? `, ${kept.damaged} unreadable line(s) at the end dropped` : ''}.`);
console.log('\nPress Ctrl+C to end the session.');
