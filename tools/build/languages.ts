/**
 * The game's languages, made when the site is built: each complete language's interface, in parts
 * that come with their screens, and its scenario, checked through the same boundaries as
 * `npm run validate` and `npm run translations:check`. A language with any problem is left out of
 * the site, named in the build's output, so that a half-done translation never reaches a student.
 *
 * `virtual:languages` is all the first page needs: which languages there are (each in its own
 * name), the meeting's title in each, and where each part of each language comes from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioText } from '../../src/engine/scenario/load';
import { localizeScenario, scenarioTexts } from '../../src/engine/scenario/localize';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import { pseudoMessage, pseudoWithPlaceholders } from '../i18n/pseudo';
import type { Scenario } from '../../src/engine';
import { compileIcu, interfaceTranslation, scenarioTranslation } from '../i18n/catalog';
import { interfaceParts, SCENARIO_FILE, SCENARIO_LOCALES, UI_LOCALES } from '../i18n/sources';
import { LANGUAGE_NAMES } from '../../src/ui/languageNames';

/**
 * The game shows where an entry comes from (its basis, the record it follows, an assumption's
 * rationale) only for the briefing pack's facts and the speakers' list (src/ui/parts/reference.ts);
 * the others (options, lines, replies: 30,000 characters) are for the scenario's readers and stay
 * in the YAML, not in every student's download.
 */
function shownRationalesOnly<T extends { facts: unknown; speakersList: unknown }>(scenario: T): T {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    // A string `record` names the record an entry follows (the scenario's reader's note); the
    // top-level `record` section, "What they actually said", is an object and stays.
    return Object.fromEntries(Object.entries(node)
      .filter(([k, v]) => k !== 'rationale' && k !== 'basis' && !(k === 'record' && typeof v === 'string'))
      .map(([k, v]) => [k, strip(v)]));
  };
  return { ...(strip(scenario) as T), facts: scenario.facts, speakersList: scenario.speakersList };
}

/**
 * Words the game never shows, only the scenario's reader: what each evidence level, certainty and
 * issue means (the rules use their ids and ranks) and the camps' names (the rules use their members).
 */
function shownWordsOnly<T extends Record<string, unknown>>(scenario: T): T {
  const without = (list: unknown, keys: string[]) => (Array.isArray(list)
    ? list.map((x: Record<string, unknown>) => Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)))) : list);
  return {
    ...scenario,
    evidenceLevels: without(scenario.evidenceLevels, ['description']),
    certainties: without(scenario.certainties, ['description']),
    // An issue's label is shown: it says why a member objects in the consultations.
    issues: without(scenario.issues, ['description']),
    camps: without(scenario.camps, ['label', 'description']),
  };
}

/**
 * Every object's keys in alphabetical order: the same keys then come in the same order in every
 * option and line, which compresses about 650 bytes better. Nothing reads a scenario object's keys
 * in order (lists keep theirs).
 */
function keysInOrder(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(keysInOrder);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, keysInOrder(v)]));
}


export interface BuiltLanguage { code: string; scenario: Scenario; messages: Map<string, Record<string, unknown>> }

/** Every language whose interface and scenario are complete and pass their checks; problems for the rest. */
export function buildLanguages(): { built: BuiltLanguage[]; leftOut: { code: string; problems: string[] }[] } {
  const base = loadScenarioText(readFileSync(SCENARIO_FILE, 'utf8'));
  if (!base.ok) throw new Error(`${SCENARIO_FILE} is not a valid scenario:\n${base.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  const parts = interfaceParts();
  const compiled = (messages: Record<string, string>, keys: Record<string, string>) => Object.fromEntries(Object.keys(keys).map((k) => [k, compileIcu(messages[k] ?? keys[k]!)]));
  const english: BuiltLanguage = { code: 'en', scenario: base.scenario, messages: new Map([...parts].map(([part, keys]) => [part, compiled(keys, keys)])) };
  const built = [english];
  const leftOut: { code: string; problems: string[] }[] = [];
  for (const code of Object.keys(LANGUAGE_NAMES).filter((c) => c !== 'en' && c !== 'qps')) {
    const ui = interfaceTranslation(code);
    const sc = scenarioTranslation(code);
    const local = localizeScenario(base.scenario, sc.texts, code);
    const guide = existsSync(`src/ui/teacher/guide.${code}.md`) ? [] : [`src/ui/teacher/guide.${code}.md: the teacher guide is not translated yet`];
    const problems = [...guide, ...ui.problems.map((p) => `${p.key}: ${p.message}`), ...sc.problems.map((p) => `${p.key}: ${p.message}`), ...(local.ok ? [] : local.problems.map((p) => `${p.path}: ${p.message}`))];
    if (problems.length > 0 || !local.ok) { leftOut.push({ code, problems }); continue; }
    built.push({ code, scenario: { ...local.scenario, meta: { ...local.scenario.meta, language: code } }, messages: new Map([...parts].map(([part, keys]) => [part, compiled(ui.messages, keys)])) });
  }
  // Test builds only (TTF_PSEUDO=1): the pseudo-locale, from the English (tools/i18n/pseudo.ts).
  if (process.env.TTF_PSEUDO === '1') {
    const texts = Object.fromEntries([...scenarioTexts(base.scenario)].map(([k, v]) => [k, pseudoWithPlaceholders(v)]));
    const local = localizeScenario(base.scenario, texts, 'qps');
    if (!local.ok) throw new Error(`the pseudo-locale's scenario did not load: ${local.problems[0]?.message}`);
    built.push({
      code: 'qps', scenario: { ...local.scenario, meta: { ...local.scenario.meta, language: 'qps' } },
      messages: new Map([...english.messages].map(([part, m]) => [part, Object.fromEntries(Object.entries(m).map(([k, v]) => [k, pseudoMessage(v as CompiledMessage)]))])),
    });
  }
  return { built, leftOut };
}

const json = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function languages(): Plugin {
  let made: ReturnType<typeof buildLanguages> | null = null;
  const make = () => (made ??= buildLanguages());
  const LANGUAGES = 'virtual:languages';
  return {
    name: 'take-the-floor-languages',
    resolveId: (source) => (source === LANGUAGES || /^virtual:(messages|scenario|guide)\//.test(source) ? `\0${source}` : null),
    buildStart() {
      made = null;
      for (const f of [SCENARIO_FILE]) this.addWatchFile(resolvePath(f));
      const { leftOut } = make();
      for (const l of leftOut) this.warn(`${l.code} is not in the site: ${l.problems.length} problems, the first: ${l.problems[0]} (npm run translations:check -- ${l.code})`);
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      const { built } = make();
      if (id === `\0${LANGUAGES}`) {
        const lines = built.map((l) => `  ${JSON.stringify(l.code)}: { meta: ${JSON.stringify(pickMeta(l.scenario))}, parts: {${[...l.messages.keys()].map((p) => `${JSON.stringify(p)}: () => import(${JSON.stringify(`virtual:messages/${l.code}/${p}`)})`).join(', ')}}, scenario: () => import(${JSON.stringify(`virtual:scenario/${l.code}`)}), guide: () => import(${JSON.stringify(`virtual:guide/${l.code}`)}) },`);
        return `export default {\n${lines.join('\n')}\n};`;
      }
      const [, kind, code, part] = /^\0virtual:(messages|scenario|guide)\/(\w+)(?:\/(\w+))?$/.exec(id) ?? [];
      const language = built.find((l) => l.code === code);
      if (!language) return null;
      if (kind === 'guide') {
        const file = `src/ui/teacher/guide.${code === 'qps' ? 'en' : code}.md`;
        this.addWatchFile(resolvePath(file));
        const text = readFileSync(file, 'utf8');
        return `export default ${JSON.stringify(code === 'qps' ? pseudoGuide(text) : text)};`;
      }
      if (kind === 'scenario') return json(keysInOrder(shownWordsOnly(shownRationalesOnly(language.scenario))));
      return json(language.messages.get(part!) ?? {});
    },
  };
}

/** The guide in the pseudo-locale: its prose made pseudo, its `code` spans and headings' marks kept. */
function pseudoGuide(text: string): string {
  return text.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part.split('\n').map((line) => {
    const mark = /^(#+ |- |\d+\. )?(.*)$/.exec(line)!;
    return `${mark[1] ?? ''}${pseudoWithPlaceholders(mark[2]!)}`;
  }).join('\n'))).join('');
}

/** What the title screen shows of the meeting, in each language, before the scenario has come. */
function pickMeta({ meta: { title, date, agendaItem, meetingType, body } }: Scenario) {
  return { title, date, agendaItem, meetingType, body };
}

/** Each language's files are named for it (assets/lang-fr-live-….js), so the offline copy and the byte counts can tell them apart. */
export function languageChunkName(moduleIds: readonly string[]): string | null {
  for (const id of moduleIds) {
    const m = /^\0virtual:(messages|scenario|guide)\/(\w+)(?:\/(\w+))?$/.exec(id);
    if (m) return `assets/lang-${m[2]}-${m[3] ?? m[1]}-[hash].js`;
  }
  return null;
}
