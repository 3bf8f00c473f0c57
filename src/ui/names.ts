import type { Scenario } from '../engine';

export function nameOf(scenario: Scenario, id: string): string {
  return scenario.delegations.find((d) => d.id === id)?.name ?? id;
}

export function shortNameOf(scenario: Scenario, id: string): string {
  return scenario.delegations.find((d) => d.id === id)?.shortName ?? id;
}

/** How a delegation is named mid-sentence: "the United States", "Japan". */
export function inTextOf(scenario: Scenario, id: string): string {
  const d = scenario.delegations.find((x) => x.id === id);
  return d ? d.inText ?? d.shortName : id;
}

export function meterLabel(scenario: Scenario, id: string): string {
  return scenario.meters.find((m) => m.id === id)?.label ?? id;
}
