/**
 * The pieces of a round that the solo game and a class meeting share: a member's stand recorded from
 * its move, a penholder's redraft, moving on to the next round or to silence, and what the meeting
 * before leaves behind (the room's temper, each member's goodwill towards a player).
 */
import type { ConsultCondition } from '../scenario/consultationsSchema';
import type { Scenario } from '../scenario/schema';
import type { Choice, Consultations, GameEvent, GameState, Result } from '../types';
import type { Stage } from './reading';
import type { Round } from './rounds';

type Consult = Extract<Choice, { type: 'consult' }>;

/** A member's move in a round, as its stand on each paragraph: support, except what it objects to or amends. */
export function recordStand(r: Round, seat: string, choice: Consult) {
  const c = r.c;
  const round = c.round;
  const stands: Record<string, string> = {};
  for (const p of r.inText()) stands[p.element] = 'support';
  if (choice.move === 'object') stands[choice.target!] = 'object';
  if (choice.move === 'amend' || choice.move === 'insist') {
    const a = choice.target!;
    stands[r.stage.amendments.get(a)!.element.id] = a;
    c.proposals.push({ seat, amendment: a, round, insist: choice.move === 'insist' });
  }
  c.stands[seat] = stands;
  r.events.push({ type: 'consultMove', seat, move: choice.move, ...(choice.target ? { target: choice.target } : {}), text: choice.move === 'amend' || choice.move === 'insist' ? r.wordsOf(seat, choice.target!) : '', round });
}

/** A penholding player's move is the round's redraft: keep, compromise, take out, or write an amendment in. */
export function penRedraft(r: Round, seat: string, choice: Consult) {
  const c = r.c;
  const round = c.round;
  const p = c.draft.find((x) => x.element === (choice.move === 'amend' ? r.stage.amendments.get(choice.target!)!.element.id : choice.target));
  r.events.push({ type: 'consultMove', seat, move: choice.move, ...(choice.target ? { target: choice.target } : {}), text: choice.move === 'amend' ? r.wordsOf(seat, choice.target!) : '', round });
  const changes: Extract<GameEvent, { type: 'redraft' }>['changes'] = [];
  if (p && choice.move !== 'keep') {
    const to = choice.move === 'amend' ? choice.target! : choice.move === 'compromise' ? 'compromise' : p.version;
    const out = choice.move === 'drop' || (choice.move === 'amend' && r.stage.amendments.get(choice.target!)!.amendment.kind === 'delete');
    if (out) r.takenOut(p, [...new Set([...Object.entries(c.stands).filter(([, st]) => st[p.element] === choice.target).map(([m]) => m), seat])]);
    changes.push({ element: p.element, from: p.version, to: out ? null : to, out, by: [seat] });
    p.version = out ? p.version : to;
    p.out = out;
  }
  r.events.push({ type: 'redraft', round, changes });
}

/** After a round's redraft: the next round, or after the last, the silence procedure. */
export function advance(r: Round, round: number) {
  if (round < r.stage.section.rounds) { r.open(round + 1); return; }
  r.c.stage = 'silence';
  r.events.push({ type: 'consultStage', stage: 'silence', round });
}

/** The room's temper after a meeting: its tally meters where lower is better (escalation), above their start, make members touchier. */
export function meetingTemper(s: Scenario, game: GameState): number {
  let temper = 0;
  for (const m of s.meters) {
    if (m.kind !== 'tally' || m.better !== 'lower') continue;
    const start = m.start ?? m.min;
    temper += Math.max(-1, Math.min(1, ((start - (game.meters[m.id] ?? start)) / (m.max - m.min)) * 2));
  }
  return Math.round(temper * 100) / 100;
}

/** Each member's goodwill towards a player's proposals: its support for the player, less for attacking the player or being named by them. */
export function goodwillFrom(stage: Stage, game: GameState): Record<string, number> {
  const s = stage.scenario;
  const named = new Set(game.applied.flatMap((id) => s.topics.flatMap((t) => t.options).concat(s.rightOfReply.options).find((o) => o.id === id)?.targets ?? []));
  const goodwill: Record<string, number> = {};
  for (const m of stage.members) {
    if (m === game.seat) continue;
    const support = Math.max(-1, Math.min(1, (game.support[m] ?? 0) / 60));
    // In hundredths, so that a run code carries it exactly.
    goodwill[m] = Math.round((support - (game.attackedBy.includes(m) ? 1 : 0) - (named.has(m) ? 1 : 0)) * 100) / 100;
  }
  return goodwill;
}

export function freshConsultations(stage: Stage, temper: number, goodwill: Record<string, number>): Consultations {
  return {
    stage: 'round', round: 0, draft: stage.section.elements.map((e) => ({ element: e.id, version: null, out: false })),
    stands: {}, proposals: [], goodwill, temper, doubt: {}, agreed: null, blocked: [],
  };
}

/** A seat's objectives and red lines for the elements, once the text is read or blocked. */
export function elementsResult(stage: Stage, c: Consultations, seat: string): NonNullable<Result['elements']> {
  const brief = stage.briefs.get(seat);
  const holds = (cond: ConsultCondition) => elementsHold(c, cond);
  return {
    product: (c.agreed ?? []).length > 0,
    objectives: (brief?.objectives ?? []).map((o) => ({ id: o.id, met: holds(o.when) })),
    redLines: (brief?.redLines ?? []).map((o) => ({ id: o.id, crossed: holds(o.when) })),
  };
}

/** Whether a condition on the elements holds for consultations that are over. */
export function elementsHold(c: Consultations, cond: ConsultCondition): boolean {
  const agreed = c.agreed ?? [];
  if (cond.all) return cond.all.every((x) => elementsHold(c, x));
  if (cond.any) return cond.any.some((x) => elementsHold(c, x));
  if (cond.not) return !elementsHold(c, cond.not);
  if (cond.agreed !== undefined) return agreed.some((p) => p.element === cond.agreed);
  if (cond.amended !== undefined) return agreed.some((p) => p.version === cond.amended);
  if (cond.product !== undefined) return (agreed.length > 0) === cond.product;
  if (cond.blockedBy !== undefined) return c.blocked.some((b) => b.silence && b.by.includes(cond.blockedBy!));
  if (cond.dropped !== undefined) return c.blocked.some((b) => !b.silence && b.element === cond.dropped);
  return false;
}
