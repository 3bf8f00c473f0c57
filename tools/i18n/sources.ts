/** Where the English texts and the translations live, for the build, the templates and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../src/engine/scenario/load';
import { scenarioTexts } from '../../src/engine/scenario/localize';

export const UI_LOCALES = 'src/ui/locales';
export const SCENARIO_LOCALES = 'scenarios/locales';
export const SCENARIO_FILE = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';

/** The English interface, part by part: `en.json` is the title's, `en.<part>.json` the rest. */
export function interfaceParts(): Map<string, Record<string, string>> {
  const parts = new Map<string, Record<string, string>>();
  for (const f of readdirSync(UI_LOCALES).filter((f) => /^en(\.\w+)?\.json$/.test(f)).sort()) {
    parts.set(f === 'en.json' ? 'title' : f.slice(3, -5), JSON.parse(readFileSync(join(UI_LOCALES, f), 'utf8')) as Record<string, string>);
  }
  return parts;
}

export function interfaceEnglish(): Map<string, string> {
  return new Map([...interfaceParts().values()].flatMap((p) => Object.entries(p)));
}

export function scenarioEnglish(): Map<string, string> {
  const loaded = loadScenarioText(readFileSync(SCENARIO_FILE, 'utf8'));
  if (!loaded.ok) throw new Error(`${SCENARIO_FILE} is not a valid scenario: run npm run validate`);
  return scenarioTexts(loaded.scenario);
}

/** The scenario's PO file a text belongs in: a translator's day of work each, at most. */
export function sectionOf(key: string): string {
  const [top, id, kind] = key.split('/');
  if (top === 'topics') return `topics-${id}`;
  if (top === 'delegations') return kind === 'speech' ? 'speeches' : 'delegations';
  if (top === 'glossary' || top === 'record') return 'record';
  if (top === 'instructions' || top === 'outcomes' || top === 'rightOfReply') return 'instructions';
  if (top === 'teaching' || top === 'consultations') return top!;
  return 'meeting';
}
