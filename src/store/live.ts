/**
 * A class meeting in this browser: joining with a class code, the line to the room (loaded only
 * then), and the requests the screens send. The room applies every rule; this keeps what it sent.
 */
import type { Choice } from '../engine';
import type { ClassLine, LineStatus } from '../live/connection';
import { CLASS_CODE, HOLDER_KEY, type LiveError } from '../live/types';
import type { MeetingView } from '../live/view';
import { gameStore, goTo, keepClassGame, routeChoicesTo } from './gameStore';

export interface LiveUi {
  code: string;
  name: string;
  status: LineStatus;
  /** Why joining failed, or why the line is down (the screen words it). */
  problem: 'unknownCode' | 'unreachable' | 'badCode' | 'lost' | 'needName' | null;
  view: MeetingView | null;
  refused: LiveError | null;
}

const KEY_ITEM = 'take-the-floor/class-key';
let memoryKey: string | null = null;
let line: ClassLine | null = null;

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** This browser's key: who it is to every class room. Kept so a reload or a new tab gets the same seat. */
export function classKey(): string {
  try {
    const kept = window.localStorage.getItem(KEY_ITEM);
    if (kept && HOLDER_KEY.test(kept)) return kept;
    const made = randomKey();
    window.localStorage.setItem(KEY_ITEM, made);
    return made;
  } catch {
    return (memoryKey ??= randomKey());
  }
}


function setLive(change: (live: LiveUi) => void) {
  gameStore.setState((s) => { if (s.live) change(s.live); });
}

/** Joins a class meeting; `chairKey` comes from the President's own link. */
export async function joinLive(rawCode: string, name: string, chairKey?: string): Promise<void> {
  const code = rawCode.trim().toUpperCase().replace(/[^A-Z]/g, '');
  if (!CLASS_CODE.test(code)) {
    gameStore.setState((s) => { s.live = { code, name, status: 'closed', problem: 'badCode', view: null, refused: null }; });
    return;
  }
  await line?.close();
  line = null;
  gameStore.setState((s) => {
    s.live = { code, name, status: 'connecting', problem: null, view: null, refused: null };
    s.screen = 'live'; s.error = null; s.help = null;
  });
  const { joinClass, joinProblem } = await import('../live/connection');
  try {
    line = await joinClass(window.location.origin, code, chairKey ?? classKey(), {
      view: (view) => setLive((l) => { l.view = view; }),
      refused: (error) => setLive((l) => { l.refused = error; }),
      status: (status, problem) => setLive((l) => { l.status = status; l.problem = problem ?? null; }),
    });
    routeChoicesTo(sendChoice);
  } catch (error) {
    gameStore.setState((s) => { if (s.live) { s.live.status = 'closed'; s.live.problem = joinProblem(error); } s.screen = 'join'; });
  }
}

/** The President's key for a class: from the link, kept for this tab; or the one kept earlier. */
export function presidentKey(code: string, fromLink: string | null): string | null {
  const item = `take-the-floor/chair/${code.toUpperCase()}`;
  const valid = (k: string | null): k is string => !!k && HOLDER_KEY.test(k);
  try {
    if (valid(fromLink)) { window.sessionStorage.setItem(item, fromLink); return fromLink; }
    const kept = window.sessionStorage.getItem(item);
    return valid(kept) ? kept : null;
  } catch {
    return valid(fromLink) ? fromLink : null;
  }
}

/** The join form was sent without a name: the form says so, and keeps the code. */
export function askForName(code: string) {
  gameStore.setState((s) => { s.live = { code, name: '', status: 'closed', problem: 'needName', view: null, refused: null }; });
}

/** A class code from a link, shown in the join form. */
export function prefillClass(code: string) {
  gameStore.setState((s) => { s.live = { code: code.toUpperCase(), name: s.name, status: 'closed', problem: null, view: null, refused: null }; });
}

export function sendLive(type: string, body: Record<string, unknown> = {}) {
  setLive((l) => { l.refused = null; });
  line?.send(type, body);
}

export function claimSeat(seat: string) {
  sendLive('claim', { seat, name: gameStore.getState().live?.name ?? '' });
}

/** The statement builder's choices, as requests to the room. */
function sendChoice(choice: Choice): boolean {
  const view = gameStore.getState().live?.view;
  switch (choice.type) {
    case 'pick': sendLive('pick', { topic: choice.topic, option: choice.option }); return true;
    case 'closing': sendLive('closing', { text: choice.text }); return true;
    case 'deliver': sendLive('deliver', { seen: view?.turn ?? 0 }); return true;
    case 'reply': sendLive('reply', { option: choice.option }); return true;
    default: return false;
  }
}

/** The student's own game, when the meeting is over: the solo debrief reads it. */
export function openLiveDebrief() {
  const live = gameStore.getState().live;
  const game = live?.view?.you?.game;
  if (!live || !game || game.phase !== 'outcome') return;
  keepClassGame(game, live.code, live.name);
}

export async function leaveLive() {
  await line?.close();
  line = null;
  routeChoicesTo(null);
  gameStore.setState((s) => { s.live = null; });
  goTo('title');
}
