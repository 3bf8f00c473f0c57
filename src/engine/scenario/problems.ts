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
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
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
    let message = issue.message;
    if (message.startsWith('Invalid input')) message = message.replace(/^Invalid input:?\s*/, '') || 'invalid value';
    // The schema library's own wording ("expected array, received undefined") says what was found in
    // its terms; we say it in ours below, so only the expectation is kept.
    message = message.replace(/, received [a-z]+$/, '').replace(/^expected array$/, 'expected a list').replace(/^expected object$/, 'expected a section of named fields');
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
