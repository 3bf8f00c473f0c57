/** Helpers that play the game through the engine's public moves, as the interface does. */
import { applyChoice, availableChoices, loadScenario, newGame, repliesFor, type Choice, type GameState, type Mode, type Scenario } from '../../src/engine';

export function load(input: unknown): Scenario {
  const result = loadScenario(input);
  if (!result.ok) throw new Error(`scenario did not load:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.scenario;
}

export function step(scenario: Scenario, state: GameState, choice: Choice): GameState {
  const result = applyChoice(scenario, state, choice);
  if (!result.ok) throw new Error(`${JSON.stringify(choice)} refused: ${result.error.message}`);
  return result.state;
}

/** Advances through speeches until the game needs a real decision (or is over). */
export function advance(scenario: Scenario, state: GameState): GameState {
  for (;;) {
    const choices = availableChoices(scenario, state);
    if (choices.length === 1 && (choices[0]!.type === 'continue' || choices[0]!.type === 'begin')) state = step(scenario, state, choices[0]!);
    else return state;
  }
}

/** Plays a whole meeting: the chair's opening (if presiding), the picks, a reply if attacked, the President's closing words (if presiding). */
export function playThrough(
  scenario: Scenario, seat: string, seed: number,
  plan: { chair?: string; picks: Record<string, string | null>; closing?: string; reply?: string; adjourn?: string; mode?: Mode },
): GameState {
  let state = advance(scenario, newGame(scenario, seat, seed, plan.mode));
  if (state.phase === 'opening') state = advance(scenario, step(scenario, state, { type: 'chair', option: plan.chair ?? scenario.presidency.options[0]!.id }));
  for (const [topic, option] of Object.entries(plan.picks)) state = step(scenario, state, { type: 'pick', topic, option });
  if (plan.closing) state = step(scenario, state, { type: 'closing', text: plan.closing });
  state = advance(scenario, step(scenario, state, { type: 'deliver' }));
  if (state.phase === 'rightOfReply') state = step(scenario, state, { type: 'reply', option: plan.reply ?? repliesFor(scenario, seat)[0]!.id });
  if (state.phase === 'closing') state = step(scenario, state, { type: 'adjourn', option: plan.adjourn ?? scenario.presidency.closingOptions![0]!.id });
  return state;
}
