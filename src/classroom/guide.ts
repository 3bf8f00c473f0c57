/**
 * The teacher guide, from one text: the general guide (src/ui/teacher/guide.en.md) and what the
 * scenario says about this meeting (learning objectives, questions per seat, seat codes). The
 * teacher page draws it; `npm run guide` writes the same text to docs/teacher-guide.md.
 */
import type { Scenario } from '../engine';

export type Block = { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string } | { kind: 'ul'; items: string[] };

export function guideMarkdown(s: Scenario, general: string): string {
  const name = (id: string) => s.delegations.find((d) => d.id === id)?.name ?? id;
  const out: string[] = [`# Teacher guide: ${s.meta.title}`, ''];
  out.push(`${s.meta.body}, ${s.meta.date}: “${s.meta.agendaItem}” (${s.meta.meetingType.toLowerCase()}). No accounts and no server: nothing leaves a student's browser unless the student hands over a run code or a printout.`, '');
  if (s.teaching) {
    out.push('## Learning objectives', '', ...s.teaching.objectives.map((o) => `- ${o}`), '');
  }
  out.push(general.trim(), '');
  out.push('## Seat codes', '', 'Each seat has a three-letter code, used in seat links (for example ?seat=KOR) and in the class summary.', '');
  out.push(...s.speakersList.members.map((id) => `- ${id}: ${name(id)}${id === s.presidency.seat ? ' (presides)' : ''}`), '');
  if (s.teaching?.questions.length) {
    out.push('## Discussion questions, seat by seat', '');
    for (const q of s.teaching.questions) out.push(`### ${name(q.seat)} (${q.seat})`, '', ...q.questions.map((x) => `- ${x}`), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The guide's markdown as blocks: headings, paragraphs and bullet lists are all it uses. */
export function guideBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let list: string[] | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('- ')) { (list ??= []).push(line.slice(2)); continue; }
    if (list) { blocks.push({ kind: 'ul', items: list }); list = null; }
    if (!line.trim()) continue;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) blocks.push({ kind: (['h1', 'h2', 'h3'] as const)[heading[1]!.length - 1]!, text: heading[2]! });
    else blocks.push({ kind: 'p', text: line });
  }
  if (list) blocks.push({ kind: 'ul', items: list });
  return blocks;
}
