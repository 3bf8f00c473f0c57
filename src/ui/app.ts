/**
 * The DOM layer's shell: renders the screen the store says, keeps focus where a keyboard user
 * expects it, and announces what changed. The chamber slot sits outside the re-rendered screen so
 * the canvas survives every render.
 */
import type { AppState } from '../store/gameStore';
import { clearError, gameStore, goTo } from '../store/gameStore';
import { announcement } from './announce';
import { h } from './dom';
import { t, type MessageKey } from './i18n';
import { meterPanel } from './meterPanel';
import { debriefScreen, outcomeScreen } from './screens/debrief';
import { meetingScreen } from './screens/meeting';
import { preparationScreen } from './screens/preparation';
import { seatScreen, type SeatRequest } from './screens/seats';
import { aboutScreen, problemScreen, titleScreen } from './screens/title';

export interface Shell { screen: HTMLElement; side: HTMLElement; chamber: HTMLElement; announcer: HTMLElement }

function renderScreen(state: AppState, request: SeatRequest): HTMLElement {
  if (state.screen === 'problem' || !state.scenario) return problemScreen(state);
  if (state.screen === 'seats') return seatScreen(state, request);
  if (state.screen === 'about') return aboutScreen(state);
  const game = state.game;
  if (!game || state.screen === 'title') return titleScreen(state);
  if (state.screen === 'debrief' && game.phase === 'outcome') return debriefScreen(state);
  if (game.phase === 'preparation') return preparationScreen(state);
  if (game.phase === 'outcome') return outcomeScreen(state);
  return meetingScreen(state);
}

/** A new screen or phase moves focus to its heading; anything else keeps focus where it was. */
function placeKey(state: AppState): string {
  return `${state.screen}|${state.game?.phase ?? ''}`;
}

function errorBox(state: AppState): HTMLElement | null {
  if (!state.error || state.error.code === 'save') return null;
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, t(`error.${state.error.code}` as MessageKey)),
    h('button', { id: 'dismiss-error', onclick: () => clearError() }, t('error.dismiss')));
}

export function mountApp(root: HTMLElement, request: SeatRequest, onGameScreen: (shell: Shell) => void): Shell {
  const screen = h('main', { id: 'screen', tabindex: -1 });
  const side = h('div', { id: 'side-panel' });
  const chamber = h('div', { id: 'chamber', class: 'chamber' }, h('p', { class: 'chamber-note' }, t('app.chamberLoading')));
  const announcer = h('div', { id: 'announcer', class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const home = h('button', { id: 'home', class: 'link', onclick: () => goTo('title') }, t('app.home'));
  root.replaceChildren(
    h('a', { class: 'skip', href: '#screen' }, t('app.skip')),
    h('header', { class: 'top' }, h('p', { class: 'brand' }, t('app.title')), home),
    h('div', { class: 'layout' }, screen, h('aside', { id: 'side', 'aria-label': t('meters.heading') }, side, chamber)),
    announcer,
  );
  const shell = { screen, side, chamber, announcer };
  let lastPlace = '';
  let lastStep = -1;

  const render = () => {
    const state = gameStore.getState();
    const place = placeKey(state);
    const focused = document.activeElement instanceof HTMLElement && screen.contains(document.activeElement) ? document.activeElement.id : '';
    const content = renderScreen(state, request);
    const error = errorBox(state);
    screen.replaceChildren(...(error ? [error, content] : [content]));
    const panel = state.screen === 'game' && state.game && state.game.phase !== 'preparation' ? meterPanel(state) : null;
    side.replaceChildren(...(panel ? [panel] : []));
    const inMeeting = panel !== null && state.game?.phase !== 'outcome';
    document.body.classList.toggle('in-meeting', inMeeting);
    home.hidden = state.screen === 'title';
    if (inMeeting) onGameScreen(shell);

    const heading = screen.querySelector<HTMLElement>('#screen-heading');
    if (error) error.querySelector('button')!.focus();
    else if (place !== lastPlace) heading?.focus();
    else if (focused) (document.getElementById(focused) ?? heading)?.focus();
    lastPlace = place;

    const step = state.game?.choices.length ?? -1;
    if (state.game && state.scenario && step !== lastStep && state.lastEvents.length) {
      announcer.textContent = announcement(state.scenario, state.game.seat, state.lastEvents);
    }
    lastStep = step;
  };
  gameStore.subscribe(render);
  render();
  return shell;
}
