/**
 * Several saved games in one browser: one per seat and student name, so a shared Chromebook keeps
 * each student's meeting and a new game never silently replaces one. The shelf is storage behind an
 * interface (localStorage in the browser; a map in tests); every read and write may fail.
 */
export interface Shelf {
  keys(): string[];
  read(key: string): string | null;
  write(key: string, text: string): boolean;
}

export type SavedGame =
  | { key: string; seat: string; name: string; steps: number; phase: string; outcome: string | null; earlier?: boolean }
  | { key: string; problem: string };

const slug = (name: string) => encodeURIComponent(name.trim().toLowerCase()).slice(0, 120);

export function saveKey(prefix: string, seat: string, name: string): string {
  return `${prefix}/${seat}/${slug(name)}`;
}
