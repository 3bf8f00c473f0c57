/**
 * What the built site sends, compressed: the files needed before the title's first control (the
 * page, its stylesheet, its entry script and the scripts it preloads) and everything it can ever send.
 * "In all" is every file of the site but the source maps and the line to a class meeting: the
 * service worker fetches each of them for the offline copy (the teacher's screens and the icons
 * included), so a student's browser downloads them all. The class-meeting line (colyseus.js) is
 * fetched only by a browser that joins a class, needs the network anyway, and has its own budget.
 * Bytes are deterministic, so CI checks the budgets; times are only reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BEFORE_FIRST_CONTROL_BUDGET = 50_000;
export const IN_ALL_BUDGET = 250_000;
export const LIVE_CLIENT_BUDGET = 45_000;
const LIVE_CLIENT = /^assets\/connection-/;

const gz = (file: string) => gzipSync(readFileSync(file)).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export function siteBytes(dist = 'dist'): { beforeFirstControl: number; inAll: number; liveClient: number; files: Record<string, number> } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files: Record<string, number> = {};
  for (const f of filesUnder(dist)) if (!f.endsWith('.map')) files[relative(dist, f).split('\\').join('/')] = gz(f);
  const first = ['index.html', ...referenced];
  const beforeFirstControl = first.reduce((n, f) => n + (files[f] ?? 0), 0);
  const inAll = Object.entries(files).filter(([f]) => !LIVE_CLIENT.test(f)).reduce((n, [, v]) => n + v, 0);
  const liveClient = Object.entries(files).filter(([f]) => LIVE_CLIENT.test(f)).reduce((n, [, v]) => n + v, 0);
  return { beforeFirstControl, inAll, liveClient, files };
}
