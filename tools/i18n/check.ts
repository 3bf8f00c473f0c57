/** `npm run translations:check -- fr`: every problem with a language's translation, or "complete". */
import { existsSync, readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/engine/scenario/load';
import { localizeScenario } from '../../src/engine/scenario/localize';
import { interfaceTranslation, scenarioTranslation } from './catalog';
import { SCENARIO_FILE } from './sources';

const language = process.argv[2];
if (!language) { console.error('say which language: npm run translations:check -- fr'); process.exit(2); }
const ui = interfaceTranslation(language);
const sc = scenarioTranslation(language);
const base = loadScenarioText(readFileSync(SCENARIO_FILE, 'utf8'));
if (!base.ok) { console.error('the English scenario is not valid: run npm run validate'); process.exit(2); }
const local = localizeScenario(base.scenario, sc.texts, language);
const guide = existsSync(`src/ui/teacher/guide.${language}.md`) ? [] : [`src/ui/teacher/guide.${language}.md: the teacher guide is not translated yet`];
const problems = [...guide, ...ui.problems.map((p) => `${p.file} ${p.key}: ${p.message}`), ...sc.problems.map((p) => `${p.file} ${p.key}: ${p.message}`),
  ...(local.ok ? [] : local.problems.map((p) => `scenario ${p.path}: ${p.message}`))];
const max = Number(process.argv[3] ?? 40);
for (const p of problems.slice(0, max)) console.log(p);
console.log(problems.length === 0 ? `${language}: complete` : `${language}: ${problems.length} problems${problems.length > max ? ` (first ${max} shown)` : ''}`);
process.exit(problems.length === 0 ? 0 : 1);
