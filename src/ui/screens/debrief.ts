/** The outcome, then the debrief: what moved, why, against the instructions from capital. */
import { Component, h as component } from 'preact';
import { debrief, type Debrief, type Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { goTo, leaveGame } from '../../store/gameStore';
import { h, type View } from '../dom';
import { sourced } from '../jargon';
import { labelOf, list, t } from '../i18n';
import { changeLine, tradeLine, type MeterEvent } from '../causes';
import { nameOf } from '../names';
import { meterChart } from './chart';
import { whatIfSection } from './whatIf';
import { actuallySaid } from './actuallySaid';
import { handIn, recordDate, runCode } from './handIn';
import { carriedNotice, justSaid, whatMoved } from './meeting';

// The printed record (and its print styles) comes in its own file, asked for when the outcome is
// shown: it is only ever printed, and a student who never finishes a meeting never fetches it.
let record: typeof import('./record') | null = null;
let recordAsked: Promise<void> | null = null;
const loadRecord = () => (recordAsked ??= import('./record').then((m) => { record = m; }, () => { recordAsked = null; }));

class PrintRecord extends Component<{ state: AppState; d: Debrief }> {
  override componentDidMount() { if (!record) void loadRecord().then(() => this.forceUpdate()); }
  override render() { return record ? record.printRecord(this.props.state, this.props.d, runCode(this.props.state), recordDate(this.props.state)) : null; }
}

function change(s: Scenario, seat: string, e: MeterEvent): View {
  return h('li', {}, changeLine(s, seat, e));
}

export function outcomeScreen(state: AppState): View {
  const s = state.scenario!;
  const d = debrief(s, state.game!)!;
  // The meeting's last words (the answers to a reply, the President closing it) and what they moved
  // are on screen before the outcome: nothing is said, or moves, unseen.
  void loadRecord();
  const [closing] = justSaid(s, state.game!, t('outcome.closing'), state.heardFrom);
  return h('section', { class: 'screen outcome' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('outcome.heading')),
    closing,
    whatMoved(s, state.game!, state.lastEvents),
    h('div', { class: 'card headline' }, h('h2', {}, d.outcome.title), h('p', { class: 'headline-text' }, d.outcome.headline), h('p', {}, d.outcome.text)),
    h('button', { id: 'to-debrief', class: 'primary', onclick: () => goTo('debrief') }, t('outcome.debrief')),
  );
}

export function debriefScreen(state: AppState): View {
  const s = state.scenario!;
  const game = state.game!;
  const d = debrief(s, game)!;
  const topicLabel = (id: string | null) => s.topics.find((tp) => tp.id === id)?.label ?? '';
  return h('section', { class: 'screen debrief' },
    component(PrintRecord, { state, d }),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('debrief.heading', { name: nameOf(s, game.seat) })),
    h('div', { class: 'actions' },
      h('button', { id: 'print', onclick: () => window.print() }, t('debrief.print')),
      h('button', { id: 'again', onclick: () => { leaveGame(); goTo('seats'); } }, t('debrief.again'))),
    carriedNotice(state),
    state.saveKey === null ? h('p', { class: 'notice', role: 'status' }, t('debrief.replayed', { name: state.name || t('confirm.noName') })) : null,
    // One screen first: how it ended, against the instructions, and what turned it. The rest is folded.
    h('section', { class: 'debrief-summary', id: 'debrief-summary' },
      h('h2', {}, t('debrief.outcome', { title: d.outcome.title })), h('p', { class: 'headline-text' }, d.outcome.headline),
      h('h2', {}, t('debrief.objectives')),
      h('ul', { class: 'objectives' },
        d.objectives.map((o) => h('li', { class: o.met ? 'met' : 'missed' }, h('strong', {}, labelOf(o.met ? t('debrief.met') : t('debrief.missed'))), o.text)),
        d.redLines.map((r) => h('li', { class: r.crossed ? 'missed' : 'met' }, h('strong', {}, labelOf(r.crossed ? t('debrief.crossed') : t('debrief.kept'))), r.text))),
      d.turningPoint.length ? [h('h2', {}, t('debrief.turning')), h('ul', { class: 'turning' }, d.turningPoint.map((e) => change(s, game.seat, e)))] : null),
    s.consultations ? h('button', { id: 'to-consult', class: 'primary', onclick: () => goTo('consult') }, t('debrief.consult')) : null,
    handIn(state),
    h('details', { class: 'debrief-more', id: 'debrief-more' }, h('summary', { id: 'debrief-more-open' }, t('debrief.more')),
      h('section', {}, h('h2', {}, t('debrief.chart')), meterChart(s, d.history)),
      h('section', {}, h('h2', {}, t('debrief.choices')),
        h('ol', { class: 'choices' }, d.choices.map((c) => h('li', {},
          h('h3', {}, c.kind === 'option' ? topicLabel(c.topic) : t(`debrief.kind.${c.kind}`), `: ${c.label}`),
          h('p', { class: 'option-text' }, `“${c.text}”`),
          h('p', {}, t('debrief.why', { why: c.why }), c.cite.length ? ` (${sourced(c.cite)})` : ''),
          c.changes.length ? h('ul', {}, c.changes.map((e) => change(s, game.seat, e))) : h('p', {}, t('debrief.noChange'))))),
        d.leftOut.length ? h('p', {}, t('debrief.leftOut', { list: list(d.leftOut.map(topicLabel)) })) : null),
      h('section', {}, h('h2', {}, t('debrief.trades')),
        d.trades.length
          ? h('ul', {}, d.trades.map((tr) => h('li', {}, tradeLine(s, d, tr))))
          : h('p', {}, t('debrief.noTrades'))),
      whatIfSection(state),
      h('section', {}, h('h2', {}, t('debrief.others')), h('ul', {}, d.otherChanges.map((e) => change(s, game.seat, e)))),
      h('section', {}, h('h2', {}, t('debrief.statement')), d.statement.split('\n\n').map((p) => h('p', {}, p)))),
    actuallySaid(s, game),
  );
}
