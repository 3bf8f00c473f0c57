/**
 * Which language a page opens in: the link's `?lang=` first (a teacher's seat plan or class link
 * carries it), then the one this browser chose before, then the browser's own languages, then
 * English. A link's language that the site does not have is reported, never silently swapped.
 */
import type { LanguageCode } from './languageNames';

export const LANGUAGE_KEY = 'take-the-floor/language';

export interface LanguageChoice { code: LanguageCode; unknown: string | null }

export function chooseLanguage(have: readonly LanguageCode[], link: string | null, remembered: string | null, browser: readonly string[]): LanguageChoice {
  const match = (tag: string | null | undefined) => {
    if (!tag) return null;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
    return have.find((c) => c === primary) ?? null;
  };
  const fromLink = match(link);
  const unknown = link !== null && !fromLink ? link.replace(/[^\w-]/g, '').slice(0, 20) || '?' : null;
  const code = fromLink ?? match(remembered) ?? browser.map(match).find((c) => c !== null) ?? (have.includes('en') ? 'en' : have[0]!);
  return { code, unknown };
}

export function rememberLanguage(code: LanguageCode) {
  try { window.localStorage.setItem(LANGUAGE_KEY, code); } catch { /* storage unavailable: the link or the browser decides next time */ }
}

export function rememberedLanguage(): string | null {
  try { return window.localStorage.getItem(LANGUAGE_KEY); } catch { return null; }
}

/** This address in another language: the same link with `lang` set (the page then opens in it). */
export function addressIn(code: LanguageCode, href: string): string {
  const url = new URL(href);
  url.searchParams.set('lang', code);
  return url.toString();
}
