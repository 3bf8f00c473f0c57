/**
 * What the built site sends, compressed: the files needed before the title's first control (the
 * page, its stylesheet, its entry script and the scripts it preloads, and the title's words) and a
 * student's whole offline copy. The class-meeting line (colyseus.js) is fetched only by a browser
 * that joins a class, needs the network anyway, and has its own budget.
 * Each language is counted on its own (a student downloads one), see siteBytes.
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

const LANGUAGE_FILE = /^assets\/lang-(\w+)-(\w+)-/;
/** A language's parts that only the teacher's or a class meeting's screens use. */
const TEACHER_OR_CLASS_PART = new Set(['teacher', 'guide', 'live']);
const TEACHER_OR_CLASS = /^assets\/(teacher|class)-/;

export interface LanguageBytes { beforeFirstControl: number; inAll: number }

/**
 * Per language: the page needs its own language's title words before the first control. "In all"
 * is a student's offline copy in that language: every file the service worker keeps at install
 * (all but those tools/build/offline.ts keeps once used) and that language's game files, which the
 * page fetches once it has loaded. The teacher's screens and a class meeting's (with their words in
 * each language) are counted apart: a student's browser fetches them only if they are opened. The
 * top-level figures are English's.
 */
export function siteBytes(dist = 'dist'): {
  beforeFirstControl: number; inAll: number; liveClient: number; teacherAndClass: number; files: Record<string, number>; languages: Record<string, LanguageBytes>;
} {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files: Record<string, number> = {};
  for (const f of filesUnder(dist)) if (!f.endsWith('.map')) files[relative(dist, f).split('\\').join('/')] = gz(f);
  const sum = (keep: (f: string) => boolean) => Object.entries(files).filter(([f]) => keep(f)).reduce((n, [, v]) => n + v, 0);
  const first = sum((f) => f === 'index.html' || referenced.includes(f));
  const codes = [...new Set(Object.keys(files).map((f) => LANGUAGE_FILE.exec(f)?.[1]).filter((c): c is string => !!c))];
  const languages: Record<string, LanguageBytes> = {};
  for (const code of codes) {
    languages[code] = {
      beforeFirstControl: first + sum((f) => LANGUAGE_FILE.exec(f)?.[1] === code && LANGUAGE_FILE.exec(f)?.[2] === 'title'),
      inAll: sum((f) => {
        if (LIVE_CLIENT.test(f) || TEACHER_OR_CLASS.test(f)) return false;
        const m = LANGUAGE_FILE.exec(f);
        return !m || (m[1] === code && !TEACHER_OR_CLASS_PART.has(m[2]!));
      }),
    };
  }
  const liveClient = sum((f) => LIVE_CLIENT.test(f));
  const teacherAndClass = sum((f) => TEACHER_OR_CLASS.test(f) || TEACHER_OR_CLASS_PART.has(LANGUAGE_FILE.exec(f)?.[2] ?? '') && LANGUAGE_FILE.exec(f)?.[1] === 'en');
  const en = languages.en ?? { beforeFirstControl: first, inAll: sum((f) => !LIVE_CLIENT.test(f)) };
  return { ...en, liveClient, teacherAndClass, files, languages };
}
