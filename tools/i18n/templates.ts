/**
 * `npm run translations`: writes the templates translators start from (src/ui/locales/messages.pot,
 * scenarios/locales/template/*.pot) and brings every language's PO files up to date with them:
 * a text whose English changed is marked fuzzy (to be checked), a new one is added untranslated,
 * a removed one is dropped. `-- --templates` writes the templates only, `-- --only=fr,es` updates
 * only those languages. See docs/translating.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergePo, readPo, writePo, type PoEntry } from './po';
import { interfaceNote, scenarioNote } from './notes';
import { interfaceEnglish, scenarioEnglish, SCENARIO_LOCALES, UI_LOCALES, sectionOf } from './sources';

const templatesOnly = process.argv.includes('--templates');
// `-- --only=fr,es`: bring only these languages up to date (another translator may be mid-file in the rest).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

function merge(template: PoEntry[], file: string, language: string, note: string) {
  if (templatesOnly || (only && !only.includes(language))) return;
  const old = existsSync(file) ? readPo(readFileSync(file, 'utf8')).entries : [];
  writeFileSync(file, writePo(mergePo(template, old), { language, note }));
}

const uiTemplate = [...interfaceEnglish()].filter(([, source]) => source !== '').map(([key, source]) => ({ key, source, translation: '', note: interfaceNote(key, source) }));
writeFileSync(join(UI_LOCALES, 'messages.pot'), writePo(uiTemplate, { language: '', note: 'Take the Floor: the interface. Copy to <language>.po to translate (docs/translating.md).' }));
for (const f of readdirSync(UI_LOCALES).filter((f) => f.endsWith('.po'))) merge(uiTemplate, join(UI_LOCALES, f), f.replace('.po', ''), 'Take the Floor: the interface.');

const sections = new Map<string, PoEntry[]>();
for (const [key, source] of scenarioEnglish()) {
  const list = sections.get(sectionOf(key)) ?? [];
  list.push({ key, source, translation: '', note: scenarioNote(key, source) });
  sections.set(sectionOf(key), list);
}
mkdirSync(join(SCENARIO_LOCALES, 'template'), { recursive: true });
for (const [section, entries] of sections) writePo(entries, { language: '' }) && writeFileSync(join(SCENARIO_LOCALES, 'template', `${section}.pot`), writePo(entries, { language: '', note: `Take the Floor: the scenario's ${section}. Copy to <language>/${section}.po (docs/translating.md).` }));
for (const language of readdirSync(SCENARIO_LOCALES).filter((d) => d !== 'template' && !d.includes('.'))) {
  for (const [section, entries] of sections) merge(entries, join(SCENARIO_LOCALES, language, `${section}.po`), language, `Take the Floor: the scenario's ${section}.`);
}
console.log(`wrote ${uiTemplate.length} interface texts and ${[...sections.values()].reduce((n, l) => n + l.length, 0)} scenario texts in ${sections.size} sections`);
