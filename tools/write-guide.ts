/**
 * `npm run guide`: writes docs/teacher-guide.md, and docs/teacher-guide.<lang>.md for each language
 * the site has, from the same text the teacher page shows in that language; and the options' record
 * and assumptions the teacher's notes print (src/classroom/printablesBasis.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadScenarioText } from '../src/engine/scenario/load';
import { optionBasisModule } from '../src/classroom/printablesSource';
import { teacherGuides } from './i18n/guides';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) { console.error('the scenario is not valid; run npm run validate'); process.exit(1); }
const guides = teacherGuides();
for (const g of guides) writeFileSync(g.file, g.text);
writeFileSync('src/classroom/printablesBasis.ts', optionBasisModule(loaded.scenario));
console.log(`wrote ${guides.map((g) => g.file).join(', ')} and src/classroom/printablesBasis.ts`);
