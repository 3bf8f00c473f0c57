/**
 * Which of the player's own choices crossed a red line: the player's options are applied one by one,
 * in the order they were made, on the starting position, and the first after which the red line holds
 * is the one that crossed it. A red line crossed only by what others did has no such choice.
 */
import type { Scenario } from './scenario/schema';
import { compileScenario } from './model';
import { applyOption, startSituation, verdictParts } from './situation';
import type { GameState } from './types';

export function redLineCauses(scenario: Scenario, state: GameState): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (!state.result) return out;
  const model = compileScenario(scenario);
  const seat = model.delegationIndex.get(state.seat)!;
  const parts = verdictParts(model, seat);
  const ins = scenario.instructions.find((i) => i.seat === state.seat);
  const presiding = scenario.presidency.seat === state.seat;
  const mine = state.applied
    .map((id) => model.options[model.optionIndex.get(id)!]!)
    .filter((o) => o.kind !== 'chair' || presiding);
  (ins?.redLines ?? []).forEach((line, i) => {
    if (!state.result!.redLines.find((r) => r.id === line.id)?.crossed) return;
    const sit = startSituation(model, seat);
    out[line.id] = null;
    for (const o of mine) {
      applyOption(model, sit, o, null);
      if (parts.redLines[i]!(sit)) { out[line.id] = o.id; break; }
    }
  });
  return out;
}
