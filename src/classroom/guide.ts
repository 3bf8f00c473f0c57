/**
 * The teacher guide, from one text: the general guide (src/ui/teacher/guide.<lang>.md) and what the
 * scenario says about this meeting (learning objectives, questions per seat, seat codes). The
 * teacher page draws it; `npm run guide` writes the same text to docs/teacher-guide.md, and to
 * docs/teacher-guide.<lang>.md for each translation.
 */
import type { Scenario } from '../engine';
import { longDate } from '../ui/languageNames';
import teacherWords from '../ui/locales/en.teacher.json';

/** A run of text as the guide marks it: plain, *emphasised* or `code` (a command, a link's query). */
export type Inline = { kind: 'text' | 'em' | 'code'; text: string };
export type Block = { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string; inline: Inline[] } | { kind: 'ul'; items: Inline[][] };

/** The guide's own words (the teacher part of the interface's catalog), each with its placeholders. */
export type GuideKey = 'guide.title' | 'guide.intro' | 'guide.objectives' | 'guide.seatCodes' | 'guide.seatCodesIntro' | 'guide.presides' | 'guide.questions';
export type GuideSay = (key: GuideKey, vars?: Record<string, string>) => string;

const english: GuideSay = (key, vars = {}) => (teacherWords as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

/**
 * The teacher guide in the scenario's language: `general` is the guide's own text in that language
 * (src/ui/teacher/guide.<lang>.md) and `say` its headings.
 */
export function guideMarkdown(s: Scenario, general: string, say: GuideSay = english, date = longDate(s.meta.language ?? 'en', s.meta.date)): string {
  const name = (id: string) => s.delegations.find((d) => d.id === id)?.name ?? id;
  const out: string[] = [`# ${say('guide.title', { title: s.meta.title })}`, ''];
  out.push(say('guide.intro', { body: s.meta.body, date, agenda: s.meta.agendaItem, type: s.meta.meetingType.toLocaleLowerCase(s.meta.language ?? 'en') }), '');
  if (s.teaching) {
    out.push(`## ${say('guide.objectives')}`, '', ...s.teaching.objectives.map((o) => `- ${o}`), '');
  }
  out.push(general.trim(), '');
  out.push(`## ${say('guide.seatCodes')}`, '', say('guide.seatCodesIntro'), '');
  out.push(...s.speakersList.members.map((id) => `- ${id}: ${name(id)}${id === s.presidency.seat ? ` ${say('guide.presides')}` : ''}`), '');
  if (s.teaching?.questions.length) {
    out.push(`## ${say('guide.questions')}`, '');
    for (const q of s.teaching.questions) out.push(`### ${name(q.seat)} (${q.seat})`, '', ...q.questions.map((x) => `- ${x}`), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * A line's runs: `code` first (its insides are never read as emphasis), then *emphasis* or
 * **strong emphasis** (both drawn as emphasis). An unmatched mark stays as it was typed.
 */
export function guideInline(line: string): Inline[] {
  const runs: Inline[] = [];
  const mark = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*?)\*/g;
  let at = 0;
  for (const m of line.matchAll(mark)) {
    if (m.index > at) runs.push({ kind: 'text', text: line.slice(at, m.index) });
    runs.push(m[1] !== undefined ? { kind: 'code', text: m[1] } : { kind: 'em', text: m[2] ?? m[3]! });
    at = m.index + m[0].length;
  }
  if (at < line.length) runs.push({ kind: 'text', text: line.slice(at) });
  return runs;
}

const plain = (runs: Inline[]) => runs.map((r) => r.text).join('');

/** The guide's markdown as blocks: headings, paragraphs and bullet lists are all it uses. */
export function guideBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let list: Inline[][] | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('- ')) { (list ??= []).push(guideInline(line.slice(2))); continue; }
    if (list) { blocks.push({ kind: 'ul', items: list }); list = null; }
    if (!line.trim()) continue;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const inline = guideInline(heading ? heading[2]! : line);
    blocks.push({ kind: heading ? (['h1', 'h2', 'h3'] as const)[heading[1]!.length - 1]! : 'p', text: plain(inline), inline });
  }
  if (list) blocks.push({ kind: 'ul', items: list });
  return blocks;
}
