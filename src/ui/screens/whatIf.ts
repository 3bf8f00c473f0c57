/** The debrief's "what if": change one position, and see the meeting that would have followed. */
import { debrief, repliesFor, topicsFor, type Change, type GameState, type Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { exploreWhatIf } from '../../store/gameStore';
import { h, type View } from '../dom';
import { labelled, t } from '../i18n';

const encode = (c: Change) => ('topic' in c ? `topic:${c.topic}:${c.option ?? ''}` : 'reply' in c ? `reply:${c.reply}` : `chair:${c.chair}`);
const decode = (v: string): Change => {
  const [kind, a = '', b = ''] = v.split(':');
  return kind === 'topic' ? { topic: a, option: b || null } : kind === 'reply' ? { reply: a } : { chair: a };
};

function alternatives(s: Scenario, game: GameState): View[] {
  const groups = topicsFor(s, game.seat).map(({ topic, options }) => {
    const current = game.picks[topic.id] ?? null;
    const choices = [...options.map((o) => ({ id: o.id as string | null, label: o.label })), { id: null, label: t('builder.leaveOut') }]
      .filter((o) => o.id !== current);
    return h('optgroup', { label: topic.label }, choices.map((o) =>
      h('option', { value: encode({ topic: topic.id, option: o.id }) }, labelled(topic.label, o.label))));
  });
  const chaired = s.presidency.seat === game.seat ? game.applied.find((id) => s.presidency.options.some((o) => o.id === id)) : undefined;
  if (chaired) {
    groups.unshift(h('optgroup', { label: t('debrief.kind.chair') }, s.presidency.options.filter((o) => o.id !== chaired)
      .map((o) => h('option', { value: encode({ chair: o.id }) }, labelled(t('debrief.kind.chair'), o.label)))));
  }
  const replied = game.applied.find((id) => s.rightOfReply.options.some((o) => o.id === id));
  if (replied) {
    groups.push(h('optgroup', { label: t('debrief.kind.reply') }, repliesFor(s, game.seat).filter((o) => o.id !== replied)
      .map((o) => h('option', { value: encode({ reply: o.id }) }, labelled(t('debrief.kind.reply'), o.label)))));
  }
  return groups;
}

export function whatIfSection(state: AppState): View {
  const s = state.scenario!;
  const game = state.game!;
  const shown = state.whatIf;
  const select = h('select', { id: 'what-if-choice', value: shown ? encode(shown.change) : undefined }, alternatives(s, game));
  const form = h('form', {
    class: 'what-if-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const value = (document.getElementById('what-if-choice') as HTMLSelectElement | null)?.value;
      if (value) exploreWhatIf(decode(value));
    },
  },
  h('label', { for: 'what-if-choice' }, t('whatIf.label')), select,
  h('button', { type: 'submit', id: 'what-if-go' }, t('whatIf.go')));
  return h('section', { 'aria-labelledby': 'what-if-heading' },
    h('h2', { id: 'what-if-heading' }, t('whatIf.heading')),
    h('p', {}, t('whatIf.intro')),
    form,
    shown ? comparison(s, game, shown.result) : null,
  );
}

function comparison(s: Scenario, game: GameState, result: NonNullable<AppState['whatIf']>['result']): View {
  if (!result.ok) return h('p', { class: 'notice', role: 'status' }, t('whatIf.impossible', { reason: result.reason }));
  const mine = debrief(s, game)!;
  const other = debrief(s, result.state)!;
  const ins = s.instructions.find((i) => i.seat === game.seat)!;
  const met = (d: typeof mine, id: string) => (d.objectives.find((o) => o.id === id)?.met ? t('debrief.met') : t('debrief.missed'));
  return h('div', { class: 'what-if-result', role: 'status' },
    h('table', { class: 'compare' },
      h('caption', {}, t('whatIf.caption')),
      h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, t('whatIf.yours')), h('th', { scope: 'col' }, t('whatIf.other')))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, t('whatIf.outcome')), h('td', {}, mine.outcome.title), h('td', {}, other.outcome.title)),
        s.meters.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.label), h('td', {}, String(mine.finalMeters[m.id])), h('td', {}, String(other.finalMeters[m.id])))),
        ins.objectives.map((o) => h('tr', {}, h('th', { scope: 'row' }, o.text), h('td', {}, met(mine, o.id)), h('td', {}, met(other, o.id)))))),
    h('p', { class: 'headline-text' }, other.outcome.headline),
    result.assumedReply ? h('p', { class: 'help' }, t('whatIf.assumedReply', { reply: s.rightOfReply.options.find((o) => o.id === result.assumedReply)?.label ?? '' })) : null,
  );
}
