/** About the game: what it is, where the meeting comes from, and what it keeps. Loaded when opened. */
import type { AppState } from '../../store/gameStore';
import { goTo } from '../../store/gameStore';
import { h, type View } from '../dom';
import { addMessages, t } from '../i18n';
import aboutMessages from '../locales/en.about.json';

addMessages(aboutMessages);

export function aboutScreen(state: AppState): View {
  const src = state.scenario!.meta.source;
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('about.heading')),
    h('p', {}, t('about.body')),
    h('p', {}, t('about.source', { publisher: src.publisher, title: src.title, posted: src.posted, counting: src.counting })),
    h('p', {}, t('about.privacy')),
    h('button', { id: 'about-back', onclick: () => goTo('title') }, t('about.back')),
  );
}
