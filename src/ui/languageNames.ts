import { listLocale } from '../engine';

/**
 * The six official languages of the United Nations, in the UN's order, each in its own name (a
 * switcher must be readable by someone who cannot read the current language).
 */
export const LANGUAGE_NAMES = {
  ar: { name: 'العربية', dir: 'rtl' },
  zh: { name: '中文', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  ru: { name: 'Русский', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  /** The pseudo-locale: only in test builds (TTF_PSEUDO=1, tools/i18n/pseudo.ts), never offered to players. */
  qps: { name: 'Pseudo', dir: 'ltr' },
} as const;

export type LanguageCode = keyof typeof LANGUAGE_NAMES;

/** "30 October 2024" (UN English: day first), "30 octobre 2024", "2024年10月30日": a YYYY-MM-DD date in a language. */
export function longDate(language: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(listLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
