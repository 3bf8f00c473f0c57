/**
 * `npm run guide`: writes docs/teacher-guide.md, and docs/teacher-guide.<lang>.md for each language
 * the site has, from the same text the teacher page shows in that language; and the options' record
 * and assumptions the teacher's notes print (src/classroom/printablesBasis.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { guideMarkdown, type GuideKey } from '../src/classroom/guide';
import { optionBasisModule } from '../src/classroom/printablesSource';
import { buildLanguages } from './build/languages';
import { interfaceEnglish } from './i18n/sources';
import { interfaceTranslation } from './i18n/catalog';

const { built } = buildLanguages();
const english = interfaceEnglish();
const written: string[] = [];
for (const language of built) {
  const words = language.code === 'en' ? Object.fromEntries(english) : interfaceTranslation(language.code).messages;
  const say = (key: GuideKey, vars: Record<string, string> = {}) => words[key]!.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);
  const file = language.code === 'en' ? 'docs/teacher-guide.md' : `docs/teacher-guide.${language.code}.md`;
  writeFileSync(file, guideMarkdown(language.scenario, readFileSync(`src/ui/teacher/guide.${language.code}.md`, 'utf8'), say));
  written.push(file);
}
writeFileSync('src/classroom/printablesBasis.ts', optionBasisModule(built[0]!.scenario));
console.log(`wrote ${written.join(', ')} and src/classroom/printablesBasis.ts`);
