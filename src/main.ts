/**
 * Placeholder entry until the browser game (issue 3) lands: it loads the scenario through the same
 * boundary the game will use and says what it found.
 */
import scenarioText from '../scenarios/unsc-2024-10-30-ukraine-dprk.yaml?raw';
import { loadScenarioText } from './engine';

const status = document.getElementById('status');
const result = loadScenarioText(scenarioText);
if (status) {
  status.textContent = result.ok
    ? `${result.scenario.meta.title}: the scenario is loaded. The playable interface is coming next.`
    : `The scenario could not be loaded: ${result.problems.length} problem(s), the first at ${result.problems[0]?.path}: ${result.problems[0]?.message}`;
}
