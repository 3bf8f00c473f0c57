/**
 * `npm run audit [-- scenario.yaml] [--seat ID] [--workers N]`: plays every run of every seat and
 * reports what the scenario can and cannot do. Seats are shared out to worker threads (one per
 * core). Exits non-zero when a property fails.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadScenarioText } from '../src/engine/scenario/load';
import { compileScenario, type Model } from '../src/engine/model';
import type { Scenario } from '../src/engine/scenario/schema';
import { enumerateSeat, type SeatTotals } from '../src/audit/enumerate';
import { findings, seatReport, type SeatReport } from '../src/audit/report';
import { LESSON, mainPathWords, typicalGame } from '../src/audit/words';
import { MEETINGS, auditConsultations, consultFindings, type ConsultTotals } from '../src/audit/consultations';
import { scenarioTexts } from '../src/engine/scenario/localize';
import { buildLanguages } from './build/languages';

interface Done { seat: string; totals: SeatTotals; linesShown: Uint8Array; ms: number; consult: ConsultTotals | null; consultMs: number }

function loadModel(file: string): Model {
  const loaded = loadScenarioText(readFileSync(file, 'utf8'));
  if (!loaded.ok) {
    console.error(`${file} is not a valid scenario; run npm run validate -- ${file}`);
    process.exit(1);
  }
  return compileScenario(loaded.scenario);
}

if (!isMainThread) {
  // The main thread has already validated the scenario; a worker only compiles the copy it is sent.
  const model = compileScenario(workerData.scenario as Scenario);
  parentPort!.on('message', (seat: string) => {
    const linesShown = new Uint8Array(model.lines.length);
    const t0 = performance.now();
    const totals = enumerateSeat(model, seat, linesShown);
    const t1 = performance.now();
    const consult = model.scenario.consultations ? auditConsultations(model.scenario, seat) : null;
    parentPort!.postMessage({ seat, totals, linesShown, ms: t1 - t0, consult, consultMs: performance.now() - t1 } satisfies Done);
  });
} else {
  await main();
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const onlySeat = flag('--seat');
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';
  const model = loadModel(file);
  const seats = model.speakers.map((d) => model.delegations[d]!.id).filter((id) => !onlySeat || id === onlySeat);
  if (seats.length === 0) { console.error(`no seat "${onlySeat}" in ${file}`); process.exit(2); }
  const workers = Math.max(1, Math.min(Number(flag('--workers') ?? availableParallelism()), seats.length));

  console.log(`Audit of ${file}: every chair opening, news event, statement that fits ${model.budget} s, and right of reply; nothing sampled. ${workers} worker thread(s).`);
  if (model.scenario.consultations) console.log(`The consultations after the meeting are sampled: ${MEETINGS} random meetings per seat (random statement, reply and closing, seeded), and from each, every course of the player's through the rounds and the silence procedure.`);
  const started = performance.now();
  const done = await new Promise<Done[]>((resolve, reject) => {
    // The presiding seat has a run per way of opening, so it goes first to keep both threads busy.
    const queue = [...seats].sort((a, b) => Number(b === model.delegations[model.president]?.id) - Number(a === model.delegations[model.president]?.id));
    const results: Done[] = [];
    let live = workers;
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { scenario: model.scenario } });
      const next = () => { const seat = queue.shift(); if (seat) worker.postMessage(seat); else { void worker.terminate(); if (--live === 0) resolve(results); } };
      worker.on('message', (d: Done) => { results.push(d); next(); });
      worker.on('error', reject);
      next();
    }
  });
  const seconds = (performance.now() - started) / 1000;

  const linesShown = new Uint8Array(model.lines.length);
  const reports: SeatReport[] = [];
  const lessonProblems: string[] = [];
  const consultProblems: { seat: string; message: string }[] = [];
  let totalRuns = 0;
  let cpuSeconds = 0;
  const pct = (x: number) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;
  for (const seat of seats) {
    const d = done.find((x) => x.seat === seat)!;
    d.linesShown.forEach((v, i) => { if (v) linesShown[i] = 1; });
    totalRuns += d.totals.runs;
    cpuSeconds += d.ms / 1000;
    const r = seatReport(model, d.totals);
    reports.push(r);
    console.log(`\n${seat}: ${d.totals.runs.toLocaleString('en')} runs in ${(d.ms / 1000).toFixed(2)} s`);
    console.log(`  outcomes: ${r.outcomes.filter((o) => o.share > 0).map((o) => `${o.id} ${pct(o.share)}`).join(', ')}`);
    console.log(`  escalation vs coalition: r = ${r.r.toFixed(2)}; ${r.tradeOptions.length} options trade one for the other, ${r.winWinOptions.length} move both the same way for the player`);
    console.log(`  objectives met by random play (the same in every mode: modes change what is shown, not the rules): ${r.objectives.map((o) => `${o.id} ${pct(o.share)}`).join(', ')}`);
    console.log(`  largest swing from one delegation's turn: ${r.largestSwing.filter((x) => x.swing > 0 || Number.isFinite(x.cap)).map((x) => `${x.meter} ${x.swing}${Number.isFinite(x.cap) ? ` (one turn may move it ${x.cap} at most)` : ''}`).join(', ')}`);
    if (r.redLines.length) console.log(`  red lines crossed: ${r.redLines.map((o) => `${o.id} ${pct(o.share)}`).join(', ')}`);
    const onRecord = model.delegations[model.delegationIndex.get(seat)!]!.attackedOnRecord;
    console.log(`  attacked (right of reply) in ${pct(r.attackedShare)} of runs${onRecord ? ` (on the record: ${onRecord})` : ''}; dominated options: ${r.dominated.length ? r.dominated.map((x) => `${x.option} < ${x.by}`).join(', ') : 'none'}`);
    const typical = typicalGame(model.scenario, seat, 1030);
    const words = mainPathWords(model.scenario, typical.state);
    console.log(`  a typical game, title to the debrief's first screen: ${words.total.toLocaleString('en')} words (${Object.entries(words.parts).map(([k, v]) => `${k} ${v}`).join(', ')}); ${typical.continues} Continue presses`);
    if (words.total > LESSON.words) lessonProblems.push(`${seat}: a typical game shows ${words.total} words, over ${LESSON.words}`);
    if (typical.continues > LESSON.continues) lessonProblems.push(`${seat}: a typical game takes ${typical.continues} Continue presses, over ${LESSON.continues}`);
    const k = d.consult;
    if (k) {
      cpuSeconds += d.consultMs / 1000;
      const most = Object.entries(k.wordings).sort((a, b) => b[1] - a[1])[0];
      console.log(`  consultations (what-if), ${k.courses.toLocaleString('en')} courses in ${(d.consultMs / 1000).toFixed(2)} s: elements agreed in ${pct(k.product)} of random play; survives most: ${most ? `${most[0]} (${pct(most[1])})` : 'none'}; by paragraph: ${Object.entries(k.survives).map(([e, v]) => `${e} ${pct(v)}`).join(', ')}`);
      console.log(`    objectives met: ${Object.entries(k.objectives).map(([id, v]) => `${id} ${pct(v)}`).join(', ')}${Object.keys(k.redLines).length ? `; red lines crossed: ${Object.entries(k.redLines).map(([id, v]) => `${id} ${pct(v)}`).join(', ')}` : ''}`);
      console.log(`    consensus reachable in ${k.reachable}/${k.meetings} sampled meetings, missed by some course in ${k.impossible}/${k.meetings}; ${k.forcing.length ? 'a course forces it in every one' : 'no course forces it in every one'}`);
      consultProblems.push(...consultFindings(model.scenario, k));
    }
  }
  const languageProblems = sameMechanics(model, done);
  const problems = [...languageProblems.map((message) => ({ seat: null, failure: true, message })), ...findings(model, reports, linesShown).filter((f) => !onlySeat || f.seat === onlySeat), ...lessonProblems.map((message) => ({ seat: null, failure: true, message })), ...consultProblems];
  console.log(`\n${totalRuns.toLocaleString('en')} runs in ${seconds.toFixed(2)} s on ${workers} thread(s): ` +
    `${Math.round(totalRuns / seconds).toLocaleString('en')} runs per second (${Math.round(totalRuns / cpuSeconds).toLocaleString('en')} per thread)`);
  if (problems.length === 0) {
    console.log('All properties hold.');
  } else {
    console.log(`\n${problems.length} propert${problems.length === 1 ? 'y fails' : 'ies fail'}:`);
    for (const f of problems) console.log(`  ${f.seat ? `${f.seat}: ` : ''}${f.message}`);
  }
  process.exit(problems.length === 0 ? 0 : 1);
}

/**
 * Every language's scenario has the same mechanics as the English: with its texts taken out it is
 * the English scenario, number for number, and the seat with the fewest runs, played out in every
 * run, ends with the same figures.
 */
function sameMechanics(model: Model, done: Done[]): string[] {
  const withoutTexts = (s: Scenario) => {
    const texts = new Set(scenarioTexts(s).keys());
    const walk = (node: unknown, path: string[]): unknown => {
      if (typeof node === 'string') return texts.has(path.join('/')) ? '' : node;
      if (Array.isArray(node)) return node.map((x, i) => walk(x, [...path, x && typeof x === 'object' && !Array.isArray(x) ? String((x as Record<string, unknown>).id ?? (x as Record<string, unknown>).seat ?? (x as Record<string, unknown>).delegation ?? i) : String(i)]));
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'language').map(([k, v]) => [k, walk(v, [...path, k])]));
      return node;
    };
    return JSON.stringify(walk(s, []));
  };
  const english = withoutTexts(model.scenario);
  const seat = [...done].sort((a, b) => a.totals.runs - b.totals.runs)[0]!;
  const figures = (m: Model) => JSON.stringify(enumerateSeat(m, seat.seat, new Uint8Array(m.lines.length)));
  const expected = figures(model);
  const problems: string[] = [];
  const checked: string[] = [];
  for (const language of buildLanguages().built.filter((l) => l.code !== 'en')) {
    if (withoutTexts(language.scenario) !== english) problems.push(`${language.code}: its scenario differs from the English in something other than text`);
    else if (figures(compileScenario(language.scenario)) !== expected) problems.push(`${language.code}: ${seat.seat}'s runs end differently from the English`);
    else checked.push(language.code);
  }
  console.log(`\nLanguages: ${checked.length ? `${checked.join(', ')} have the English mechanics, number for number, and ${seat.seat}'s ${seat.totals.runs.toLocaleString('en')} runs end with the same figures in each` : 'no translation to compare'}.`);
  return problems;
}
