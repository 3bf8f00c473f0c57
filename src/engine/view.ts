/**
 * Read-only questions the interface asks of a state. They live here so that neither the DOM layer
 * nor a Phaser scene re-derives a game rule (who stands with you, who has the floor).
 */
import type { Scenario } from './scenario/schema';
import type { GameState } from './types';
import { compileScenario } from './model';
import { nextOnTheList, stillToSpeak } from './meeting';

/** Members whose support reaches the scenario's threshold: the lit nameplates. */
export function alignedWith(scenario: Scenario, state: GameState): string[] {
  return scenario.delegations
    .filter((d) => d.kind === 'member' && d.id !== state.seat && (state.support[d.id] ?? 0) >= scenario.rules.alignAt)
    .map((d) => d.id);
}

/** Who spoke last, i.e. who has (or just had) the floor; the player while building a statement. */
export function currentSpeaker(state: GameState): string | null {
  if (state.phase === 'playerTurn' || state.phase === 'rightOfReply' || state.phase === 'closing') return state.seat;
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i]!;
    if (e.type === 'speech') return e.speaker;
    if (e.type === 'statement') return state.seat;
  }
  return null;
}

export function bandOf(scenario: Scenario, meterId: string, value: number): string {
  const meter = scenario.meters.find((m) => m.id === meterId);
  if (!meter) return '';
  let label = meter.bands[0]?.label ?? '';
  for (const b of meter.bands) if (value >= b.from) label = b.label;
  return label;
}

/** Who takes the floor on the next "continue", so the button can say so. */
export function nextSpeaker(scenario: Scenario, state: GameState): string | null {
  const model = compileScenario(scenario);
  const d = nextOnTheList(model, state);
  return d < 0 ? null : model.delegations[d]!.id;
}

/** The most speakers one press of Continue gives the floor to. */
export const SPEAKERS_PER_CONTINUE = 3;

/**
 * Who one Continue gives the floor to: the next speakers at this stage of the list, up to
 * SPEAKERS_PER_CONTINUE, never past a stage where the player decides something. Each of them is
 * still heard and shown: a group saves presses, not speeches.
 */
export function nextGroup(scenario: Scenario, state: GameState): string[] {
  const model = compileScenario(scenario);
  return stillToSpeak(model, state).slice(0, SPEAKERS_PER_CONTINUE).map((d) => model.delegations[d]!.id);
}
