/**
 * Interface strings come from a locale file so that a translation needs no code change. Scenario
 * text is content, not interface, and comes from the scenario.
 */
import en from './locales/en.json';

// The class meeting's strings travel with its screens (locales/en.live.json), and the teacher's with
// theirs (locales/en.teacher.json), not with the title's; the debrief's come while a meeting is played
// (locales/en.debrief.json).
export type MessageKey = keyof typeof en | keyof typeof import('./locales/en.live.json') | keyof typeof import('./locales/en.teacher.json')
  | keyof typeof import('./locales/en.about.json') | keyof typeof import('./locales/en.debrief.json') | keyof typeof import('./locales/en.consult.json');
type Messages = Partial<Record<MessageKey, string>>;

let messages: Messages = en;

export function useLocale(next: Messages) {
  messages = next;
}

/** Strings a lazily loaded part of the interface brings with it. */
export function addMessages(more: Messages) {
  messages = { ...messages, ...more };
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = messages[key] ?? (en as Messages)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "France, Japan and Malta" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
