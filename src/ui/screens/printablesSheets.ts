/**
 * The worksheets for students outside the table: an observer follows one delegation topic by
 * topic; the press follows the whole speakers' list and writes the story. Both leave room to write.
 */
import type { Scenario } from '../../engine';
import { h, type View } from '../dom';
import { t, type MessageKey } from '../i18n';
import { nameOf } from '../names';
import { blank } from './printables';

/** The evidence levels, weakest first: the scale both worksheets ask students to use. */
function evidenceKey(s: Scenario): View {
  const levels = [...s.evidenceLevels].sort((a, b) => a.rank - b.rank).map((l) => l.label);
  return h('p', { class: 'help' }, t('print.evidenceKey', { levels: levels.join(' → ') }));
}

const writeIn = (n: number) => Array.from({ length: n }, () => h('td', {}, ''));

export function observerSheet(s: Scenario): View {
  return h('article', { class: 'page worksheet' },
    blank(t('print.name')), blank(t('print.follows')),
    h('p', {}, t('print.observerIntro')),
    h('table', {},
      h('thead', {}, h('tr', {}, ['print.topic', 'print.chose', 'print.evidenceUsed', 'print.answered'].map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
      h('tbody', {}, s.topics.map((topic) => h('tr', {}, h('th', { scope: 'row' }, topic.label), writeIn(3))))),
    evidenceKey(s),
    h('h2', {}, t('print.after')),
    h('ol', { class: 'questions' }, [1, 2, 3, 4, 5].map((n) => h('li', {}, t(`print.observerQ${n}` as MessageKey, { meters: s.meters.map((m) => m.label).join(', ') }), h('span', { class: 'line', 'aria-hidden': 'true' })))));
}

export function pressSheet(s: Scenario): View {
  const speakers = [s.presidency.seat, s.briefing.speaker, ...s.speakersList.members.filter((id) => id !== s.presidency.seat), s.presidency.seat, ...s.speakersList.rule37];
  return h('article', { class: 'page worksheet' },
    blank(t('print.name')),
    h('p', {}, t('print.pressIntro')),
    h('table', { class: 'speakers' },
      h('thead', {}, h('tr', {}, ['print.order', 'print.speaker', 'print.quote', 'print.named'].map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
      h('tbody', {}, speakers.map((id, i) => h('tr', {}, h('td', {}, String(i + 1)), h('th', { scope: 'row' }, nameOf(s, id)), writeIn(2))))),
    h('h2', {}, t('print.story')),
    ['print.news', 'print.headline', 'print.lead', 'print.quoteWho', 'print.confirmed', 'print.ending'].map((k) => blank(t(k as MessageKey))),
    evidenceKey(s));
}
