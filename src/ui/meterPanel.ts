/**
 * The meters and the coalition as text: everything the chamber drawing shows, for everyone. Each
 * bar takes its band's tone (never colour alone: the band's name is always written beside it), and
 * in the guided mode the instructions from capital are tracked live.
 */
import { alignedWith, bandOf, currentSpeaker, objectiveProgress, type Meter, type Scenario } from '../engine';
import type { AppState } from '../store/gameStore';
import { toggleHelp } from '../store/gameStore';
import { h, type View } from './dom';
import { list, t, type MessageKey } from './i18n';
import { nameOf, shortNameOf } from './names';

/** good, fair, poor or bad for the player, from the band the value sits in and which way is better. */
export function toneOf(m: Meter, value: number): string {
  let k = 0;
  m.bands.forEach((b, i) => { if (value >= b.from) k = i; });
  const share = m.bands.length > 1 ? k / (m.bands.length - 1) : 1;
  const goodness = m.better === 'higher' ? share : 1 - share;
  return goodness >= 0.75 ? 'good' : goodness >= 0.5 ? 'fair' : goodness >= 0.25 ? 'poor' : 'bad';
}

export function meterList(s: Scenario, meters: Record<string, number>, idPrefix: string): View {
  return h('dl', { class: 'meter-list' }, s.meters.map((m) => {
    const value = meters[m.id] ?? 0;
    return [
      h('dt', { id: `${idPrefix}-${m.id}-label` }, m.label),
      h('dd', { class: `tone-${toneOf(m, value)}` },
        h('meter', { min: m.min, max: m.max, value, 'aria-labelledby': `${idPrefix}-${m.id}-label` }),
        h('span', { class: 'meter-value', id: `${idPrefix}-${m.id}` }, `${t('meters.value', { value, max: m.max })} · ${bandOf(s, m.id, value)}`)),
    ];
  }));
}

function objectivesTracker(state: AppState): View | null {
  const s = state.scenario!;
  const game = state.game!;
  const progress = objectiveProgress(s, game);
  const guided = game.mode === 'guided' || game.phase === 'outcome';
  return h('section', { class: 'tracker', 'aria-labelledby': 'tracker-heading' },
    h('h3', { id: 'tracker-heading' }, t('tracker.heading')),
    h('ul', {},
      progress.objectives.map((o) => h('li', { class: guided ? `status-${o.status}` : '' },
        guided ? h('span', { class: 'status' }, t(`tracker.${o.status}` as MessageKey)) : null, ' ', o.text)),
      progress.redLines.map((r) => h('li', { class: guided ? `status-${r.status}` : '' },
        guided ? h('span', { class: 'status' }, t(`tracker.red.${r.status}` as MessageKey)) : h('span', { class: 'status' }, t('tracker.redLine')), ' ', r.text))),
    guided ? null : h('p', { class: 'help' }, t('tracker.notGuided')));
}

export function meterPanel(state: AppState): View | null {
  const s = state.scenario;
  const game = state.game;
  if (!s || !game) return null;
  const aligned = alignedWith(s, game);
  const speaker = currentSpeaker(game);
  return h('section', { class: 'meters', 'aria-labelledby': 'meters-heading' },
    h('h2', { id: 'meters-heading' }, t('meters.heading')),
    h('button', { id: 'meters-help', class: 'link', 'aria-keyshortcuts': 'M', 'aria-expanded': state.help === 'meters' ? 'true' : 'false', onclick: () => toggleHelp('meters') }, t('meters.help')),
    meterList(s, game.meters, 'meter'),
    h('p', { id: 'standing' }, t('meters.standing', { list: aligned.length ? list(aligned.map((d) => shortNameOf(s, d))) : t('meters.nobody') })),
    speaker ? h('p', { id: 'floor' }, t('meters.speaker', { name: shortNameOf(s, speaker) })) : null,
    objectivesTracker(state),
  );
}
