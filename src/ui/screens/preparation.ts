import type { Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { choose } from '../../store/gameStore';
import { h, paragraphs } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';

function sourceNote(entry: { basis: string; cite: number[]; rationale?: string | undefined }) {
  return entry.basis === 'assumption'
    ? h('p', { class: 'assumption' }, t('prep.assumption', { rationale: entry.rationale ?? '' }))
    : h('p', { class: 'cite' }, t('prep.cite', { paragraphs: paragraphs(entry.cite) }));
}

function instructions(s: Scenario, seat: string) {
  const ins = s.instructions.find((i) => i.seat === seat)!;
  return h('section', { 'aria-labelledby': 'prep-instructions' },
    h('h2', { id: 'prep-instructions' }, t('prep.instructions')),
    h('p', {}, ins.summary),
    h('h3', {}, t('prep.objectives')),
    h('ul', {}, ins.objectives.map((o) => h('li', {}, o.text))),
    ins.redLines.length ? [h('h3', {}, t('prep.redLines')), h('ul', {}, ins.redLines.map((o) => h('li', {}, o.text)))] : null,
  );
}

function briefingPack(s: Scenario) {
  const level = new Map(s.evidenceLevels.map((l) => [l.id, l.label]));
  const facts = [...s.facts].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return h('section', { 'aria-labelledby': 'prep-pack' },
    h('h2', { id: 'prep-pack' }, t('prep.pack')),
    h('ol', { class: 'timeline' }, facts.map((f) =>
      h('li', { class: 'fact' },
        h('p', { class: 'fact-date' }, f.date ?? t('prep.undated')),
        h('p', {}, f.text),
        h('p', { class: `evidence evidence-${f.evidence}` }, t('prep.evidence', { level: level.get(f.evidence) ?? f.evidence })),
        sourceNote(f),
      ))),
  );
}

function speakersList(s: Scenario, seat: string) {
  return h('section', { 'aria-labelledby': 'prep-speakers' },
    h('h2', { id: 'prep-speakers' }, t('prep.speakers')),
    h('ol', { class: 'speakers' },
      s.speakersList.members.map((id) => h('li', { class: id === seat ? 'you' : '' }, nameOf(s, id), id === seat ? ` ${t('prep.you')}` : '')),
      s.speakersList.rule37.map((id) => h('li', {}, nameOf(s, id), ` (${t('prep.rule37')})`)),
    ),
    s.speakersList.basis === 'assumption' ? sourceNote(s.speakersList) : null,
  );
}

function glossary(s: Scenario) {
  return h('section', { 'aria-labelledby': 'prep-glossary' },
    h('h2', { id: 'prep-glossary' }, t('prep.glossary')),
    h('dl', { class: 'glossary' }, s.glossary.flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.definition)])),
  );
}

export function preparationScreen(state: AppState): HTMLElement {
  const s = state.scenario!;
  const seat = state.game!.seat;
  const begin = (id: string) => h('button', { id, class: 'primary', onclick: () => choose({ type: 'begin' }) }, t('prep.begin'));
  return h('section', { class: 'screen preparation' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('prep.heading', { name: nameOf(s, seat) })),
    h('p', { class: 'lead' }, t('prep.intro')),
    begin('begin-top'),
    instructions(s, seat),
    briefingPack(s),
    speakersList(s, seat),
    glossary(s),
    begin('begin-bottom'),
  );
}
