/**
 * What the built site sends, compressed: the files needed before the title's first control (the
 * page, its stylesheet, its entry script and the scripts it preloads) and everything a full game
 * fetches. Bytes are deterministic, so CI checks the budget; times are only reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BEFORE_FIRST_CONTROL_BUDGET = 50_000;
export const IN_ALL_BUDGET = 250_000;

const gz = (file: string) => gzipSync(readFileSync(file)).length;

export function siteBytes(dist = 'dist'): { beforeFirstControl: number; inAll: number; files: Record<string, number> } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files: Record<string, number> = { 'index.html': gz(join(dist, 'index.html')) };
  for (const f of readdirSync(join(dist, 'assets'))) if (!f.endsWith('.map')) files[`assets/${f}`] = gz(join(dist, 'assets', f));
  const first = ['index.html', ...referenced];
  const beforeFirstControl = first.reduce((n, f) => n + (files[f] ?? 0), 0);
  // Everything a student's game fetches: all but the teacher's screens, which load only for a teacher.
  const inAll = Object.entries(files).filter(([f]) => !/assets\/(teacher|summary)-/.test(f)).reduce((n, [, v]) => n + v, 0);
  return { beforeFirstControl, inAll, files };
}
