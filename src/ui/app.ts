/**
 * The DOM layer's shell: renders the screen the store says, keeps focus where a keyboard user
 * expects it, and announces what changed. Preact patches the page in place, so a control under the
 * pointer or with focus survives every render. The chamber slot sits outside the rendered screen so
 * the canvas is never touched.
 */
import { render } from 'preact';
import type { AppState } from '../store/gameStore';
import { clearError, gameStore, goTo, toggleHelp } from '../store/gameStore';
import { h, type View } from './dom';
import { takePendingFocus } from './focus';
import { loadParts, t, type MessageKey } from './i18n';
import { resetJargon } from './jargon';
import type { SeatRequest } from './screens/seats';
import { loadingScreen, titleScreen } from './screens/title';

export interface Shell { screen: HTMLElement; side: HTMLElement; chamber: HTMLElement; announcer: HTMLElement }

/** The meeting's screens come with the scenario (main.ts waits for both before it sets the scenario). */
let gameScreens: typeof import('./gameScreens') | null = null;
export const loadGameScreens = () => import('./gameScreens').then((m) => { gameScreens = m; });

/**
 * A screen whose files could not be fetched (offline, and never opened while online, so not in the
 * offline copy): said so, with the way back, rather than left loading. Tried again once left.
 */
let unreachable: string | null = null;
const unreachableAs = (screen: string) => () => { unreachable = screen; redraw(); };
function unreachableScreen(): View {
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('app.unreachable')),
    h('p', {}, t('app.unreachableWhy')),
    h('button', { id: 'unreachable-back', class: 'primary', onclick: () => goTo('title') }, t('app.home')));
}

/** The teacher's screens load when a teacher opens them: students never download them. */
let teacher: typeof import('./screens/teacherScreens') | null = null;
let redraw = () => {};
const loadTeacher = () => { void Promise.all([import('./screens/teacherScreens').then(async (m) => { await m.loadGuide(); return m; }), loadParts('teacher', 'live', 'debrief')]).then(([m]) => { teacher = m; redraw(); }, unreachableAs('teacher')); };
let about: typeof import('./screens/about') | null = null;
const loadAbout = () => { void Promise.all([import('./screens/about'), loadParts('about')]).then(([m]) => { about = m; redraw(); }, unreachableAs('about')); };
// A class meeting's screens load only when a browser joins one.
let live: typeof import('./screens/live') | null = null;
const loadLive = () => { void Promise.all([import('./screens/live'), loadParts('live', 'debrief')]).then(([m]) => { live = m; redraw(); }, unreachableAs('live')); };
// The outcome's and the debrief's words are fetched as soon as there is a game, well before it ends.
let debriefWords = false;
let debriefWordsAsked = false;
const loadDebriefWords = () => {
  if (debriefWordsAsked) return;
  debriefWordsAsked = true;
  void loadParts('debrief').then(() => { debriefWords = true; redraw(); }, () => { debriefWordsAsked = false; });
};
// The consultations after the meeting (a what-if) load when a player opens them.
let consult: typeof import('./screens/consult') | null = null;
const loadConsult = () => { void Promise.all([import('./screens/consult'), loadParts('consult', 'debrief')]).then(([m]) => { consult = m; m.replayPending(); redraw(); }, unreachableAs('consult')); };
// Entering a run code, and confirming a teacher's link over a saved game, are rare: they load on demand.
let code: typeof import('./screens/code') | null = null;
const loadCode = () => { void Promise.all([import('./screens/code'), loadParts('debrief')]).then(([m]) => { code = m; redraw(); }, unreachableAs('code')); };

function renderScreen(state: AppState, request: SeatRequest): View {
  if (!state.scenario) return state.screen === 'title' && state.meta ? titleScreen(state, request) : loadingScreen();
  const { seatScreen, debriefScreen, preparationScreen, outcomeScreen, meetingScreen } = gameScreens!;
  // The screens that load on demand; the class's join screen and its meeting count as one ('live').
  const family = state.screen === 'summary' || state.screen === 'printables' ? 'teacher' : state.screen === 'join' ? 'live' : state.screen === 'confirm' ? 'code' : state.screen;
  if (unreachable && unreachable !== family) unreachable = null;
  if (unreachable) return unreachableScreen();
  if (state.screen === 'seats') return seatScreen(state, request);
  if (state.screen === 'about') return about ? about.aboutScreen(state) : (loadAbout(), loadingScreen());
  if (state.screen === 'teacher') return teacher ? teacher.teacherScreen(state) : (loadTeacher(), loadingScreen());
  if (state.screen === 'summary') return teacher ? teacher.summaryScreen(state) : (loadTeacher(), loadingScreen());
  if (state.screen === 'printables') return teacher ? teacher.printablesScreen(state) : (loadTeacher(), loadingScreen());
  if (state.screen === 'code') return code ? code.codeScreen(state) : (loadCode(), loadingScreen());
  if (state.screen === 'join') return live ? live.joinScreen(state) : (loadLive(), loadingScreen());
  if (state.screen === 'live' && state.live) return live ? live.liveScreen(state) : (loadLive(), loadingScreen());
  if (state.screen === 'confirm' && state.pendingStart) return code ? code.confirmScreen(state) : (loadCode(), loadingScreen());
  const game = state.game;
  if (!game || state.screen === 'title') return titleScreen(state, request);
  loadDebriefWords();
  if (state.pendingConsult) loadConsult();
  if (game.phase === 'outcome' && !debriefWords) return loadingScreen();
  if (state.screen === 'consult' && game.phase === 'outcome' && state.scenario.consultations) return consult ? consult.consultScreen(state) : (loadConsult(), loadingScreen());
  if (state.screen === 'debrief' && game.phase === 'outcome') return debriefScreen(state);
  if (game.phase === 'preparation') return preparationScreen(state);
  if (game.phase === 'outcome') return outcomeScreen(state);
  return meetingScreen(state);
}

/** A new screen or phase moves focus to its heading; anything else keeps focus where it was. */
function placeKey(state: AppState): string {
  return `${state.screen}|${state.game?.phase ?? ''}`;
}

function errorBox(state: AppState): View | null {
  if (!state.error || state.error.code === 'save') return null;
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, t(`error.${state.error.code}` as MessageKey)),
    h('button', { id: 'dismiss-error', onclick: () => clearError() }, t('error.dismiss')));
}

/** M opens what the meters mean, G the briefing pack and glossary, Escape closes either. */
function shortcuts(event: KeyboardEvent) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'radio')) return;
  const state = gameStore.getState();
  const inSolo = state.screen === 'game' && state.game && state.game.phase !== 'preparation';
  const inClass = state.screen === 'live' && !!state.live?.view?.you;
  if (!inSolo && !inClass) return;
  const key = event.key.toLowerCase();
  const panel = key === 'm' ? 'meters' : key === 'g' ? 'reference' : key === 'escape' && state.help ? null : undefined;
  if (panel === undefined) return;
  event.preventDefault();
  // The store re-renders at once, so focus moves in the same turn: it is never left on a removed link.
  toggleHelp(panel);
  // Closing hands focus back to what opened the panel (see draw).
  if (panel) document.getElementById(`help-${panel}-heading`)?.focus();
}

export function mountApp(root: HTMLElement, request: SeatRequest, onGameScreen: (shell: Shell) => void): Shell {
  const screen = document.createElement('main');
  screen.id = 'screen';
  screen.tabIndex = -1;
  const side = document.createElement('div');
  side.id = 'side-panel';
  const chamber = document.createElement('div');
  chamber.id = 'chamber';
  chamber.className = 'chamber';
  const note = document.createElement('p');
  note.className = 'chamber-note';
  note.textContent = t('app.chamberLoading');
  chamber.append(note);
  const announcer = document.createElement('div');
  announcer.id = 'announcer';
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  announcer.setAttribute('aria-atomic', 'true');
  const skip = document.createElement('a');
  skip.className = 'skip';
  skip.href = '#screen';
  skip.textContent = t('app.skip');
  const header = document.createElement('header');
  header.className = 'top';
  const brand = document.createElement('p');
  brand.className = 'brand';
  brand.textContent = t('app.title');
  const home = document.createElement('button');
  home.id = 'home';
  home.className = 'link';
  home.textContent = t('app.home');
  home.addEventListener('click', () => goTo('title'));
  header.append(brand, home);
  const aside = document.createElement('aside');
  aside.id = 'side';
  aside.setAttribute('aria-label', t('meters.heading'));
  aside.append(side, chamber);
  const layout = document.createElement('div');
  layout.className = 'layout';
  layout.append(screen, aside);
  root.replaceChildren(skip, header, layout, announcer);
  document.addEventListener('keydown', shortcuts);
  const shell = { screen, side, chamber, announcer };
  let lastPlace = '';
  let lastHelp: AppState['help'] = null;
  // The control that had focus when a panel opened: closing the panel returns focus there.
  let opener: Element | null = null;
  let lastStep = -1;

  const draw = () => {
    const state = gameStore.getState();
    const place = placeKey(state);
    const inScreen = document.activeElement instanceof HTMLElement && screen.contains(document.activeElement);
    const focused = inScreen ? (document.activeElement as HTMLElement).id : '';
    if (state.help && !lastHelp) opener = document.activeElement;
    resetJargon();
    const error = errorBox(state);
    // Outside a meeting a jargon link opens the glossary above the screen; in one, the meeting shows it.
    const glossaryAbove = state.help === 'reference' && state.scenario && !(state.screen === 'game' && state.game && state.game.phase !== 'preparation' && state.game.phase !== 'outcome');
    render(h('div', { class: 'screen-root' }, error, glossaryAbove ? gameScreens!.glossaryPanel(state.scenario!) : null, renderScreen(state, request)), screen);
    // In a class meeting the side panel reads the student's own game, which the room sends.
    const liveGame = state.screen === 'live' ? state.live?.view?.you?.game ?? null : null;
    const meterPanel = gameScreens?.meterPanel;
    const panel = !meterPanel ? null : state.screen === 'game' && state.game && state.game.phase !== 'preparation' ? meterPanel(state)
      : liveGame ? meterPanel({ ...state, game: liveGame }) : null;
    render(panel, side);
    const inMeeting = panel !== null && (liveGame ?? state.game)?.phase !== 'outcome';
    document.body.classList.toggle('in-meeting', inMeeting);
    document.body.classList.toggle('projector', state.projector);
    document.body.classList.toggle('class-meeting', liveGame !== null);
    home.hidden = state.screen === 'title';
    // The chamber drawing follows the solo game; a class meeting is told in text.
    if (inMeeting && !liveGame) onGameScreen(shell);

    const heading = screen.querySelector<HTMLElement>('#screen-heading');
    // The tab says where the player is, and the game's name once: "Your turn — Take the Floor".
    const where = heading?.textContent ?? '';
    document.title = where && where !== t('app.title') ? `${where} — ${t('app.title')}` : t('app.title');
    const pending = takePendingFocus();
    const step = state.game?.choices.length ?? -1;
    const newStep = state.screen === 'game' && step !== lastStep && state.lastEvents.length > 0;
    // Continuing from one stage of the meeting to the next keeps the player on Continue, as does
    // delivering the statement (what it moved is announced): the next thing to do is Continue.
    const keepContinue = newStep && (focused === 'continue' || focused === 'deliver') && place.startsWith('game|') && lastPlace.startsWith('game|');
    if (error) screen.querySelector<HTMLElement>('#dismiss-error')?.focus();
    else if (pending && document.getElementById(pending)) document.getElementById(pending)!.focus();
    else if (keepContinue && document.getElementById('continue')) document.getElementById('continue')!.focus({ preventScroll: true });
    else if (place !== lastPlace) heading?.focus();
    // A jargon link drawn anew while the panel was open is found again by where it points.
    else if (lastHelp && !state.help) ((opener !== document.body && opener?.isConnected ? opener : opener?.matches('a') && screen.querySelector(`a[href="${opener.getAttribute('href')}"]`)) as HTMLElement || heading)?.focus();
    // Patching keeps the focused element in place; only if it is gone does focus go back by id.
    else if (inScreen && !screen.contains(document.activeElement)) ((focused && document.getElementById(focused)) || heading)?.focus();
    lastPlace = place;
    lastHelp = state.help;
    // What was just said comes into view, newest last, above the next control.
    if (newStep && !pending && !error) screen.querySelector('#transcript-heading')?.scrollIntoView({ block: 'start' });

    if (state.game && state.scenario && step !== lastStep && state.lastEvents.length) {
      announcer.textContent = gameScreens!.announcement(state.scenario, state.game.seat, state.lastEvents);
    }
    lastStep = step;
    if (state.screen === 'live') live?.liveAfterDraw(state, announcer);
  };
  redraw = draw;
  gameStore.subscribe(draw);
  draw();
  return shell;
}
