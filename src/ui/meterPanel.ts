/** The meters and the coalition as text: everything the chamber drawing shows, for everyone. */
import { alignedWith, bandOf, currentSpeaker } from '../engine';
import type { AppState } from '../store/gameStore';
import { h } from './dom';
import { list, t } from './i18n';
import { nameOf, shortNameOf } from './names';

export function meterPanel(state: AppState): HTMLElement | null {
  const s = state.scenario;
  const game = state.game;
  if (!s || !game) return null;
  const aligned = alignedWith(s, game);
  const speaker = currentSpeaker(game);
  return h('section', { class: 'meters', 'aria-labelledby': 'meters-heading' },
    h('h2', { id: 'meters-heading' }, t('meters.heading')),
    h('dl', {}, s.meters.map((m) => {
      const value = game.meters[m.id] ?? 0;
      return [
        h('dt', { id: `meter-${m.id}-label` }, m.label),
        h('dd', {},
          h('meter', { min: m.min, max: m.max, value, 'aria-labelledby': `meter-${m.id}-label` }),
          h('span', { class: 'meter-value', id: `meter-${m.id}` }, `${t('meters.value', { value, max: m.max })} · ${bandOf(s, m.id, value)}`)),
      ];
    })),
    h('p', { id: 'standing' }, t('meters.standing', { list: aligned.length ? list(aligned.map((d) => shortNameOf(s, d))) : t('meters.nobody') })),
    speaker ? h('p', { id: 'floor' }, t('meters.speaker', { name: nameOf(s, speaker) })) : null,
  );
}
