import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ScenarioSchema, type Scenario } from './schema';
import { crossCheck } from './crossCheck';
import { problemsFromZod, type Problem } from './problems';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * The one way into the game for scenario data. Shape problems and cross-reference problems are
 * reported together, so an author fixes a file in one pass instead of one error at a time.
 */
export function loadScenario(input: unknown): LoadResult {
  const parsed = ScenarioSchema.safeParse(input);
  const problems = parsed.success ? [] : problemsFromZod(parsed.error, input);
  problems.push(...crossCheck(parsed.success ? parsed.data : input));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, scenario: parsed.data };
}

export function loadScenarioText(text: string): LoadResult {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const path = where ? `line ${where.line}, column ${where.col}` : '(the whole file)';
      return { ok: false, problems: [{ path, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
    }
    throw error;
  }
  return loadScenario(data);
}
