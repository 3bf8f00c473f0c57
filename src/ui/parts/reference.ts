/**
 * What a delegate keeps at hand: instructions from capital, the briefing pack, the speakers' list
 * and the glossary. The preparation screen shows them in full; during the meeting they are one
 * keypress (G) away, and the meters' meanings another (M).
 */
import type { Scenario } from '../../engine';
import { toggleHelp } from '../../store/gameStore';
import { h, type View, paragraphs } from '../dom';
import { openGlossary } from '../focus';
import { t } from '../i18n';
import { glossaryAnchor, jargon } from '../jargon';
import { nameOf } from '../names';

const j = (s: Scenario, text: string) => jargon(s, text, openGlossary);

export function sourceNote(entry: { basis: string; cite: number[]; rationale?: string | undefined; record?: string | undefined }) {
  if (entry.basis === 'assumption') return h('p', { class: 'assumption' }, t('prep.assumption', { rationale: entry.rationale ?? '' }));
  if (entry.basis === 'record') return h('p', { class: 'cite' }, t('prep.record', { record: entry.record ?? '' }));
  return h('p', { class: 'cite' }, t('prep.cite', { paragraphs: paragraphs(entry.cite) }));
}

export function instructions(s: Scenario, seat: string, idPrefix = 'prep') {
  const ins = s.instructions.find((i) => i.seat === seat)!;
  return h('section', { 'aria-labelledby': `${idPrefix}-instructions` },
    h('h2', { id: `${idPrefix}-instructions` }, t('prep.instructions')),
    h('p', {}, j(s, ins.summary)),
    h('h3', {}, t('prep.objectives')),
    h('ul', {}, ins.objectives.map((o) => h('li', {}, j(s, o.text)))),
    ins.redLines.length ? [h('h3', {}, t('prep.redLines')), h('ul', {}, ins.redLines.map((o) => h('li', {}, j(s, o.text))))] : null,
  );
}

export function briefingPack(s: Scenario, idPrefix = 'prep') {
  const level = new Map(s.evidenceLevels.map((l) => [l.id, l.label]));
  const facts = [...s.facts].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return h('section', { 'aria-labelledby': `${idPrefix}-pack` },
    h('h2', { id: `${idPrefix}-pack` }, t('prep.pack')),
    h('ol', { class: 'timeline' }, facts.map((f) =>
      h('li', { class: 'fact' },
        h('p', { class: 'fact-date' }, f.date ?? t('prep.undated')),
        h('p', {}, j(s, f.text)),
        h('p', { class: `evidence evidence-${f.evidence}` }, t('prep.evidence', { level: level.get(f.evidence) ?? f.evidence })),
        sourceNote(f),
      ))),
  );
}

export function speakersList(s: Scenario, seat: string, idPrefix = 'prep') {
  return h('section', { 'aria-labelledby': `${idPrefix}-speakers` },
    h('h2', { id: `${idPrefix}-speakers` }, t('prep.speakers')),
    h('ol', { class: 'speakers' },
      s.speakersList.members.map((id) => h('li', { class: id === seat ? 'you' : '' }, nameOf(s, id), id === seat ? ` ${t('prep.you')}` : '')),
      // A non-member's own group says how it was invited (the EU is not a State: usually rule 39).
      s.speakersList.rule37.map((id) => h('li', {}, nameOf(s, id), ` (${s.delegations.find((d) => d.id === id)?.group ?? t('prep.rule37')})`)),
    ),
    s.speakersList.basis === 'assumption' ? sourceNote(s.speakersList) : null,
  );
}

export function glossary(s: Scenario, idPrefix = 'prep') {
  return h('section', { 'aria-labelledby': `${idPrefix}-glossary` },
    h('h2', { id: `${idPrefix}-glossary` }, t('prep.glossary')),
    h('dl', { class: 'glossary' }, s.glossary.flatMap((g) => [
      h('dt', { id: glossaryAnchor(g.term), tabindex: -1 }, g.term), h('dd', {}, g.definition)])),
  );
}

/** The panel over the meeting: the briefing pack and glossary (G), or the meters' meanings (M). */
export function helpPanel(s: Scenario, seat: string, which: 'meters' | 'reference'): View {
  const close = h('button', { id: 'help-close', class: 'link', onclick: () => toggleHelp(null) }, t('help.close'));
  if (which === 'meters') {
    return h('section', { class: 'help-panel card', id: 'help-meters', 'aria-labelledby': 'help-meters-heading' },
      h('h2', { id: 'help-meters-heading', tabindex: -1 }, t('help.metersHeading')), close,
      h('dl', {}, s.meters.map((m) => [
        h('dt', {}, m.label),
        h('dd', {}, h('p', {}, m.description),
          h('p', { class: 'bands' }, t('help.bands', { bands: m.bands.map((b, i) => `${b.label} (${b.from}${m.bands[i + 1] ? `–${m.bands[i + 1]!.from - 1}` : `–${m.max}`})`).join(', ') })),
          h('p', { class: 'help' }, t(m.better === 'higher' ? 'help.higher' : 'help.lower'))),
      ])));
  }
  return h('section', { class: 'help-panel card', id: 'help-reference', 'aria-labelledby': 'help-reference-heading' },
    h('h2', { id: 'help-reference-heading', tabindex: -1 }, t('help.referenceHeading')), close,
    instructions(s, seat, 'ref'), briefingPack(s, 'ref'), speakersList(s, seat, 'ref'), glossary(s, 'ref'));
}

/** Outside a meeting (the seat screen, say), a jargon link opens the glossary alone. */
export function glossaryPanel(s: Scenario): View {
  return h('section', { class: 'help-panel card', id: 'help-reference', 'aria-labelledby': 'help-reference-heading' },
    h('h2', { id: 'help-reference-heading', tabindex: -1 }, t('prep.glossary')),
    h('button', { id: 'help-close', class: 'link', onclick: () => toggleHelp(null) }, t('help.close')),
    glossary(s, 'ref'));
}
