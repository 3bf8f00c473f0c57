/**
 * Dealing seats: fifteen seats for a class of 10 to 35. Up to fifteen students take a seat each
 * (the computer plays the rest); up to thirty share seats in pairs; beyond that, the others observe
 * one delegation each or report for the press. Pure: the teacher page draws it and prints it.
 */
import { cleanName, type Mode, type Scenario } from '../engine';

export type Role = 'delegate' | 'pair' | 'observer' | 'press';
export interface Assignment { students: string[]; role: Role; seat: string | null; follows: string | null; link: string | null }
export interface SeatPlan { size: number; assignments: Assignment[]; computerSeats: string[] }

export const CLASS_MIN = 1;
export const CLASS_MAX = 60;

/** The order in which seats are dealt: the meeting's main voices first, so a small class has a debate. */
const PRIORITY = ['USA', 'RUS', 'CHN', 'GBR', 'KOR', 'FRA', 'JPN', 'CHE', 'SLE', 'DZA', 'MLT', 'SVN', 'ECU', 'GUY', 'MOZ'];

function seatOrder(s: Scenario): string[] {
  const members = s.speakersList.members;
  return [...PRIORITY.filter((id) => members.includes(id)), ...members.filter((id) => !PRIORITY.includes(id))];
}

/**
 * A link that opens the game on a seat, with the class's seed, mode and the student's name. It is
 * short (`?seat=KOR&m=g&s=1030`: the mode by its first letter) so that its QR code stays small
 * enough for a phone across a classroom; the game still reads the long `seed=` and `mode=`.
 */
export function seatLink(base: string, seat: string, seed: number, mode: Mode, name: string, language?: string): string {
  const params = new URLSearchParams({ seat, m: mode[0]!, s: String(seed >>> 0) });
  // The game keeps a name to its first characters; the link carries no more, so its QR code stays small.
  if (cleanName(name)) params.set('name', cleanName(name));
  // The class's language, so that each student opens the game in it (and may switch on the title screen).
  if (language) params.set('lang', language);
  return `${base.split('?')[0]}?${params.toString()}`;
}

/** How the plan names students the teacher did not list, and a pair, in the teacher's language; and the language links carry. */
export interface PlanWords { student: (n: number) => string; pair: (a: string, b: string) => string; language?: string }
const ENGLISH_PLAN: PlanWords = { student: (n) => `Student ${n}`, pair: (a, b) => `${a} & ${b}` };

export function dealSeats(s: Scenario, size: number, names: string[], seed: number, mode: Mode, base: string, words: PlanWords = ENGLISH_PLAN): SeatPlan {
  const n = Math.max(CLASS_MIN, Math.min(CLASS_MAX, Math.trunc(size)));
  const students = Array.from({ length: n }, (_, i) => names[i]?.trim() || words.student(i + 1));
  const seats = seatOrder(s);
  const assignments: Assignment[] = [];
  const delegations = Math.min(n, seats.length);
  const pairs = Math.max(0, Math.min(seats.length, n - seats.length));
  let next = 0;
  const take = (count: number) => students.slice(next, (next += count));
  for (let i = 0; i < delegations; i++) {
    const who = take(i < pairs ? 2 : 1);
    const seat = seats[i]!;
    assignments.push({ students: who, role: who.length === 2 ? 'pair' : 'delegate', seat, follows: null, link: seatLink(base, seat, seed, mode, who.length === 2 ? words.pair(who[0]!, who[1]!) : who[0]!, words.language) });
  }
  // Beyond thirty: one reporter for the press, then observers who each follow a delegation.
  const followed = [...s.speakersList.rule37, ...seats];
  let k = 0;
  while (next < n) {
    const [who] = take(1);
    if (k === 0) assignments.push({ students: [who!], role: 'press', seat: null, follows: null, link: null });
    else assignments.push({ students: [who!], role: 'observer', seat: null, follows: followed[(k - 1) % followed.length]!, link: null });
    k++;
  }
  return { size: n, assignments, computerSeats: seats.slice(delegations) };
}
