/**
 * What an option would do to the statement as it stands, in direction and rough size only: the
 * design promises players no surprises, and no exact numbers to optimise against.
 */
import type { Scenario } from './scenario/schema';
import { compileScenario } from './model';
import { applyOption, copySituation, emptySituation } from './situation';
import { situationFromState } from './meeting';
import type { GameState } from './types';

export type Size = 'none' | 'small' | 'medium' | 'large';
export interface MeterPreview { meter: string; direction: 'up' | 'down' | 'none'; size: Size; better: boolean | null }
export interface OptionPreview {
  option: string;
  meters: MeterPreview[];
  warmer: string[]; // delegations this option moves toward the player
  cooler: string[];
  overclaims: string[]; // facts it asserts more firmly than the evidence allows
}

function sizeOf(delta: number, span: number): Size {
  const share = Math.abs(delta) / span;
  if (share === 0) return 'none';
  return share < 0.04 ? 'small' : share < 0.1 ? 'medium' : 'large';
}

export function previewOption(scenario: Scenario, state: GameState, optionId: string): OptionPreview {
  const model = compileScenario(scenario);
  const o = model.options[model.optionIndex.get(optionId)!]!;
  const base = situationFromState(model, state);
  if (o.kind === 'topic') {
    for (const [topic, pick] of Object.entries(state.picks)) {
      if (pick && topic !== scenario.topics[o.topic]!.id) applyOption(model, base, model.options[model.optionIndex.get(pick)!]!, null);
    }
  }
  const after = copySituation(base, emptySituation(model, base.seat));
  applyOption(model, after, o, null);
  const meters = scenario.meters.map((m, i): MeterPreview => {
    const delta = after.meters[i]! - base.meters[i]!;
    return {
      meter: m.id,
      direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'none',
      size: sizeOf(delta, m.max - m.min),
      better: delta === 0 ? null : (delta > 0) === (m.better === 'higher'),
    };
  });
  const threshold = scenario.rules.reactAt / 2;
  const warmer: string[] = [];
  const cooler: string[] = [];
  model.delegations.forEach((d, i) => {
    if (i === base.seat || d.kind === 'briefer') return;
    if (o.supportDelta[i]! >= threshold) warmer.push(d.id);
    if (o.supportDelta[i]! <= -threshold) cooler.push(d.id);
  });
  return { option: o.id, meters, warmer, cooler, overclaims: o.overclaimFacts };
}
