/**
 * What this browser keeps for class meetings. A seat belongs to a student, not to a browser: each
 * student who joins a class here gets a key of their own, kept with their name, so a reload (or the
 * student coming back) finds their seat, and another student on the same computer never gets it.
 * The browser that set a class up also keeps the class's secret, which checks its students' run
 * codes in the class summary. Storage may be refused: keys then last for this visit only.
 */
import { HOLDER_KEY } from '../live/types';

export interface KeptKey { code: string; name: string; key: string }

const KEYS_ITEM = 'take-the-floor/class-keys';
/** Read by the class summary (src/ui/screens/summary.ts), which does not load this class-only file. */
const SECRET_ITEM = 'take-the-floor/class-secret/';
/** Enough for a shared laptop used by a few classes a week; the oldest go first. */
export const KEPT_MAX = 60;

/** Names are matched as a person types them: spaces and capitals aside. */
const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The key this browser holds for this student in this class, if it has one. */
export function keptKey(kept: KeptKey[], code: string, name: string): string | null {
  return kept.find((k) => k.code === code && same(k.name, name))?.key ?? null;
}

/** The student who last used this browser in this class (the list runs from oldest to newest). */
export function lastUser(kept: KeptKey[], code: string): string | null {
  return kept.filter((k) => k.code === code).at(-1)?.name ?? null;
}

/**
 * What joining with this name does: the student's own key; or, when someone else used this browser
 * in this class, first the question whether this is them; or a new key.
 */
export function keyChoice(kept: KeptKey[], code: string, name: string): { key: string } | { ask: string } | null {
  const key = keptKey(kept, code, name);
  if (key) return { key };
  const last = lastUser(kept, code);
  return last ? { ask: last } : null;
}

/** The list with this student's key as the newest, and at most KEPT_MAX entries. */
export function withKey(kept: KeptKey[], entry: KeptKey): KeptKey[] {
  return [...kept.filter((k) => !(k.code === entry.code && same(k.name, entry.name))), entry].slice(-KEPT_MAX);
}

let memory: KeptKey[] | null = null;

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The keys kept in this browser; anything unreadable is left out. */
export function keptKeys(): KeptKey[] {
  if (memory) return memory;
  try {
    const list = JSON.parse(window.localStorage.getItem(KEYS_ITEM) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((k): k is KeptKey => !!k && typeof k.code === 'string' && typeof k.name === 'string'
      && typeof k.key === 'string' && HOLDER_KEY.test(k.key)) : [];
  } catch {
    return (memory = []);
  }
}

/** This student's key for this class: the one kept for their name, or a new one, kept as the newest. */
export function studentKey(code: string, name: string): string {
  const kept = keptKeys();
  const key = keptKey(kept, code, name) ?? randomKey();
  const next = withKey(kept, { code, name: name.trim(), key });
  try {
    if (memory) throw new Error('storage refused earlier');
    window.localStorage.setItem(KEYS_ITEM, JSON.stringify(next));
  } catch {
    memory = next;
  }
  return key;
}

/** The secret of a class this browser set up, if it keeps one. */
export function classSecret(code: string): string | null {
  try { return window.localStorage.getItem(SECRET_ITEM + code); } catch { return null; }
}

export function keepClassSecret(code: string, secret: string) {
  try { if (classSecret(code) !== secret) window.localStorage.setItem(SECRET_ITEM + code, secret); } catch { /* not kept: the summary says it cannot check */ }
}
