/** The languages the built site has (its files say), and each one's scenario as the build made it. */
import { readdirSync } from 'node:fs';
import type { Scenario } from '../../../src/engine';
import { buildLanguages } from '../../../tools/build/languages';

const { built } = buildLanguages();

export const LANGUAGES_IN_SITE: string[] = [...new Set(readdirSync('dist/assets').map((f) => /^lang-(\w+)-title-/.exec(f)?.[1]).filter((c): c is string => !!c))].sort();

/** Every language whose translation is complete in the sources (the site must have each). */
export const COMPLETE_LANGUAGES: string[] = built.map((l) => l.code).sort();

export function scenarioIn(code: string): Scenario {
  const found = built.find((l) => l.code === code);
  if (!found) throw new Error(`${code} is not a complete language`);
  return found.scenario;
}
