/** `tsx tools/i18n/setTranslations.ts <file.po> <key>=<text> …`: fills msgstr for the given keys (a reviewer's quick fix). */
import { readFileSync, writeFileSync } from 'node:fs';
import { readPo, writePo } from './po';

const [file, ...pairs] = process.argv.slice(2);
if (!file) { console.error('usage: tsx tools/i18n/setTranslations.ts <file.po> key=text …'); process.exit(2); }
const text = readFileSync(file, 'utf8');
const language = /"Language: ([\w-]*)\\n"/.exec(text)?.[1] ?? '';
const note = text.split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2)).join('\n');
const { entries } = readPo(text);
const wanted = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
let set = 0;
for (const e of entries) if (wanted.has(e.key)) { e.translation = wanted.get(e.key)!; e.fuzzy = false; set++; }
writeFileSync(file, writePo(entries, { language, note }));
console.log(`${file}: ${set} of ${wanted.size} set`);
