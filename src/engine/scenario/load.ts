import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ScenarioSchema, type Scenario } from './schema';
import { crossCheck } from './crossCheck';
import { formatPath, problemsFromZod, type Problem } from './problems';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * The one way into the game for scenario data. Shape problems and cross-reference problems are
 * reported together, so an author fixes a file in one pass instead of one error at a time.
 */
export function loadScenario(input: unknown): LoadResult {
  const cycle = findCycle(input);
  if (cycle !== null) return { ok: false, problems: [{ path: cycle, message: 'this part of the file contains itself (a YAML alias that points back into its own anchor), so it can never be read' }] };
  try {
    const parsed = ScenarioSchema.safeParse(input);
    const problems = parsed.success ? [] : problemsFromZod(parsed.error, input);
    problems.push(...crossCheck(parsed.success ? parsed.data : input));
    if (problems.length > 0 || !parsed.success) return { ok: false, problems };
    return { ok: true, scenario: parsed.data };
  } catch (error) {
    // A last guard: whatever the input, the loader answers with a problem rather than a crash.
    return { ok: false, problems: [{ path: '(the whole file)', message: `the file could not be checked (${error instanceof Error ? error.name : 'error'}); it is probably far too large or deeply nested` }] };
  }
}

/** Where the data refers back to itself, as a path; null when it is a tree. */
function findCycle(root: unknown): string | null {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const walk = (node: unknown, path: (string | number)[]): (string | number)[] | null => {
    if (node === null || typeof node !== 'object') return null;
    if (onPath.has(node)) return path;
    if (done.has(node)) return null;
    if (path.length > 64) return null;
    onPath.add(node);
    for (const [key, value] of Object.entries(node)) {
      const found = walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
      if (found) return found;
    }
    onPath.delete(node);
    done.add(node);
    return null;
  };
  const found = walk(root, []);
  return found ? formatPath(found) : null;
}

/** The largest scenario file the loader reads: far above any real meeting, far below a hang. */
export const SCENARIO_TEXT_MAX = 5_000_000;

export function loadScenarioText(text: string): LoadResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problems: [{ path: '(the whole file)', message: 'the file is empty' }] };
  if (text.length > SCENARIO_TEXT_MAX) return { ok: false, problems: [{ path: '(the whole file)', message: `the file is ${text.length.toLocaleString('en')} characters long; a scenario may be at most ${SCENARIO_TEXT_MAX.toLocaleString('en')}` }] };
  if (text.includes('\u0000')) return { ok: false, problems: [{ path: '(the whole file)', message: 'this is not a text file (it contains binary data)' }] };
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const path = where ? `line ${where.line}, column ${where.col}` : '(the whole file)';
      return { ok: false, problems: [{ path, message: `not valid YAML: ${error.message.split('\n')[0]!.slice(0, 200)}` }] };
    }
    const message = error instanceof Error ? error.message : '';
    if (/alias/i.test(message)) return { ok: false, problems: [{ path: '(the whole file)', message: 'the file uses YAML aliases to expand far beyond its size (an alias bomb), so it is not read' }] };
    return { ok: false, problems: [{ path: '(the whole file)', message: `the file could not be read as YAML (${message.split('\n')[0]!.slice(0, 200) || 'unknown reason'})` }] };
  }
  return loadScenario(data);
}
