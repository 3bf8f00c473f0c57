import type { Scenario } from '../engine';

export function nameOf(scenario: Scenario, id: string): string {
  return scenario.delegations.find((d) => d.id === id)?.name ?? id;
}

export function shortNameOf(scenario: Scenario, id: string): string {
  return scenario.delegations.find((d) => d.id === id)?.shortName ?? id;
}

export function meterLabel(scenario: Scenario, id: string): string {
  return scenario.meters.find((m) => m.id === id)?.label ?? id;
}
