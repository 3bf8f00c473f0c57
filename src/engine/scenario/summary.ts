import type { Scenario } from './schema';

/** Every `cite` list in the scenario, wherever it sits. */
export function allCitations(node: unknown, out: number[] = []): number[] {
  if (Array.isArray(node)) for (const v of node) allCitations(v, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cite' && Array.isArray(value)) out.push(...value.filter((p): p is number => typeof p === 'number'));
      else allCitations(value, out);
    }
  }
  return out;
}

export function summarise(s: Scenario): string {
  const seats = s.delegations.filter((d) => d.kind === 'member').length;
  const options = s.topics.reduce((n, t) => n + t.options.length, 0);
  const cites = allCitations(s);
  const paragraphs = new Set(cites).size;
  return `${seats} seats, ${s.topics.length} topics, ${options} options, ${s.facts.length} facts, ` +
    `${cites.length} citations of ${paragraphs}/${s.meta.source.paragraphs} paragraphs`;
}
