/**
 * How a member reads a paragraph: its stance against the paragraph's wording, what its capital
 * wants in or kept out, the room's temper after the meeting, and this round's doubt (a seeded draw).
 * The thresholds say when a reading is support, a request to amend, or an objection.
 */
import type { Scenario } from '../scenario/schema';
import type { AmendmentEntry, ElementBrief, ElementEntry } from '../scenario/consultationsSchema';
import type { DraftParagraph } from '../types';

/** At or above: the member supports the paragraph. */
export const SUPPORT_AT = 0.5;
/** At or below: the member objects to it. */
export const OBJECT_AT = -1.5;
/** An amendment is worth asking for when it reads this much better than the wording on the table. */
export const AMEND_GAIN = 0.75;
/** How far one round's doubt can move a reading either way. */
export const DOUBT = 0.8;
/** Under silence, the capital has the last word: doubt runs wider. */
export const SILENCE_DOUBT = 1.2;
/** How much the room's temper after the meeting weighs in every reading. */
export const TEMPER = 0.5;

export interface Stage {
  scenario: Scenario;
  section: NonNullable<Scenario['consultations']>;
  members: string[];
  elements: Map<string, ElementEntry>;
  amendments: Map<string, { amendment: AmendmentEntry; element: ElementEntry }>;
  briefs: Map<string, ElementBrief>;
  /** Per member: the amendments it may propose (its own or its camp's words), by id. */
  voiced: Map<string, AmendmentEntry[]>;
  stances: Map<string, Record<string, number>>;
  permanent: Set<string>;
  campOf: Map<string, string>;
}

const stages = new WeakMap<Scenario, Stage>();

export function stageOf(scenario: Scenario): Stage {
  const cached = stages.get(scenario);
  if (cached) return cached;
  const section = scenario.consultations;
  if (!section) throw new Error(`${scenario.id} has no consultations`);
  const members = scenario.speakersList.members;
  const campOf = new Map(scenario.camps.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
  const elements = new Map(section.elements.map((e) => [e.id, e]));
  const amendments = new Map(section.elements.flatMap((element) => element.amendments.map((amendment) => [amendment.id, { amendment, element }] as const)));
  const voiced = new Map(members.map((m) => [m, section.elements.flatMap((e) => e.amendments.filter((a) => sayer(a, m, campOf) !== null))]));
  const stage: Stage = {
    scenario, section, members, elements, amendments,
    briefs: new Map(section.instructions.map((b) => [b.seat, b])),
    voiced,
    stances: new Map(scenario.delegations.map((d) => [d.id, d.stance])),
    permanent: new Set(scenario.delegations.filter((d) => d.permanent).map((d) => d.id)),
    campOf,
  };
  stages.set(scenario, stage);
  return stage;
}

/** The key of an amendment's `say` under which a member proposes it: its own id or its camp's. */
export function sayer(a: AmendmentEntry, seat: string, campOf: Map<string, string>): string | null {
  if (Object.hasOwn(a.say, seat)) return seat;
  const camp = campOf.get(seat);
  return camp !== undefined && Object.hasOwn(a.say, camp) ? camp : null;
}

/** A paragraph's wording as it stands: its text and stance, or null when it is out. */
export function wording(stage: Stage, p: Pick<DraftParagraph, 'element' | 'version' | 'out'>): { text: string; stance: Record<string, number>; label: string } | null {
  if (p.out) return null;
  const element = stage.elements.get(p.element)!;
  if (p.version === 'compromise' && element.compromise) return element.compromise;
  const a = p.version ? stage.amendments.get(p.version)?.amendment : undefined;
  if (a?.text) return { text: a.text, stance: a.stance, label: a.label };
  return element;
}

/**
 * A member's reading of one paragraph in one wording, or out of the text (`out`). Out of the text, a
 * paragraph reads as nothing, except to a capital that wants it in or kept out. A paragraph kept out
 * is let through while the paragraph it is traded for is in the text (`inText`).
 */
export function reading(stage: Stage, seat: string, element: string, version: string | null, out: boolean, inText: (element: string) => boolean = () => false): number {
  const brief = stage.briefs.get(seat);
  const wanted = brief?.wants.includes(element) ? 2 : 0;
  const traded = brief?.trades.some((t) => t.give === element && inText(t.for)) ?? false;
  const kept = brief?.keepOut.includes(element) && !traded ? 3 : 0;
  // A paragraph a capital wants, taken out, disappoints; only one it needs is worth an objection (see Round.cost).
  if (out) return kept - wanted / 2;
  const w = wording(stage, { element, version, out })!;
  const mine = stage.stances.get(seat) ?? {};
  let dot = 0;
  for (const [issue, v] of Object.entries(w.stance)) dot += (mine[issue] ?? 0) * v;
  return dot / 2 + wanted - kept;
}

/** The issue on which a member and a wording are furthest apart: the "why" of an objection. */
export function sorestIssue(stage: Stage, seat: string, element: string, version: string | null): string | null {
  const w = wording(stage, { element, version, out: false });
  if (!w) return null;
  const mine = stage.stances.get(seat) ?? {};
  let worst: string | null = null;
  let low = 0;
  for (const [issue, v] of Object.entries(w.stance)) {
    const product = (mine[issue] ?? 0) * v;
    if (product < low) { low = product; worst = issue; }
  }
  return worst;
}
