/**
 * Interface strings come from each language's catalog (src/ui/locales: English in JSON, the others
 * in PO files translators edit), compiled to ICU messages when the site is built and formatted by
 * Lingui. A catalog comes in parts, each with the screens that use it, in the player's language
 * only. Scenario text is content, not interface, and comes from that language's scenario.
 */
import { i18n } from '@lingui/core';
import catalogs from 'virtual:languages';
import { listLocale } from '../engine';
import { LANGUAGE_NAMES, longDate, type LanguageCode } from './languageNames';
import type en from './locales/en.json';

export type MessageKey = keyof typeof en | keyof typeof import('./locales/en.game.json') | keyof typeof import('./locales/en.live.json')
  | keyof typeof import('./locales/en.teacher.json') | keyof typeof import('./locales/en.about.json') | keyof typeof import('./locales/en.debrief.json')
  | keyof typeof import('./locales/en.consult.json');
export type Part = 'title' | 'game' | 'live' | 'teacher' | 'about' | 'debrief' | 'consult';

/** The languages this site has (those whose translation was complete when it was built). */
export const LANGUAGES = Object.keys(catalogs) as LanguageCode[];

let language: LanguageCode = 'en';
const asked = new Map<string, Promise<void>>();

export function currentLanguage(): LanguageCode {
  return language;
}

export function direction(code: LanguageCode = language): 'ltr' | 'rtl' {
  return LANGUAGE_NAMES[code].dir;
}

/** The meeting's title and date as the title screen shows them, in the current language. */
export function meetingMeta() {
  return catalogs[language]!.meta;
}

/** Sets the language the next parts load in (the page's `lang` and `dir` with it). */
export function useLanguage(code: LanguageCode) {
  language = code;
  // Numbers in plurals ("#") as the UN writes them in this language (Western digits in Arabic).
  i18n.activate(code, [listLocale(code)]);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = direction(code);
  }
}

/** The parts of the interface's words these screens need, in the current language. */
export function loadParts(...parts: Part[]): Promise<void> {
  return Promise.all(parts.map((part) => {
    const key = `${language}/${part}`;
    let p = asked.get(key);
    if (!p) {
      const code = language;
      p = catalogs[code]!.parts[part]().then((m) => { i18n.load(code, m.default); }, (error: unknown) => { asked.delete(key); throw error; });
      asked.set(key, p);
    }
    return p;
  })).then(() => undefined);
}

/** The current language's scenario (the same ids and figures as every other language's). */
export function loadScenario() {
  return catalogs[language]!.scenario().then((m) => m.default);
}

/**
 * A message with its placeholders filled. In a right-to-left language each name, code or quotation
 * put into a sentence is isolated (FSI … PDI), so "Latvia" or "TF1-7Q2" keeps its own order and
 * does not carry the Arabic around it along (numbers need no isolation).
 */
/** The teacher guide's own text in the current language. */
export function loadGuideText(): Promise<string> {
  return catalogs[language]!.guide().then((m) => m.default);
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  if (direction() !== 'rtl') return i18n._(key, vars);
  return i18n._(key, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' ? `\u2068${v}\u2069` : v])));
}

/** "Label: value", with the colon the language writes ("Libellé : valeur", "标签：值"). */
export function labelled(label: string, value: string | number): string {
  return t('app.labelled', { label, value: String(value) });
}

/** "Label:" before a value in an element of its own (a space follows it). */
export function labelOf(label: string): string {
  return `${t('app.label', { label })} `;
}

/** "France, Japan and Malta", in the current language's way. */
export function list(items: string[]): string {
  return new Intl.ListFormat(listLocale(language), { type: 'conjunction' }).format(items);
}

/** "A, B or C", in the current language's way. */
export function listOr(items: string[]): string {
  return new Intl.ListFormat(listLocale(language), { type: 'disjunction' }).format(items);
}

/** The meeting's date as the current language writes it. */
export function formatDate(isoDate: string): string {
  return longDate(language, isoDate);
}
