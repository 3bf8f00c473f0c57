/** About the game: what it is, where the meeting comes from, and what it keeps. Loaded when opened. */
import type { AppState } from '../../store/gameStore';
import { goTo } from '../../store/gameStore';
import { h, type View } from '../dom';
import { currentLanguage, LANGUAGES, list, t } from '../i18n';

/** The languages the site has, named in the reader's language ("English, French and Spanish"). */
function siteLanguages(): string[] {
  const names = new Intl.DisplayNames([currentLanguage()], { type: 'language' });
  return LANGUAGES.map((c) => names.of(c) ?? c);
}

export function aboutScreen(state: AppState): View {
  const src = state.scenario!.meta.source;
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('about.heading')),
    h('p', {}, t('about.body')),
    h('p', {}, t('about.source', { publisher: src.publisher, title: src.title, posted: src.posted, counting: src.counting })),
    h('p', {}, t('about.privacy')),
    h('h2', {}, t('about.languages')),
    h('p', { id: 'about-translation' }, t('about.translation', { languages: list(siteLanguages()) })),
    h('p', {}, t('about.corrections')),
    h('button', { id: 'about-back', onclick: () => goTo('title') }, t('about.back')),
  );
}
