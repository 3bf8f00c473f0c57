import type { AppState } from '../../store/gameStore';
import { goTo, resume, savedGameSummary } from '../../store/gameStore';
import { h, type View } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';

export function titleScreen(state: AppState): View {
  const s = state.scenario!;
  const saved = savedGameSummary();
  const saveProblem = state.error?.code === 'save' ? state.error.message
    : saved && 'problem' in saved ? t('title.saveUnreadable') : null;
  return h('section', { class: 'screen title-screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('app.title')),
    h('p', { class: 'lead' }, t('app.tagline')),
    h('div', { class: 'card meeting-card' },
      h('h2', {}, t('title.meeting', { title: s.meta.title })),
      h('p', {}, t('title.meetingDetail', { body: s.meta.body, date: s.meta.date, agenda: s.meta.agendaItem, type: s.meta.meetingType })),
    ),
    saveProblem ? h('p', { class: 'notice', role: 'status' }, t('title.saveProblem', { reason: saveProblem })) : null,
    h('div', { class: 'actions' },
      saved && 'seat' in saved
        ? h('button', { id: 'continue', class: 'primary', onclick: () => resume() },
          t('title.continue'), h('span', { class: 'detail' }, t('title.continueDetail', { seat: nameOf(s, saved.seat), choices: saved.choices })))
        : null,
      h('button', { id: 'new-game', class: saved && 'seat' in saved ? '' : 'primary', onclick: () => goTo('seats') }, t('title.new')),
      h('button', { id: 'about', onclick: () => goTo('about') }, t('title.about')),
    ),
  );
}

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

export function problemScreen(state: AppState): View {
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('problem.heading')),
    h('p', {}, t(state.scenarioProblems.length === 1 ? 'problem.introOne' : 'problem.intro', { count: state.scenarioProblems.length })),
    h('ul', { class: 'problems' }, state.scenarioProblems.map((p) => h('li', {}, h('code', {}, p.path), `: ${p.message}`))),
  );
}
