/**
 * The teacher's notes on every option, or on one seat's: what it signals, what it follows (the
 * source paragraphs, the record, or a design assumption and why), what it costs and whose
 * instructions name it. Discussion questions ask about exactly these.
 */
import type { Scenario } from '../../engine';
import { optionNotes, type OptionNote } from '../../classroom/printables';
import { gameStore } from '../../store/gameStore';
import { h, paragraphs, type View } from '../dom';
import { list, t } from '../i18n';
import { nameOf, shortNameOf } from '../names';

let seat = '';

function moves(n: OptionNote): string {
  return n.moves.length ? n.moves.map((m) => `${m.meter} ${m.by > 0 ? '+' : '−'}${Math.abs(m.by)}`).join(', ') : t('print.movesNothing');
}

function note(s: Scenario, n: OptionNote): View {
  const o = n.option;
  const names = (ids: string[]) => list(ids.map((id) => shortNameOf(s, id)));
  const stance = Object.entries(o.stance).filter(([, v]) => v !== 0)
    .map(([issue, v]) => `${v > 0 ? '+' : '−'}${Math.abs(v)} ${s.issues.find((i) => i.id === issue)?.label ?? issue}`);
  const follows = [
    o.cite.length ? t('print.followsSource', { cite: paragraphs(o.cite) }) : '',
    n.basis.kind === 'record' ? t('print.followsRecord', { record: n.basis.note }) : n.basis.kind === 'assumption' ? t('print.followsAssumption', { why: n.basis.note }) : '',
  ].filter(Boolean).join(' ');
  return h('li', { class: 'option-note' },
    h('h4', {}, o.label, h('span', { class: 'help' }, ` · ${names(n.seats)}`)),
    h('p', { class: 'said' }, o.text),
    h('dl', {},
      h('dt', {}, t('print.signals')), h('dd', {}, stance.length ? `${stance.join(', ')}. ` : '', o.why),
      h('dt', {}, t('print.followsHead')), h('dd', {}, follows || '—',
        n.claims.map((c) => h('span', { class: c.beyond ? 'beyond' : '' }, ' ', t(c.beyond ? 'print.claimBeyond' : 'print.claim', { fact: c.fact.text, certainty: c.certainty, evidence: c.evidence, cite: paragraphs(c.fact.cite) })))),
      h('dt', {}, t('print.costs')), h('dd', {},
        t('print.seconds', { seconds: o.seconds, budget: s.rules.speakingTime.budget }), ' ', moves(n), '.',
        n.warmer.length ? ` ${t('print.warms', { names: names(n.warmer) })}` : '',
        n.cooler.length ? ` ${t('print.cools', { names: names(n.cooler) })}` : '',
        o.targets.length ? ` ${t('print.names', { names: names(o.targets) })}` : ''),
      n.mentions.length ? [h('dt', {}, t('print.instructions')), h('dd', {}, n.mentions.map((m) =>
        h('span', { class: m.redLine ? 'beyond' : '' }, t(m.redLine ? 'print.redLineOf' : 'print.objectiveOf', { seat: nameOf(s, m.seat), text: m.text }), ' ')))] : null));
}

export function notesView(s: Scenario): View {
  const notes = optionNotes(s, seat || null);
  const topics = [...new Set(notes.map((n) => n.topic))];
  return h('div', { class: 'notes' },
    h('p', { class: 'no-print' }, t('print.notesIntro')),
    h('p', { class: 'no-print' },
      h('label', { for: 'notes-seat' }, t('print.notesSeat')), ' ',
      h('select', { id: 'notes-seat', onchange: (e: Event) => { seat = (e.target as HTMLSelectElement).value; gameStore.setState({}); } },
        h('option', { value: '', selected: !seat }, t('print.everySeat')),
        s.speakersList.members.map((id) => h('option', { value: id, selected: id === seat }, nameOf(s, id))))),
    h('p', { class: 'only-print' }, seat ? t('print.notesFor', { name: nameOf(s, seat) }) : t('print.everySeat')),
    topics.map((topic) => h('section', { class: 'note-topic' },
      h('h3', {}, topic),
      h('ol', { class: 'option-notes' }, notes.filter((n) => n.topic === topic).map((n) => note(s, n))))));
}
