/**
 * What the built site sends, compressed: the files needed before the title's first control (the
 * page, its stylesheet, its entry script and the scripts it preloads) and everything it can ever send.
 * "In all" is every file of the site but the source maps: the service worker fetches each of them
 * for the offline copy (the teacher's screens and the icons included), so a student's browser
 * downloads them all. Bytes are deterministic, so CI checks both budgets; times are only reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BEFORE_FIRST_CONTROL_BUDGET = 50_000;
export const IN_ALL_BUDGET = 250_000;

const gz = (file: string) => gzipSync(readFileSync(file)).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export function siteBytes(dist = 'dist'): { beforeFirstControl: number; inAll: number; files: Record<string, number> } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files: Record<string, number> = {};
  for (const f of filesUnder(dist)) if (!f.endsWith('.map')) files[relative(dist, f).split('\\').join('/')] = gz(f);
  const first = ['index.html', ...referenced];
  const beforeFirstControl = first.reduce((n, f) => n + (files[f] ?? 0), 0);
  const inAll = Object.values(files).reduce((n, v) => n + v, 0);
  return { beforeFirstControl, inAll, files };
}
