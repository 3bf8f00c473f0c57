/** Preparation: instructions from capital, the briefing pack, the speakers' list and the glossary. */
import type { AppState } from '../../store/gameStore';
import { choose } from '../../store/gameStore';
import { h, type View } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';
import { briefingPack, glossary, instructions, speakersList } from '../parts/reference';

export function preparationScreen(state: AppState): View {
  const s = state.scenario!;
  const seat = state.game!.seat;
  const begin = (id: string) => h('button', { id, class: 'primary', onclick: () => choose({ type: 'begin' }) }, t('prep.begin'));
  return h('section', { class: 'screen preparation' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('prep.heading', { name: nameOf(s, seat) })),
    h('p', { class: 'lead' }, t('prep.intro')),
    h('p', { class: 'role' }, h('strong', {}, t('prep.role')), ' ', s.delegations.find((d) => d.id === seat)!.role),
    h('p', { class: 'help' }, t(`mode.explain.${state.game!.mode}`)),
    begin('begin-top'),
    instructions(s, seat),
    // The rest is reference: one click away here, and one keypress (G) away during the meeting.
    h('details', { class: 'reference', id: 'prep-more' },
      h('summary', {}, t('prep.more')),
      briefingPack(s),
      speakersList(s, seat),
      glossary(s)),
    begin('begin-bottom'),
  );
}
