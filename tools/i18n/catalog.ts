/**
 * The checks every translation passes before the game uses it, and the compiled messages the game
 * receives: the build, `npm run translations:check` and the tests all go through here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { readPo } from './po';
import { interfaceEnglish, SCENARIO_LOCALES, UI_LOCALES } from './sources';

export interface TranslationProblem { file: string; key: string; message: string }

/** An apostrophe is always a letter here, never ICU quoting: "it's", "l'Assemblée". */
export function compileIcu(message: string): CompiledMessage {
  return compileMessageOrThrow(message.replace(/'/g, "''"));
}

/** The arguments a message uses, at any depth ("{n, plural, one {{name}…}}" uses n and name). */
export function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      names.add(token[0]);
      const format = token[2];
      if (format && typeof format === 'object') for (const [k, v] of Object.entries(format)) if (k !== 'offset' && Array.isArray(v)) walk(v as CompiledMessage);
    }
  };
  walk(compileIcu(message));
  return [...names].sort();
}

/** The translated interface of a language: key to message, or every problem with it. */
export function interfaceTranslation(language: string, english = interfaceEnglish(), folder = UI_LOCALES): { messages: Record<string, string>; problems: TranslationProblem[] } {
  const file = join(folder, `${language}.po`);
  const problems: TranslationProblem[] = [];
  const messages: Record<string, string> = {};
  if (!existsSync(file)) return { messages, problems: [{ file, key: '(the whole file)', message: 'there is no such file' }] };
  const read = readPo(readFileSync(file, 'utf8'));
  problems.push(...read.problems.map((p) => ({ file, key: `line ${p.line}`, message: p.message })));
  for (const e of read.entries) {
    const source = english.get(e.key);
    if (source === undefined) { problems.push({ file, key: e.key, message: 'no interface text has this key; remove it' }); continue; }
    if (source === '') continue;
    if (e.translation.trim() === '') { problems.push({ file, key: e.key, message: 'not translated yet' }); continue; }
    try {
      const want = argumentsOf(source).join(', ');
      const got = argumentsOf(e.translation).join(', ');
      if (want !== got) { problems.push({ file, key: e.key, message: `uses the placeholders {${got || 'none'}} where the English uses {${want || 'none'}}` }); continue; }
    } catch (error) {
      problems.push({ file, key: e.key, message: `is not a valid ICU message: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    messages[e.key] = e.translation;
  }
  // An empty English text (a blank on purpose) needs no translation.
  const present = new Set(read.entries.map((e) => e.key));
  for (const [key, source] of english) if (source !== '' && !present.has(key)) problems.push({ file, key, message: 'is missing' });
  return { messages, problems };
}

/** A language's scenario texts from all its PO files (checked against the scenario by localizeScenario). */
export function scenarioTranslation(language: string): { texts: Record<string, string>; problems: TranslationProblem[] } {
  const dir = join(SCENARIO_LOCALES, language);
  const texts: Record<string, string> = {};
  const problems: TranslationProblem[] = [];
  if (!existsSync(dir)) return { texts, problems: [{ file: dir, key: '(the whole folder)', message: 'there is no such folder' }] };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.po')).sort()) {
    const file = join(dir, f);
    const read = readPo(readFileSync(file, 'utf8'));
    problems.push(...read.problems.map((p) => ({ file, key: `line ${p.line}`, message: p.message })));
    for (const e of read.entries) {
      if (Object.hasOwn(texts, e.key)) problems.push({ file, key: e.key, message: 'is translated twice' });
      if (e.translation.trim() !== '') texts[e.key] = e.translation;
    }
  }
  return { texts, problems };
}
