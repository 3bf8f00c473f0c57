/**
 * `npm run audit [-- scenario.yaml] [--seat ID]`: plays every run of every seat and reports what the
 * scenario can and cannot do. Exits non-zero when a property fails.
 */
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../src/engine/scenario/load';
import { compileScenario } from '../src/engine/model';
import { enumerateSeat } from '../src/audit/enumerate';
import { findings, seatReport, type SeatReport } from '../src/audit/report';

const args = process.argv.slice(2);
const seatFlag = args.indexOf('--seat');
const onlySeat = seatFlag >= 0 ? args[seatFlag + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && i !== seatFlag + 1) ?? 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';

const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) {
  console.error(`${file} is not a valid scenario; run npm run validate -- ${file}`);
  process.exit(1);
}
const model = compileScenario(loaded.scenario);
const seats = model.speakers.map((d) => model.delegations[d]!.id).filter((id) => !onlySeat || id === onlySeat);
const linesShown = new Uint8Array(model.lines.length);
const pct = (x: number) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;

console.log(`Audit of ${file}: every chair opening, news event, statement that fits ${model.budget} s, and right of reply; nothing sampled.`);
const reports: SeatReport[] = [];
let totalRuns = 0;
const started = performance.now();
for (const seat of seats) {
  const t0 = performance.now();
  const totals = enumerateSeat(model, seat, linesShown);
  const ms = performance.now() - t0;
  totalRuns += totals.runs;
  const r = seatReport(model, totals);
  reports.push(r);
  const reached = r.outcomes.filter((o) => o.share > 0).map((o) => `${o.id} ${pct(o.share)}`).join(', ');
  console.log(`\n${seat}: ${totals.runs.toLocaleString('en')} runs in ${(ms / 1000).toFixed(2)} s`);
  console.log(`  outcomes: ${reached}`);
  console.log(`  escalation vs coalition: r = ${r.r.toFixed(2)}; ${r.tradeOptions.length} options trade one for the other, ${r.winWinOptions.length} move both the same way for the player`);
  console.log(`  objectives met: ${r.objectives.map((o) => `${o.id} ${pct(o.share)}`).join(', ')}`);
  if (r.redLines.length) console.log(`  red lines crossed: ${r.redLines.map((o) => `${o.id} ${pct(o.share)}`).join(', ')}`);
  console.log(`  attacked (right of reply) in ${pct(r.attackedShare)} of runs; dominated options: ${r.dominated.length ? r.dominated.map((d) => `${d.option} < ${d.by}`).join(', ') : 'none'}`);
}
const seconds = (performance.now() - started) / 1000;
const problems = onlySeat ? findings(model, reports, linesShown).filter((f) => f.seat === onlySeat) : findings(model, reports, linesShown);
console.log(`\n${totalRuns.toLocaleString('en')} runs in ${seconds.toFixed(2)} s: ${Math.round(totalRuns / seconds).toLocaleString('en')} runs per second`);
if (problems.length === 0) {
  console.log('All properties hold.');
} else {
  console.log(`\n${problems.length} propert${problems.length === 1 ? 'y fails' : 'ies fail'}:`);
  for (const f of problems) console.log(`  ${f.seat ? `${f.seat}: ` : ''}${f.message}`);
}
process.exit(problems.length === 0 ? 0 : 1);
