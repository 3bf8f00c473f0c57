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

/** A field the save keeps beside the game: the student's name, and a class game's signed code. */
export const savedText = (text: string, field: 'name' | 'signedCode'): string | null => {
  try { const v = (JSON.parse(text) as Record<string, unknown>)[field]; return typeof v === 'string' ? v.slice(0, 2100) : null; } catch { return null; }
};
export const nameIn = (text: string): string => savedText(text, 'name') ?? '';
/** Where the last Continue's group of speeches began, if the save says so and it fits the game. */
export const heardIn = (text: string, logLength: number): number | null => {
  try { const v = (JSON.parse(text) as Record<string, unknown>).heardFrom; return Number.isInteger(v) && (v as number) >= 0 && (v as number) < logLength ? v as number : null; } catch { return null; }
};
