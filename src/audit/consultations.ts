/**
 * The consultations' audit. The meeting before them has millions of courses, so it is sampled:
 * MEETINGS random meetings per seat (random statement, reply and closing, seeded). From each, every
 * course of the player's through the rounds and the silence procedure is played (all of them,
 * nothing sampled), and random play weighs each course by the chance a player choosing uniformly
 * at each step would take it.
 */
import { applyChoice, availableChoices, newGame, topicsFor } from '../engine/game';
import { consultChoices, elementsHold, playMove } from '../engine/consultations';
import { nextRandom } from '../engine/rng';
import type { Scenario } from '../engine/scenario/schema';
import type { Choice, GameState } from '../engine/types';

export const MEETINGS = 24;

export interface ConsultTotals {
  seat: string;
  meetings: number;
  courses: number;
  /** Chance of a product under random play. */
  product: number;
  /** Per element: chance it is read to the press under random play. */
  survives: Record<string, number>;
  /** Per element and wording ("el-x/original", "el-x/compromise" or an amendment id): chance it is read, under random play. */
  wordings: Record<string, number>;
  objectives: Record<string, number>;
  redLines: Record<string, number>;
  /** Meetings in which some course reaches a product / some course reaches none. */
  reachable: number;
  impossible: number;
  /** Courses (as moves) that reach a product in every sampled meeting: a seat that could force consensus alone. */
  forcing: string[];
}

/** A random meeting to its outcome: topics picked at random, then the other choices at random. */
export function randomMeeting(scenario: Scenario, seat: string, seed: number): GameState {
  let state = newGame(scenario, seat, seed);
  let r = (seed ^ 0x9e3779b9) >>> 0;
  const rand = () => { const [v, next] = nextRandom(r); r = next; return v; };
  for (let i = 0; i < 400 && state.phase !== 'outcome'; i++) {
    const choices = availableChoices(scenario, state);
    let choice: Choice;
    if (state.phase === 'playerTurn') {
      const undecided = topicsFor(scenario, seat).filter((t) => !(t.topic.id in state.picks));
      const fits = undecided.length ? choices.filter((c) => c.type === 'pick' && c.topic === undecided[0]!.topic.id) : [];
      choice = fits.length ? fits[Math.floor(rand() * fits.length)]! : { type: 'deliver' };
    } else choice = choices[Math.floor(rand() * choices.length)]!;
    const step = applyChoice(scenario, state, choice);
    if (!step.ok) throw new Error(`random meeting for ${seat}: ${step.error.message}`);
    state = step.state;
  }
  return state;
}

const nested = (r: Record<string, Record<string, unknown>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { ...v }]));

/** A copy the rules may change: only what the consultations write is copied (they never touch the meeting's part). */
function copy(state: GameState): GameState {
  const c = state.consultations;
  return {
    ...state, log: [], choices: [],
    result: state.result ? { ...state.result } : null,
    consultations: c ? {
      ...c, draft: c.draft.map((p) => ({ ...p })), stands: nested(c.stands) as Record<string, Record<string, string>>,
      proposals: [...c.proposals], doubt: c.doubt, agreed: c.agreed, blocked: c.blocked.map((b) => ({ ...b, by: [...b.by] })),
    } : null,
  };
}

export function auditConsultations(scenario: Scenario, seat: string, meetings = MEETINGS): ConsultTotals {
  const section = scenario.consultations!;
  const brief = section.instructions.find((b) => b.seat === seat);
  const totals: ConsultTotals = {
    seat, meetings, courses: 0, product: 0, survives: Object.fromEntries(section.elements.map((e) => [e.id, 0])), wordings: {},
    objectives: Object.fromEntries((brief?.objectives ?? []).map((o) => [o.id, 0])),
    redLines: Object.fromEntries((brief?.redLines ?? []).map((o) => [o.id, 0])),
    reachable: 0, impossible: 0, forcing: [],
  };
  let forcing = null as Set<string> | null;
  for (let m = 0; m < meetings; m++) {
    const meeting = copy(randomMeeting(scenario, seat, 1000 + m * 7919));
    const winners = new Set<string>();
    let anyWin = false;
    let anyLoss = false;
    const walk = (state: GameState, weight: number, path: string) => {
      const choices = consultChoices(scenario, state);
      if (choices.length === 0) {
        const c = state.consultations!;
        totals.courses++;
        const won = (c.agreed ?? []).length > 0;
        if (won) { anyWin = true; winners.add(path); totals.product += weight; } else anyLoss = true;
        for (const p of c.agreed ?? []) {
          totals.survives[p.element]! += weight;
          const key = p.version === null || p.version === 'compromise' ? `${p.element}/${p.version ?? 'original'}` : p.version;
          totals.wordings[key] = (totals.wordings[key] ?? 0) + weight;
        }
        for (const o of brief?.objectives ?? []) if (elementsHold(c, o.when)) totals.objectives[o.id]! += weight;
        for (const o of brief?.redLines ?? []) if (elementsHold(c, o.when)) totals.redLines[o.id]! += weight;
        return;
      }
      for (const choice of choices) {
        const next = copy(state);
        playMove(scenario, next, choice);
        walk(next, weight / choices.length, `${path}${choice.move}${choice.target ? `:${choice.target}` : ''} `);
      }
    };
    walk(meeting, 1 / meetings, '');
    if (anyWin) totals.reachable++;
    if (anyLoss) totals.impossible++;
    forcing = forcing === null ? winners : new Set([...forcing].filter((p: string) => winners.has(p)));
  }
  totals.forcing = [...(forcing ?? [])].slice(0, 5);
  return totals;
}

export interface ConsultFinding { seat: string; message: string }

/**
 * The consultations' properties for one seat: every objective and red line met (crossed) by random
 * play in 5–85% of runs, consensus reached by some course, missed by others, and forced by none.
 */
export function consultFindings(scenario: Scenario, t: ConsultTotals): ConsultFinding[] {
  const out: ConsultFinding[] = [];
  const band = (what: string, share: number) => {
    if (share < 0.05 || share > 0.85) out.push({ seat: t.seat, message: `${what} is met by random play in ${(100 * share).toFixed(1)}% of runs, outside 5–85%` });
  };
  for (const [id, share] of Object.entries(t.objectives)) band(`objective ${id} (consultations)`, share);
  for (const [id, share] of Object.entries(t.redLines)) band(`red line ${id} (consultations)`, share);
  if (t.reachable === 0) out.push({ seat: t.seat, message: `no course of the player's reaches agreed elements in any of ${t.meetings} sampled meetings` });
  if (t.impossible < t.meetings) out.push({ seat: t.seat, message: `in ${t.meetings - t.impossible} sampled meetings every course reaches agreed elements` });
  if (t.forcing.length > 0) out.push({ seat: t.seat, message: `the seat can force agreed elements alone: "${t.forcing[0]}" reaches them in every sampled meeting` });
  if (!scenario.consultations) out.push({ seat: t.seat, message: 'the scenario has no consultations' });
  return out;
}
