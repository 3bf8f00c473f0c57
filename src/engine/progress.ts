/**
 * How the player's instructions from capital stand right now: during the meeting, whether the run
 * as it stands (with the statement being drafted counted as if delivered) meets each objective; at
 * the end, whether it did. The guided mode shows this live.
 */
import type { Scenario } from './scenario/schema';
import { compileScenario } from './model';
import { applyOption, verdictParts } from './situation';
import { situationFromState } from './meeting';
import type { GameState } from './types';

export type ObjectiveStatus = 'onTrack' | 'atRisk' | 'met' | 'missed';
export type RedLineStatus = 'kept' | 'atRisk' | 'crossed';

export interface Progress {
  objectives: { id: string; text: string; status: ObjectiveStatus }[];
  redLines: { id: string; text: string; status: RedLineStatus }[];
}

export function objectiveProgress(scenario: Scenario, state: GameState): Progress {
  const ins = scenario.instructions.find((i) => i.seat === state.seat);
  if (!ins) return { objectives: [], redLines: [] };
  if (state.result) {
    return {
      objectives: ins.objectives.map((o) => ({ id: o.id, text: o.text, status: state.result!.objectives.find((r) => r.id === o.id)?.met ? 'met' : 'missed' })),
      redLines: ins.redLines.map((o) => ({ id: o.id, text: o.text, status: state.result!.redLines.find((r) => r.id === o.id)?.crossed ? 'crossed' : 'kept' })),
    };
  }
  const model = compileScenario(scenario);
  const sit = situationFromState(model, state);
  if (state.phase === 'playerTurn' || state.phase === 'preparation' || state.phase === 'opening' || state.phase === 'speakers') {
    for (const pick of Object.values(state.picks)) {
      const o = pick ? model.optionIndex.get(pick) : undefined;
      if (o !== undefined) applyOption(model, sit, model.options[o]!, null);
    }
  }
  const parts = verdictParts(model, sit.seat);
  return {
    objectives: ins.objectives.map((o, i) => ({ id: o.id, text: o.text, status: parts.objectives[i]!(sit) ? 'onTrack' : 'atRisk' })),
    redLines: ins.redLines.map((o, i) => ({ id: o.id, text: o.text, status: parts.redLines[i]!(sit) ? 'atRisk' : 'kept' })),
  };
}
