/**
 * Which of the site's files a student's offline copy keeps at once, and which only once used (the
 * service worker, src/sw.ts, tells them apart by name). Kept at once: the game itself. Kept once
 * used: each language's files (a student uses one), the teacher's screens (students never open
 * them) and a class meeting's screens (which need the network anyway, like the line to the room).
 */
import { languageChunkName } from './languages';

const TEACHER = new Set(['teacherScreens', 'summary', 'qr']);
const CLASS = new Set(['live']);

function prefix(name: string | undefined): string {
  const base = (name ?? '').replace(/\.\w+$/, '');
  return TEACHER.has(base) ? 'teacher-' : CLASS.has(base) ? 'class-' : '';
}

export function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  return languageChunkName(chunk.moduleIds) ?? `assets/${prefix(chunk.name)}[name]-[hash].js`;
}

export function assetFileName(asset: { names: readonly string[] }): string {
  return `assets/${prefix(asset.names[0])}[name]-[hash][extname]`;
}

/** Files the offline copy keeps only once they are used (globIgnores of the service worker's list). */
export const KEPT_ON_USE = ['**/connection-*.js', '**/lang-*.js', '**/teacher-*', '**/class-*'];
