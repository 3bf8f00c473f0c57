import type { AppState } from '../../store/gameStore';
import { goTo, rawSave, resume, savedGames, startGame } from '../../store/gameStore';
import { CLASS_CODE, LAST_CLASS, showClassCode } from '../../live/types';
import { h, type View } from '../dom';
import { currentLanguage, formatDate, LANGUAGES, t } from '../i18n';
import { addressIn, rememberLanguage } from '../language';
import { LANGUAGE_NAMES } from '../languageNames';
import { nameOf } from '../names';
import type { SeatRequest } from './seats';

/** A damaged save is kept; it can also be taken away as a file, for a teacher or to keep. */
function downloadSave(key: string) {
  const text = rawSave(key);
  if (text === null) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'take-the-floor-save.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function savedList(state: AppState): View | null {
  const s = state.scenario;
  if (!s) return null;
  const games = savedGames();
  if (games.length === 0) return null;
  let n = 0;
  return h('section', { 'aria-labelledby': 'saved-heading' },
    h('h2', { id: 'saved-heading' }, t('title.saved')),
    h('ul', { class: 'saved-list' }, games.map((g) => {
      if ('problem' in g) {
        return h('li', { class: 'notice', role: 'status' }, t('title.saveProblem', { reason: g.problem }), ' ',
          h('button', { id: `download-${n++}`, class: 'link-button', onclick: () => downloadSave(g.key) }, t('title.downloadSave')));
      }
      const id = n++ === 0 ? 'continue' : `continue-${n}`;
      const outcome = g.outcome ? s.outcomes.find((o) => o.id === g.outcome)?.title ?? '' : '';
      const where = g.phase === 'outcome' ? t('title.finished', { outcome }) : t('title.inProgress', { steps: g.steps });
      return h('li', {},
        h('button', { id, class: n === 1 ? 'primary' : '', onclick: () => resume(g.key) },
          g.phase === 'outcome' ? t('title.open') : t('title.continue'),
          h('span', { class: 'detail' }, `${nameOf(s, g.seat)}${g.name ? ` · ${g.name}` : ''} · ${where}${g.earlier ? ` · ${t('title.earlier')}` : ''}`)));
    })));
}

/** A teacher's seat link says whose seat it is on the first screen, and takes it in one press. */
function linkBanner(state: AppState, r?: SeatRequest): View | null {
  const d = state.scenario?.delegations.find((x) => x.id === r?.seat && state.scenario!.speakersList.members.includes(x.id));
  return d ? h('div', { class: 'card banner', role: 'status' },
    h('p', {}, state.name ? t('seats.linkSeatNamed', { student: state.name, name: d.name }) : t('seats.linkSeat', { name: d.name })),
    h('button', { id: 'take-linked', class: 'primary', onclick: () => startGame(d.id, r!.seed ?? Date.now() >>> 0, r!.mode ?? 'standard') }, t('seats.take', { name: d.shortName }))) : null;
}

/** The class meeting this browser last sat in (today), to go back to without retyping the code and name. */
function lastClass(): { code: string; name: string } | null {
  try {
    const v = JSON.parse(localStorage.getItem(LAST_CLASS) ?? 'null');
    return CLASS_CODE.test(v?.code) && typeof v.name == 'string' && v.name && Date.now() - v.at < 432e5 ? v : null;
  } catch { return null; }
}

/** Each language in its own name; choosing one reopens this page in it, with the link's seat, class or code kept. */
export function languageSwitcher(): View {
  const here = currentLanguage();
  return h('nav', { class: 'languages', 'aria-label': t('title.languages') },
    h('ul', {}, LANGUAGES.map((code) => h('li', {}, code === here
      ? h('span', { lang: code, 'aria-current': 'true' }, LANGUAGE_NAMES[code].name)
      : h('a', { href: addressIn(code, window.location.href), lang: code, hreflang: code, id: `language-${code}`, onclick: () => rememberLanguage(code) }, LANGUAGE_NAMES[code].name)))));
}

export function titleScreen(state: AppState, request?: SeatRequest): View {
  const last = state.live?.view ? null : lastClass();
  const meta = (state.scenario?.meta ?? state.meta)!;
  const saveProblem = state.error?.code === 'save' ? state.error.message : null;
  const saved = savedList(state);
  return h('section', { class: 'screen title-screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('app.title')),
    h('p', { class: 'lead' }, t('app.tagline')),
    linkBanner(state, request),
    h('div', { class: 'card meeting-card' },
      h('h2', {}, t('title.meeting', { title: meta.title })),
      h('p', {}, t('title.meetingDetail', { body: meta.body, date: formatDate(meta.date), agenda: meta.agendaItem, type: meta.meetingType })),
    ),
    saveProblem ? h('p', { class: 'notice', role: 'status' }, t('title.saveProblem', { reason: saveProblem })) : null,
    h('div', { class: 'actions' },
      h('button', { id: 'new-game', class: saved ? '' : 'primary', onclick: () => goTo('seats') }, t('title.new')),
      state.live?.view
        ? h('button', { id: 'back-to-class', class: 'primary', onclick: () => goTo('live') }, t('title.backToClass', { code: showClassCode(state.live.code) }))
        : last ? h('button', { id: 'rejoin-class', class: 'primary', onclick: () => import('../../store/live').then((m) => m.joinAsStudent(last.code, last.name)) }, t('title.backToClass', { code: showClassCode(last.code) })) : null,
      state.live?.view ? null : h('button', { id: 'join-class', onclick: () => goTo('join') }, t('title.joinClass')),
      h('button', { id: 'open-code', onclick: () => goTo('code') }, t('title.openCode')),
      h('button', { id: 'for-teachers', onclick: () => goTo('teacher') }, t('title.teachers')),
      h('button', { id: 'about', onclick: () => goTo('about') }, t('title.about')),
    ),
    // After the actions, so that New game stays the first Tab stop; in view on the first screen.
    languageSwitcher(),
    request?.unknownLanguage ? h('p', { class: 'notice', role: 'status', id: 'unknown-language' }, t('title.unknownLanguage', { asked: request.unknownLanguage, language: LANGUAGE_NAMES[currentLanguage()].name })) : null,
    saved,
  );
}

export function loadingScreen(): View {
  return h('section', { class: 'screen' }, h('h1', { id: 'screen-heading', tabindex: -1 }, t('app.loading')));
}

