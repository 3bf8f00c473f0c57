/**
 * Structure-aware mutations of a scenario, for the loader fuzz: each case changes one place of the
 * real scenario the way a careless or hostile author might (deleted keys, wrong types, huge and
 * non-finite numbers, duplicate and dangling ids, prototype keys, enormous strings).
 */
import fc from 'fast-check';

type Path = (string | number)[];

export function pathsOf(root: unknown): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path) => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const p = [...path, Array.isArray(node) ? Number(k) : k];
      out.push(p);
      walk(v, p);
    }
  };
  walk(root, []);
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node !== null && typeof node === 'object' ? node as Record<string | number, unknown> : null;
}

const deep = (depth: number): unknown => (depth === 0 ? 'bottom' : [deep(depth - 1)]);

export const hostileValues: unknown[] = [
  null, 0, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, '', ' ', 'x', 'nope',
  [], {}, true, false, [null], { id: 'x' }, JSON.parse('{"__proto__": {"polluted": "yes"}}'), 'constructor', 'toString', '__proto__',
  'y'.repeat(100_000), deep(150), '<script>alert(1)</script>', '\u202e\u0000\u200b', 9007199254740993,
];

export interface Mutation { kind: string; path: Path; value?: unknown }

export function mutationArb(paths: Path[], ids: string[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    path.map((p) => ({ kind: 'delete', path: p })),
    fc.tuple(path, fc.constantFrom(...hostileValues)).map(([p, value]) => ({ kind: 'replace', path: p, value })),
    fc.tuple(path, fc.constantFrom(...ids)).map(([p, value]) => ({ kind: 'id', path: p, value })),
    fc.tuple(path, fc.string({ maxLength: 12 })).map(([p, value]) => ({ kind: 'string', path: p, value })),
    fc.tuple(path, fc.double()).map(([p, value]) => ({ kind: 'number', path: p, value })),
  );
}

export function apply(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  const parent = parentOf(copy, m.path);
  const key = m.path[m.path.length - 1]!;
  if (!parent) return copy;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key];
  } else {
    parent[key] = m.value;
  }
  return copy;
}
