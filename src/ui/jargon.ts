/**
 * Links a piece of jargon (P5, A3+, rule 37, ¶…) to its glossary entry the first time it appears
 * on a screen. The terms come from the scenario's glossary: "Multilateral Sanctions Monitoring Team
 * (MSMT)" is found under both its name and its abbreviation.
 */
import type { Scenario } from '../engine';
import { h, paragraphs, type View } from './dom';
import { t } from './i18n';

export const glossaryAnchor = (term: string) => `gloss-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'para'}`;

const matchers = new WeakMap<Scenario, { re: RegExp; entry: Map<string, string> }>();

function matcherFor(s: Scenario) {
  let m = matchers.get(s);
  if (m) return m;
  const entry = new Map<string, string>();
  for (const g of s.glossary) {
    const match = /^(.*?)\s*\((.+)\)$/.exec(g.term);
    for (const name of match ? [match[1]!, match[2]!] : [g.term]) if (name.trim()) entry.set(name.trim().toLowerCase(), g.term);
  }
  const escaped = [...entry.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\w])(${escaped.join('|')})(?![\\w])`, 'gi');
  m = { re, entry };
  matchers.set(s, m);
  return m;
}

/** Which terms this render has already linked; reset before each screen is drawn. */
let seen = new Set<string>();
export function resetJargon() { seen = new Set(); }

/** Source paragraphs, "¶6, ¶14": the first on a screen says what they are ("source: ¶6, ¶14"). */
export function sourced(cite: number[]): string {
  const first = !seen.has('¶');
  seen.add('¶');
  return `${first ? t('cause.source') : ''}${paragraphs(cite)}`;
}

export function jargon(s: Scenario, text: string, open: (anchor: string) => void): (string | View)[] {
  if (s.glossary.length === 0) return [text];
  const { re, entry } = matcherFor(s);
  const out: (string | View)[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const term = entry.get(m[0].toLowerCase());
    if (!term || seen.has(term)) continue;
    seen.add(term);
    out.push(text.slice(last, m.index));
    const anchor = glossaryAnchor(term);
    out.push(h('a', { href: `#${anchor}`, class: 'jargon', onclick: (event: Event) => { event.preventDefault(); open(anchor); } }, m[0]));
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
