/**
 * The class room refuses in English, with the particulars (which seat, which limit); a browser in
 * another language says what kind of refusal it was, in its own words.
 */
import { currentLanguage, t, type MessageKey } from './i18n';

export function refusalText(error: { code: string; message: string }): string {
  return currentLanguage() === 'en' ? error.message : t(`live.refusal.${error.code}` as MessageKey);
}
