/**
 * What the printables say, worked out from the scenario alone (pure): a seat's role card, and the
 * teacher's notes on each option. The screens in src/ui/screens/printables*.ts lay them out.
 */
import { topicsFor, type Condition, type Fact, type Option, type Scenario } from '../engine';
import optionBasis from './printablesBasis';

/** The facts a seat's own options state, most used first, then those behind its instructions: the ones its delegate must get right. */
export function keyFacts(s: Scenario, seat: string, most = 6): Fact[] {
  const count = new Map<string, number>();
  for (const { options } of topicsFor(s, seat)) for (const o of options) for (const c of o.claims) count.set(c.fact, (count.get(c.fact) ?? 0) + 1);
  // Then the facts behind the seat's own instructions (the paragraphs its objectives cite).
  const ins = s.instructions.find((i) => i.seat === seat);
  const cited = new Set([...(ins?.objectives ?? []), ...(ins?.redLines ?? [])].flatMap((o) => o.cite));
  for (const f of s.facts) if (!count.has(f.id) && f.cite.some((p) => cited.has(p))) count.set(f.id, 0);
  const ranked = [...count].sort((a, b) => b[1] - a[1]).slice(0, most).map(([id]) => id);
  // Oldest first; an undated fact (a letter, an estimate) after the dated ones.
  return s.facts.filter((f) => ranked.includes(f.id)).sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9'));
}

/** Where a seat speaks: its place on the speakers' list, or the chair's. */
export function speakingPlace(s: Scenario, seat: string): { place: number; of: number; presides: boolean } {
  const members = s.speakersList.members;
  return { place: members.indexOf(seat) + 1, of: members.length, presides: s.presidency.seat === seat };
}

function choosesIn(c: Condition | undefined, option: string): boolean {
  if (!c) return false;
  if (c.chose === option) return true;
  return [...(c.all ?? []), ...(c.any ?? [])].some((x) => choosesIn(x, option)) || choosesIn(c.not, option);
}

export interface InstructionMention { seat: string; text: string; redLine: boolean }
export interface OptionNote {
  option: Option;
  topic: string;
  seats: string[];
  basis: { kind: 'source' | 'record' | 'assumption'; note: string };
  claims: { fact: Fact; certainty: string; evidence: string; beyond: boolean }[];
  /** The meters the option moves by itself (an overclaim's cost included), and who it warms or cools. */
  moves: { meter: string; by: number }[];
  warmer: string[];
  cooler: string[];
  mentions: InstructionMention[];
}

/**
 * Who an option moves towards the speaker or away, as the engine's guided preview says (the same
 * sums: shared stances, less an overclaim for evidence-minded members). Written out here so that
 * the teacher's screens do not pull the meeting's rules out of the first load; a test holds the
 * two to the same answer.
 */
function warmth(s: Scenario, o: Option, beyondSteps: number, speaker: string): { warmer: string[]; cooler: string[] } {
  const threshold = s.rules.reactAt / 2;
  const warmer: string[] = [];
  const cooler: string[] = [];
  for (const d of s.delegations) {
    if (d.id === speaker || d.kind === 'briefer') continue;
    let dot = 0;
    for (const [issue, v] of Object.entries(o.stance)) dot += v * (d.stance[issue] ?? 0);
    const delta = s.rules.supportPerStance * dot + s.rules.overclaim.supportPerStep * beyondSteps * d.evidenceMinded;
    if (delta >= threshold) warmer.push(d.id);
    if (delta <= -threshold) cooler.push(d.id);
  }
  return { warmer, cooler };
}

const label = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? id;

/**
 * Each option with what a teacher needs to discuss it: who may choose it, what it rests on, the
 * facts it states and how firmly, what it moves at the start of a meeting (the guided preview),
 * and the instructions that name it. `seat` narrows the notes to that seat's options.
 */
export function optionNotes(s: Scenario, seat: string | null = null): OptionNote[] {
  const seatsOf = new Map<string, string[]>();
  for (const id of s.speakersList.members) for (const { options } of topicsFor(s, id)) for (const o of options) seatsOf.set(o.id, [...(seatsOf.get(o.id) ?? []), id]);
  const factOf = new Map(s.facts.map((f) => [f.id, f]));
  const rank = (list: { id: string; rank: number }[], id: string) => list.find((x) => x.id === id)?.rank ?? 0;
  return s.topics.flatMap((topic) => topic.options.flatMap((option): OptionNote[] => {
    const seats = seatsOf.get(option.id) ?? [];
    if (!seats.length || (seat && !seats.includes(seat))) return [];
    const kept = (optionBasis as Record<string, string>)[option.id];
    const basis = kept?.startsWith('r:') ? { kind: 'record' as const, note: kept.slice(2) }
      : kept?.startsWith('a:') ? { kind: 'assumption' as const, note: kept.slice(2) } : { kind: 'source' as const, note: '' };
    const claims = option.claims.flatMap((c) => {
      const fact = factOf.get(c.fact);
      return fact ? [{ fact, certainty: label(s.certainties, c.certainty), evidence: label(s.evidenceLevels, fact.evidence), beyond: rank(s.certainties, c.certainty) > rank(s.evidenceLevels, fact.evidence) }] : [];
    });
    const mentions = s.instructions.flatMap((ins) => [
      ...ins.objectives.filter((o) => choosesIn(o.when, option.id)).map((o) => ({ seat: ins.seat, text: o.text, redLine: false })),
      ...ins.redLines.filter((o) => choosesIn(o.when, option.id)).map((o) => ({ seat: ins.seat, text: o.text, redLine: true })),
    ]);
    const beyond = option.claims.reduce((n, c) => n + Math.max(0, rank(s.certainties, c.certainty) - rank(s.evidenceLevels, factOf.get(c.fact)?.evidence ?? '')), 0);
    const moves = s.meters.map((m) => ({ meter: m.label, by: (option.effects[m.id] ?? 0) + (beyond ? s.rules.overclaim.effects[m.id] ?? 0 : 0) })).filter((m) => m.by !== 0);
    const { warmer, cooler } = warmth(s, option, beyond, seat ?? seats[0]!);
    return [{ option, topic: topic.label, seats, basis, claims, moves, warmer, cooler, mentions }];
  }));
}
