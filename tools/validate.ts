/** `npm run validate -- <file>...`: every problem in each scenario file, or a one-line summary. */
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../src/engine/scenario/load';
import { summarise } from '../src/engine/scenario/summary';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <scenario.yaml> [more files]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    failed = true;
    continue;
  }
  const result = loadScenarioText(text);
  if (result.ok) {
    console.log(`${file}: valid: ${summarise(result.scenario)}`);
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  }
}
process.exit(failed ? 1 : 0);
