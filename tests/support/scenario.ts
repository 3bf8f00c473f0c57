import { readFileSync } from 'node:fs';
import { loadScenarioText, type Scenario } from '../../src/engine';

export const SCENARIO_FILE = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';

let cached: Scenario | null = null;

/** The 30 October 2024 scenario, read the way the game reads it. */
export function realScenario(): Scenario {
  if (cached) return cached;
  const result = loadScenarioText(readFileSync(SCENARIO_FILE, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  cached = result.scenario;
  return cached;
}
