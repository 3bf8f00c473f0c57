/**
 * The teacher guide, from one text: the general guide (src/ui/teacher/guide.en.md) and what the
 * scenario says about this meeting (learning objectives, questions per seat, seat codes). The
 * teacher page draws it; `npm run guide` writes the same text to docs/teacher-guide.md.
 */
import type { Scenario } from '../engine';

/** A run of text as the guide marks it: plain, *emphasised* or `code` (a command, a link's query). */
export type Inline = { kind: 'text' | 'em' | 'code'; text: string };
export type Block = { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string; inline: Inline[] } | { kind: 'ul'; items: Inline[][] };

export function guideMarkdown(s: Scenario, general: string): string {
  const name = (id: string) => s.delegations.find((d) => d.id === id)?.name ?? id;
  const out: string[] = [`# Teacher guide: ${s.meta.title}`, ''];
  out.push(`${s.meta.body}, ${s.meta.date}: “${s.meta.agendaItem}” (${s.meta.meetingType.toLowerCase()}). A solo game needs no accounts and no server: nothing leaves a student's browser unless the student hands over a run code or a printout. A class meeting needs one computer on the class's network running the class server (\`npm run class\`).`, '');
  if (s.teaching) {
    out.push('## Learning objectives', '', ...s.teaching.objectives.map((o) => `- ${o}`), '');
  }
  out.push(general.trim(), '');
  out.push('## Seat codes', '', 'Each seat has a three-letter code, used in seat links (for example `?seat=KOR`) and in the class summary.', '');
  out.push(...s.speakersList.members.map((id) => `- ${id}: ${name(id)}${id === s.presidency.seat ? ' (presides)' : ''}`), '');
  if (s.teaching?.questions.length) {
    out.push('## Discussion questions, seat by seat', '');
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
