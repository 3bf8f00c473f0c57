/** A random-choice bot: plays one seat to the end with a seeded choice of what to do at each step. */
import fc from 'fast-check';
import { applyChoice, availableChoices, newGame, topicsFor, type Choice, type GameState, type Scenario } from '../../src/engine';
import { nextRandom } from '../../src/engine/rng';
import { applyConsultation, consultChoices } from '../../src/engine/consultations';

const CLOSINGS = ['', 'We stand ready to work with all members.', '<script>alert(1)</script>', '  \u0000\u202eodd\u200b text  ', 'é'.repeat(50)];

export function botPlay(scenario: Scenario, seat: string, seed: number, maxSteps = 400): GameState {
  let state = newGame(scenario, seat, seed);
  let r = (seed ^ 0x5bd1e995) >>> 0;
  const rand = () => { const [v, next] = nextRandom(r); r = next; return v; };
  for (let i = 0; i < maxSteps && state.phase !== 'outcome'; i++) {
    const choices = availableChoices(scenario, state);
    let choice: Choice;
    if (state.phase === 'playerTurn') {
      // Decide each topic in a random order, then sometimes a closing line, then deliver.
      const undecided = topicsFor(scenario, seat).map((t) => t.topic).filter((t) => !(t.id in state.picks));
      if (undecided.length > 0) {
        const topic = undecided[Math.floor(rand() * undecided.length)]!;
        const fits = choices.filter((c) => c.type === 'pick' && c.topic === topic.id);
        choice = fits[Math.floor(rand() * fits.length)]!;
      } else if (!state.closing && rand() < 0.5) {
        choice = { type: 'closing', text: CLOSINGS[Math.floor(rand() * CLOSINGS.length)]! };
      } else {
        choice = { type: 'deliver' };
      }
    } else {
      choice = choices[Math.floor(rand() * choices.length)]!;
    }
    const step = applyChoice(scenario, state, choice);
    if (!step.ok) throw new Error(`bot's choice ${JSON.stringify(choice)} refused: ${step.error.message}`);
    state = step.state;
  }
  return state;
}

/** Invariants every finished run must keep; returns what broke, in words. */
export function brokenInvariants(scenario: Scenario, state: GameState): string[] {
  const broken: string[] = [];
  if (state.phase !== 'outcome' || !state.result) broken.push(`no outcome reached (phase ${state.phase})`);
  for (const m of scenario.meters) {
    const v = state.meters[m.id];
    if (typeof v !== 'number' || Number.isNaN(v)) broken.push(`${m.id} is ${v}`);
    else if (v < m.min || v > m.max) broken.push(`${m.id} = ${v} outside ${m.min}..${m.max}`);
  }
  for (const [id, v] of Object.entries(state.support)) if (!Number.isFinite(v)) broken.push(`support of ${id} is ${v}`);
  const aligned = scenario.delegations.filter((d) => d.kind === 'member' && d.id !== state.seat && (state.support[d.id] ?? 0) >= scenario.rules.alignAt).length;
  for (const m of scenario.meters) if (m.kind === 'alignment' && state.meters[m.id] !== Math.min(aligned, m.max)) broken.push(`${m.id} ${state.meters[m.id]} ≠ ${aligned} aligned members`);
  // Every change has a cause, and each meter's changes chain from its start to its final value.
  const last: Record<string, number> = { ...state.history[0]!.meters };
  for (const e of state.log) {
    if (e.type !== 'meter') continue;
    if (!e.cause || !e.cause.kind) broken.push(`a change of ${e.meter} has no cause`);
    if (e.from !== last[e.meter]) broken.push(`${e.meter} changed from ${e.from} but was ${last[e.meter]}`);
    if (e.from === e.to) broken.push(`${e.meter} recorded a change of nothing`);
    last[e.meter] = e.to;
  }
  for (const m of scenario.meters) if (last[m.id] !== state.meters[m.id]) broken.push(`${m.id}'s changes end at ${last[m.id]}, the meter at ${state.meters[m.id]}`);
  return broken;
}

export const seeds = fc.integer({ min: 0, max: 0xffffffff });

/** After the meeting, the bot goes into the consultations and makes a seeded random move each round, to the end. */
export function botConsult(scenario: Scenario, meeting: GameState, seed: number, maxSteps = 20): GameState {
  let state = meeting;
  let r = (seed ^ 0x27d4eb2f) >>> 0;
  const rand = () => { const [v, next] = nextRandom(r); r = next; return v; };
  for (let i = 0; i < maxSteps; i++) {
    const choices = consultChoices(scenario, state);
    if (choices.length === 0) break;
    const step = applyConsultation(scenario, state, choices[Math.floor(rand() * choices.length)]!);
    if (!step.ok) throw new Error(`bot's move refused: ${step.error.message}`);
    state = step.state;
  }
  return state;
}
