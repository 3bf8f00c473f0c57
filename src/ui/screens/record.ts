/**
 * The one-page record a student hands in: what was chosen, what it did, how the meeting ended.
 * Shown only in print; the debrief on screen carries the same facts at length.
 */
import { redLineCauses, type Debrief, type Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { h, type View } from '../dom';
import { labelOf, labelled, list, t } from '../i18n';
import { meterLabel, nameOf } from '../names';
import { tradeLine } from '../causes';
import './record.css';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The run code and the date come from the hand-in form (handIn.ts), which the debrief shows. */
export function printRecord(state: AppState, d: Debrief, code: string, date: string): View {
  const s = state.scenario!;
  const game = state.game!;
  const start = d.history[0]!.meters;
  const causes = redLineCauses(s, game);
  const labelOf = (id: string) => [...s.topics.flatMap((tp) => tp.options), ...s.rightOfReply.options, ...s.presidency.options].find((o) => o.id === id)?.label ?? id;
  const topicLabel = (id: string | null) => s.topics.find((tp) => tp.id === id)?.label ?? '';
  return h('section', { class: 'print-record', 'aria-hidden': 'true' },
    h('p', { class: 'record-title' }, t('debrief.record', { name: nameOf(s, game.seat), seed: game.seed })),
    h('p', { class: 'record-student' }, t('record.student', { name: state.name || '……………………', className: state.className || '…………', date })),
    h('p', { class: 'record-code' }, t('record.code', { code })),
    h('p', {}, `${s.meta.title} · ${s.meta.date} · ${t('debrief.outcome', { title: d.outcome.title })}: “${d.outcome.headline}”`),
    h('p', {}, s.meters.map((m) => `${m.label} ${start[m.id]} → ${d.finalMeters[m.id]}`).join(' · ')),
    h('ul', {},
      d.objectives.map((o) => h('li', {}, labelled(o.met ? t('debrief.met') : t('debrief.missed'), o.text))),
      d.redLines.map((r) => h('li', {}, labelled(r.crossed ? t('debrief.crossed') : t('debrief.kept'), r.text),
        r.crossed ? ` (${causes[r.id] ? t('record.crossedBy', { label: labelOf(causes[r.id]!) }) : t('record.crossedByMeeting')})` : ''))),
    h('table', {},
      h('tbody', {}, d.choices.map((c) => h('tr', {},
        h('th', { scope: 'row' }, c.kind === 'option' ? topicLabel(c.topic) : t(`debrief.kind.${c.kind}`)),
        h('td', {}, c.label),
        h('td', {}, Object.entries(c.net).filter(([, v]) => v !== 0).map(([m, v]) => `${meterLabel(s, m)} ${signed(v)}`).join(', ') || t('debrief.noChange')))))),
    d.leftOut.length ? h('p', {}, t('debrief.leftOut', { list: list(d.leftOut.map(topicLabel)) })) : null,
    d.trades.length ? h('p', {}, d.trades.map((tr) => tradeLine(s, d, tr)).join(' ')) : null,
    h('div', { class: 'record-statement' }, d.statement.split('\n\n').map((p) => h('p', {}, p))),
    elementsRecord(state),
    reflection(s, game.seat),
  );
}

/**
 * Questions to answer in writing after the game: the scenario's own for this seat, which name its
 * options and figures, then the general ones every seat can answer.
 */
function reflection(s: Scenario, seat: string): View {
  const own = s.teaching?.questions.find((q) => q.seat === seat)?.questions ?? [];
  const general = (['record.reflect1', 'record.reflect2', 'record.reflect3'] as const).map((k) => t(k));
  return h('div', { class: 'record-reflection' }, h('p', {}, h('strong', {}, t('record.reflection'))),
    h('ol', {}, [...own, ...general].map((q) => h('li', {}, q))));
}

/** The consultations (a what-if), when over: the elements the President read, or who blocked them. */
function elementsRecord(state: AppState): View | null {
  const s = state.scenario!;
  const c = state.game!.consultations;
  if (!c?.agreed) return null;
  const text = (element: string, version: string | null) => {
    const e = s.consultations!.elements.find((x) => x.id === element)!;
    return (version === 'compromise' ? e.compromise?.text : e.amendments.find((a) => a.id === version)?.text) ?? e.text;
  };
  const blockers = [...new Set(c.blocked.flatMap((b) => b.by))].map((id) => nameOf(s, id));
  return h('div', {}, h('p', {}, c.agreed.length ? t('record.elements') : t('record.noElements', { list: list(blockers) })),
    c.agreed.map((p) => h('p', {}, text(p.element, p.version))));
}
