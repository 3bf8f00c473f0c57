/**
 * The rounds of the consultations, written against an immer draft of the game state: the members
 * say where they stand, the penholder redrafts, and after the last round the text goes under
 * silence. Every computer delegation decides from its reading; the same seed and moves give the
 * same text.
 */
import { nextRandom } from '../rng';
import type { BlockedElement, Consultations, DraftParagraph, GameEvent, GameState } from '../types';

/** What a round works on: a player's game, or a class meeting's shared consultations (with no one player). */
export type ConsultHost = Pick<GameState, 'seat' | 'rng' | 'consultations'>;
import { AMEND_GAIN, DOUBT, OBJECT_AT, SILENCE_DOUBT, SUPPORT_AT, TEMPER, reading, sorestIssue, stageOf, type Stage } from './reading';

export class Round {
  readonly stage: Stage;
  readonly events: GameEvent[] = [];
  constructor(stageSource: Parameters<typeof stageOf>[0], readonly state: ConsultHost) {
    this.stage = stageOf(stageSource);
  }

  get c(): Consultations { return this.state.consultations!; }
  get penholder(): string { return this.stage.section.penholder; }
  /** The seats whose stands come from people: the player's, or in a class every seat a student holds. */
  get humans(): string[] { return this.c.humans ?? [this.state.seat]; }
  isHuman(seat: string): boolean { return this.humans.includes(seat); }
  get playerHoldsPen(): boolean { return this.isHuman(this.penholder); }

  random(): number {
    const [value, next] = nextRandom(this.state.rng);
    this.state.rng = next;
    return value;
  }

  /** The paragraphs still in the text. */
  inText(): DraftParagraph[] { return this.c.draft.filter((p) => !p.out); }

  /** Each computer member's doubt on each paragraph this round, drawn once so that stands and redraft agree. */
  drawDoubt(range = DOUBT): Record<string, Record<string, number>> {
    const doubt: Record<string, Record<string, number>> = {};
    for (const m of this.stage.members) {
      doubt[m] = {};
      for (const p of this.c.draft) doubt[m]![p.element] = (this.random() * 2 - 1) * range;
    }
    return doubt;
  }

  /** A member's reading of a paragraph in a wording, with the room's temper, its doubt, and its goodwill towards a proposal of a player's. */
  read(seat: string, p: DraftParagraph, version: string | null, out: boolean, doubt: Record<string, Record<string, number>>, proposer: string | null = null): number {
    const base = reading(this.stage, seat, p.element, version, out, (e) => this.c.draft.some((x) => x.element === e && !x.out));
    if (out) return base;
    const goodwill = proposer === null ? 0 : (this.c.goodwillOf?.[proposer] ?? this.c.goodwill)[seat] ?? 0;
    return base + TEMPER * this.c.temper + (doubt[seat]?.[p.element] ?? 0) + goodwill;
  }

  /** Opens a round: every computer member says where it stands on each paragraph still in. */
  open(round: number) {
    const c = this.c;
    c.stage = 'round';
    c.round = round;
    this.events.push({ type: 'consultStage', stage: 'round', round });
    c.doubt = this.drawDoubt();
    c.stands = {};
    for (const m of this.stage.members) {
      if (this.isHuman(m)) continue;
      c.stands[m] = {};
      for (const p of this.inText()) c.stands[m]![p.element] = this.standOf(m, p);
    }
    for (const m of this.stage.members) {
      if (this.isHuman(m)) continue;
      for (const p of this.inText()) this.say(m, p, c.stands[m]![p.element]!);
    }
  }

  standOf(m: string, p: DraftParagraph): string {
    const doubt = this.c.doubt;
    const here = this.read(m, p, p.version, false, doubt);
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const a of this.stage.voiced.get(m) ?? []) {
      if (this.stage.amendments.get(a.id)!.element.id !== p.element || a.id === p.version) continue;
      const score = this.read(m, p, a.id, a.kind === 'delete', doubt);
      if (score > bestScore) { best = a.id; bestScore = score; }
    }
    if (best !== null && bestScore - here >= AMEND_GAIN && here < SUPPORT_AT + 1) return best;
    return here <= OBJECT_AT ? 'object' : 'support';
  }

  /** A stand said aloud: an amendment in the member's own words, an objection with its reason; support is shown, not said. */
  say(seat: string, p: DraftParagraph, stand: string) {
    const round = this.c.round;
    if (stand === 'support') return;
    if (stand === 'object') {
      this.events.push({ type: 'consultMove', seat, move: 'object', target: p.element, text: '', why: this.whyAgainst(seat, p), round });
      return;
    }
    // A member insists on an amendment it asked for before when the wording on the table is one it cannot accept.
    const insist = this.c.proposals.some((x) => x.seat === seat && x.amendment === stand)
      && this.read(seat, p, p.version, false, this.c.doubt) <= OBJECT_AT;
    this.c.proposals.push({ seat, amendment: stand, round, insist });
    this.events.push({ type: 'consultMove', seat, move: insist ? 'insist' : 'amend', target: stand, text: this.wordsOf(seat, stand), round });
  }

  wordsOf(seat: string, amendment: string): string {
    const a = this.stage.amendments.get(amendment)!.amendment;
    return a.say[seat] ?? a.say[this.stage.campOf.get(seat) ?? ''] ?? '';
  }

  /** Why a member is against a paragraph: its capital keeps it out, or the issue it reads furthest from. */
  whyAgainst(seat: string, p: DraftParagraph): string {
    if (this.stage.briefs.get(seat)?.keepOut.includes(p.element)) return 'keepOut';
    return sorestIssue(this.stage, seat, p.element, p.version) ?? 'temper';
  }

  /**
   * The penholder's redraft after a round: for each paragraph, the wording (as it stands, an
   * amendment on the table, its compromise in the last round, or out in the last round) that the
   * fewest members object to, weighed by how firmly; then one that keeps the paragraph in (the penholder wants a text with
   * something in it); then the one the fewest are unhappy with; as it stands wins a tie. An
   * insisting member objects to every wording but its own; a member that needs a paragraph objects
   * to its going out.
   */
  redraft(last: boolean) {
    const c = this.c;
    const changes: Extract<GameEvent, { type: 'redraft' }>['changes'] = [];
    for (const p of this.inText()) {
      const proposed = new Map<string, string[]>();
      for (const [seat, stands] of Object.entries(c.stands)) {
        const s = stands[p.element];
        if (s && s !== 'support' && s !== 'object') proposed.set(s, [...(proposed.get(s) ?? []), seat]);
      }
      const candidates: { version: string | null; out: boolean; by: string[] }[] = [{ version: p.version, out: false, by: [] }];
      for (const [a, by] of proposed) candidates.push({ version: a, out: this.stage.amendments.get(a)!.amendment.kind === 'delete', by });
      const element = this.stage.elements.get(p.element)!;
      if (last && element.compromise && p.version !== 'compromise') candidates.push({ version: 'compromise', out: false, by: [this.penholder] });
      if (last) candidates.push({ version: p.version, out: true, by: [this.penholder] });
      let best = candidates[0]!;
      let bestCost = this.cost(p, best);
      for (const cand of candidates.slice(1)) {
        const cost = this.cost(p, cand);
        if (cheaper(cost, cand.out, bestCost, best.out)) { best = cand; bestCost = cost; }
      }
      if (best === candidates[0]) continue;
      if (best.out) this.takenOut(p, best.by);
      changes.push({ element: p.element, from: p.version, to: best.out ? null : best.version, out: best.out, by: best.by });
      p.version = best.out ? p.version : best.version;
      p.out = best.out;
    }
    this.events.push({ type: 'redraft', round: c.round, changes });
  }

  /** A paragraph out of the text: over the objections to it, or (a deletion no one objected against) at the request of who asked. */
  takenOut(p: DraftParagraph, askedBy: string[]) {
    const objectors = this.cost(p, { version: p.version, out: false, by: [] }).objectors;
    this.c.blocked.push({ element: p.element, by: objectors.length ? objectors : askedBy, silence: false });
  }

  /** Whether a wording gives a member the amendment it asked for: its own, or the paragraph out for a deletion. */
  meets(amendment: string, cand: { version: string | null; out: boolean }): boolean {
    return amendment === cand.version || (cand.out && this.stage.amendments.get(amendment)?.amendment.kind === 'delete');
  }

  /**
   * What a wording costs the penholder: who would object to it, weighed by how firmly (a member
   * insisting, or needing a paragraph taken out, counts double), and how many would be unhappy.
   */
  cost(p: DraftParagraph, cand: { version: string | null; out: boolean; by: string[] }): Cost {
    const c = this.c;
    const objectors: string[] = [];
    let weight = 0;
    let unhappy = 0;
    const object = (m: string, w: number) => { objectors.push(m); weight += w; };
    const proposer = cand.by.find((x) => this.isHuman(x)) ?? null;
    for (const m of this.stage.members) {
      const stand = c.stands[m]?.[p.element];
      const insisted = stand !== undefined && c.proposals.some((x) => x.seat === m && x.amendment === stand && x.insist);
      if (this.isHuman(m)) {
        // The pen redrafts; it does not weigh its own stand.
        if (m === this.penholder) continue;
        // The player's stand this round: an objection to the paragraph, or an amendment (insisted on or not)...
        if (stand === 'object') { if (!cand.out) object(m, 1.5); continue; }
        if (stand !== undefined && stand !== 'support') { if (!this.meets(stand, cand)) { if (insisted && !cand.out) object(m, 2); else unhappy++; } continue; }
        // ...or support, which is for the wording on the table: any other the penholder reads as it
        // reads every member's, from what the player's capital is known to want.
        if (cand.version === p.version && !cand.out) continue;
      }
      const needs = this.stage.briefs.get(m)?.needs.includes(p.element) ?? false;
      if (cand.out && needs) { object(m, 2); continue; }
      const score = this.read(m, p, cand.version, cand.out, c.doubt, proposer);
      // Insisting is on a wording: it is met by its amendment or a wording the member supports; a
      // paragraph going out answers only to who needs or wants it.
      if (insisted && !cand.out && !this.meets(stand, cand) && score < SUPPORT_AT) { object(m, 2); continue; }
      if (score <= OBJECT_AT) object(m, 1 + Math.min(1, OBJECT_AT - score));
      // Out of the text, a paragraph leaves unhappy only a member that wanted it.
      else if (score < (cand.out ? 0 : SUPPORT_AT)) unhappy++;
    }
    return { objectors, weight, unhappy };
  }

  /**
   * Silence: each computer member breaks it on a paragraph it still objects to, and on the whole
   * text when a paragraph its capital needs is gone. Broken paragraphs fall; a break on the whole
   * text leaves nothing to read.
   */
  silence(breakers: string[]) {
    const c = this.c;
    const doubt = this.drawDoubt(SILENCE_DOUBT);
    const breaks: BlockedElement[] = [];
    const add = (element: string | null, seat: string) => {
      const entry = breaks.find((b) => b.element === element);
      if (entry) entry.by.push(seat); else breaks.push({ element, by: [seat], silence: true });
    };
    for (const h of breakers) add(null, h);
    for (const m of this.stage.members) {
      if (this.isHuman(m)) continue;
      for (const p of this.inText()) {
        if (this.read(m, p, p.version, false, doubt) <= OBJECT_AT) {
          add(p.element, m);
          this.events.push({ type: 'consultMove', seat: m, move: 'break', target: p.element, text: '', why: this.whyAgainst(m, p), round: c.round });
        }
      }
    }
    const falling = new Set(breaks.flatMap((b) => (b.element ? [b.element] : [])));
    const left = this.inText().filter((p) => !falling.has(p.element));
    for (const m of this.stage.members) {
      if (this.isHuman(m) || left.length === 0) continue;
      const missing = (this.stage.briefs.get(m)?.needs ?? []).find((e) => !left.some((p) => p.element === e));
      if (missing !== undefined) {
        add(null, m);
        this.events.push({ type: 'consultMove', seat: m, move: 'break', text: '', why: `needs:${missing}`, round: c.round });
      }
    }
    c.blocked.push(...breaks);
    const whole = breaks.some((b) => b.element === null);
    c.agreed = whole ? [] : left.map((p) => ({ ...p }));
    c.stage = 'done';
    this.events.push({ type: 'consultStage', stage: 'done', round: c.round });
    this.events.push({ type: 'pressElements', agreed: c.agreed, blocked: c.blocked });
  }
}

type Cost = { objectors: string[]; weight: number; unhappy: number };
function cheaper(a: Cost, aOut: boolean, b: Cost, bOut: boolean): boolean {
  if (Math.abs(a.weight - b.weight) > 1e-9) return a.weight < b.weight;
  if (aOut !== bOut) return !aOut;
  return a.unhappy < b.unhappy;
}
