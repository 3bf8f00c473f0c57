/**
 * `npm run guide`: writes docs/teacher-guide.md from the same text the teacher page shows, and the
 * options' record and assumptions the teacher's notes print (src/classroom/printablesBasis.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadScenarioText } from '../src/engine/scenario/load';
import { guideMarkdown } from '../src/classroom/guide';
import { optionBasisModule } from '../src/classroom/printablesSource';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) { console.error('the scenario is not valid; run npm run validate'); process.exit(1); }
writeFileSync('docs/teacher-guide.md', guideMarkdown(loaded.scenario, readFileSync('src/ui/teacher/guide.en.md', 'utf8')));
writeFileSync('src/classroom/printablesBasis.ts', optionBasisModule(loaded.scenario));
console.log('wrote docs/teacher-guide.md and src/classroom/printablesBasis.ts');
