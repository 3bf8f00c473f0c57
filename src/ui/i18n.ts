/**
 * Interface strings come from a locale file so that a translation needs no code change. Scenario
 * text is content, not interface, and comes from the scenario.
 */
import en from './locales/en.json';

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

let messages: Messages = en;

export function useLocale(next: Messages) {
  messages = next;
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = messages[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "France, Japan and Malta" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
