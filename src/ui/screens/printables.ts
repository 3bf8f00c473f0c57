/**
 * Printables a teacher hands out, made from the scenario: role cards, worksheets for observers and
 * the press, a rubric tied to the learning objectives, and notes on every option. One button per
 * printable; each opens its own view, which prints on A4 or Letter.
 */
import type { Scenario } from '../../engine';
import { keyFacts, speakingPlace } from '../../classroom/printables';
import { gameStore, goTo, type AppState } from '../../store/gameStore';
import { h, paragraphs, type View } from '../dom';
import { focusAfterRender } from '../focus';
import { labelOf, labelled, t, type MessageKey } from '../i18n';
import { pressSheet, observerSheet } from './printablesSheets';
import { notesView } from './printablesNotes';
import { printOnly } from './teacher';

export const PRINTABLES = ['roles', 'observer', 'press', 'rubric', 'notes'] as const;
export type Printable = (typeof PRINTABLES)[number];

/** Which printable is open is this screen's own business; an empty store update redraws it. */
let open: Printable | null = null;
export function openPrintable(which: Printable | null) {
  open = which;
  focusAfterRender(which ? 'screen-heading' : `printable-${lastOpened}`);
  if (which) lastOpened = which;
  gameStore.setState({});
}
let lastOpened: Printable = 'roles';

/** A line to write on: a label and the room to fill it in by hand. */
export const blank = (label: string) => h('p', { class: 'blank' }, h('span', {}, label), h('span', { class: 'line', 'aria-hidden': 'true' }));

function roleCard(s: Scenario, seat: string): View {
  const d = s.delegations.find((x) => x.id === seat)!;
  const ins = s.instructions.find((x) => x.seat === seat);
  const where = speakingPlace(s, seat);
  return h('article', { class: 'page role-card', id: `role-${seat}`, 'aria-labelledby': `role-${seat}-name` },
    h('p', { class: 'page-head' }, t('print.roleHead', { title: s.meta.title, date: s.meta.date })),
    h('h2', { id: `role-${seat}-name` }, `${d.name} (${d.id})`),
    h('p', { class: 'meta' }, `${d.permanent ? t('seats.permanent') : t('seats.elected')} · ${d.group} · `,
      where.presides ? t('print.presides') : t('print.speaks', { place: where.place, of: where.of })),
    h('p', {}, d.brief),
    h('p', {}, h('strong', {}, t('print.yourPart')), ' ', d.role),
    ins ? [
      h('h3', {}, t('prep.instructions')),
      h('p', {}, ins.summary),
      h('h3', {}, t('prep.objectives')),
      h('ul', {}, ins.objectives.map((o) => h('li', {}, o.text, o.cite.length ? ` (${paragraphs(o.cite)})` : ''))),
      h('h3', {}, t('prep.redLines')),
      ins.redLines.length ? h('ul', {}, ins.redLines.map((o) => h('li', {}, o.text))) : h('p', {}, t('print.noRedLines')),
    ] : null,
    h('h3', {}, t('print.keyFacts')),
    h('ul', { class: 'facts' }, keyFacts(s, seat).map((f) => h('li', {},
      f.date ? h('strong', {}, labelOf(f.date)) : null, f.text, ' ',
      h('span', { class: 'fact-source' }, t('print.evidence', { level: s.evidenceLevels.find((e) => e.id === f.evidence)?.label ?? f.evidence, cite: paragraphs(f.cite) }))))),
    blank(t('print.name')));
}

const LEVELS = [1, 2, 3, 4] as const;

function rubric(s: Scenario): View {
  return h('article', { class: 'page rubric' },
    h('p', {}, t('print.rubricIntro')),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('print.objective')),
        LEVELS.map((n) => h('th', { scope: 'col' }, t(`print.level${n}` as MessageKey))), h('th', { scope: 'col' }, t('print.score')))),
      h('tbody', {}, (s.teaching?.objectives ?? []).map((o, i) => h('tr', {},
        h('th', { scope: 'row' }, `${i + 1}. ${o}`),
        LEVELS.map((n) => h('td', {}, t(`print.level${n}.says` as MessageKey))),
        h('td', { class: 'score' }, ''))))),
    h('p', { class: 'help' }, t('print.rubricWhere')),
    blank(t('print.name')));
}

function printableView(s: Scenario, which: Printable): View {
  if (which === 'roles') return h('div', {}, s.speakersList.members.map((seat) => roleCard(s, seat)));
  if (which === 'observer') return observerSheet(s);
  if (which === 'press') return pressSheet(s);
  if (which === 'rubric') return rubric(s);
  return notesView(s);
}

export function printablesScreen(state: AppState): View {
  const s = state.scenario!;
  if (open) {
    return h('section', { class: `screen printable sheet printable-${open}` },
      h('div', { class: 'actions no-print' },
        h('button', { id: 'printables-back', onclick: () => openPrintable(null) }, t('print.back')),
        h('button', { id: 'print-this', class: 'primary', onclick: () => printOnly(open!) }, t('print.print'))),
      h('h1', { id: 'screen-heading', tabindex: -1 }, t(`print.${open}` as MessageKey)),
      printableView(s, open));
  }
  return h('section', { class: 'screen printables' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('print.heading')),
    h('p', { class: 'lead' }, t('print.intro')),
    h('ul', { class: 'printable-list' }, PRINTABLES.map((p) => h('li', {},
      h('button', { id: `printable-${p}`, onclick: () => openPrintable(p) }, t(`print.${p}` as MessageKey)),
      h('p', { class: 'help' }, t(`print.${p}.when` as MessageKey))))),
    h('button', { id: 'back-to-teacher', onclick: () => goTo('teacher') }, t('print.toTeacher')));
}
