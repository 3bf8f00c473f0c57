import type { z } from 'zod';

/** One thing wrong with a scenario: where it is and what to do about it, in plain English. */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole file)' : out;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): { found: boolean; value: unknown } {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in (node as object))) return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN (not a number)' : 'an infinite number';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}

const KINDS: Record<string, string> = {
  array: 'a list', object: 'a section of named fields', string: 'text', number: 'a number', boolean: 'true or false',
  int: 'a whole number', nan: 'a number', null: 'nothing', undefined: 'nothing',
};

/**
 * The project's messages start in lower case ("expected a whole number from -2 to 2"); the schema
 * library's own start with a capital ("Too small: …", "Invalid input"). Those are said again in
 * the project's words, from the issue's facts rather than its wording.
 */
function inOurWords(issue: z.core.$ZodIssue): string {
  const message = issue.message;
  if (!/^[A-Z]/.test(message)) return message.replace(/, received [a-z]+$/, '');
  const i = issue as unknown as { expected?: string; minimum?: number | bigint; maximum?: number | bigint; origin?: string };
  const unit = i.origin === 'array' || i.origin === 'set' ? 'items' : i.origin === 'string' ? 'characters' : '';
  switch (issue.code) {
    case 'invalid_type': return `expected ${KINDS[i.expected ?? ''] ?? i.expected ?? 'another kind of value'}`;
    case 'too_small': return unit ? `expected at least ${i.minimum} ${unit}` : `expected ${i.minimum} or more`;
    case 'too_big': return unit ? `expected at most ${i.maximum} ${unit}` : `expected ${i.maximum} or less`;
    case 'invalid_format': return 'not in the expected form';
    case 'invalid_value': case 'invalid_union': return 'not a value this field accepts';
    default: return 'not a value this field accepts';
  }
}

/** Turns zod's issues into author-facing problems, adding what was actually found at each path. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: 'unknown field (check its spelling against the format)' });
      }
      continue;
    }
    const { found, value } = valueAt(input, issue.path);
    const message = inOurWords(issue);
    if (!found || value === undefined) {
      problems.push({ path, message: `${message} (the field is missing)` });
    } else if (issue.code === 'custom' || issue.code === 'too_small' && Array.isArray(value)) {
      problems.push({ path, message });
    } else {
      problems.push({ path, message: `${message}, got ${describe(value)}` });
    }
  }
  return problems;
}
