import { LineCounter, parse as parseYaml, parseDocument, visit, YAMLParseError } from 'yaml';
import { ScenarioSchema, type Scenario } from './schema';
import { crossCheck } from './crossCheck';
import { formatPath, problemsFromZod, type Problem } from './problems';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * The one way into the game for scenario data. Shape problems and cross-reference problems are
 * reported together, so an author fixes a file in one pass instead of one error at a time.
 */
export function loadScenario(input: unknown): LoadResult {
  const shape = shapeProblem(input);
  if (shape !== null) return { ok: false, problems: [shape] };
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

/** How deep a scenario's parts may nest: the real meeting needs 10; the checks recurse, so past this they could overflow the stack. */
export const NESTING_MAX = 64;
const TOO_DEEP = `this part of the file is nested more than ${NESTING_MAX} levels deep, so it is not read; a scenario never needs more than ${NESTING_MAX}`;

/**
 * Checked before anything else: data that refers back to itself (a YAML alias into its own anchor)
 * or nests deeper than NESTING_MAX, each with where it happens (a deep path shows its first levels).
 */
function shapeProblem(root: unknown): Problem | null {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const walk = (node: unknown, path: (string | number)[]): Problem | null => {
    if (node === null || typeof node !== 'object') return null;
    if (onPath.has(node)) return { path: formatPath(path), message: 'this part of the file contains itself (a YAML alias that points back into its own anchor), so it can never be read' };
    if (done.has(node)) return null;
    if (path.length >= NESTING_MAX) return { path: `${formatPath(path.slice(0, 12))}…`, message: TOO_DEEP };
    onPath.add(node);
    for (const [key, value] of Object.entries(node)) {
      const found = walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
      if (found) return found;
    }
    onPath.delete(node);
    done.add(node);
    return null;
  };
  return walk(root, []);
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
    const message = error instanceof Error ? error.message : '';
    const whole = (m: string) => ({ ok: false as const, problems: [{ path: '(the whole file)', message: m }] });
    // The YAML reader recurses too: a file nested hundreds of levels deep overflows its stack.
    const deep = /Maximum call stack/.test(message);
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const path = where ? `line ${where.line}, column ${where.col}` : '(the whole file)';
      return { ok: false, problems: [{ path, message: deep ? TOO_DEEP : `not valid YAML: ${message.split('\n')[0]!.slice(0, 200)}` }] };
    }
    if (deep) return whole(TOO_DEEP);
    const unresolved = /^Unresolved alias[^:]*: (.*)/.exec(message)?.[1];
    if (unresolved !== undefined) {
      const lines = new LineCounter();
      let at = -1;
      visit(parseDocument(text, { lineCounter: lines }), { Alias(_, node) { if (node.source === unresolved) { at = node.range?.[0] ?? -1; return visit.BREAK; } return undefined; } });
      const pos = at >= 0 ? lines.linePos(at) : null;
      const name = unresolved.length > 60 ? `${unresolved.slice(0, 57)}…` : unresolved;
      return { ok: false, problems: [{ path: pos ? `line ${pos.line}, column ${pos.col}` : '(the whole file)', message: `the alias *${name} refers to no anchor: there is no &${name} before it in the file, so it cannot be read` }] };
    }
    if (/alias/i.test(message)) return whole('the file uses YAML aliases to expand far beyond its size (an alias bomb), so it is not read');
    return whole(`the file could not be read as YAML (${message.split('\n')[0]!.slice(0, 200) || 'unknown reason'})`);
  }
  return loadScenario(data);
}
