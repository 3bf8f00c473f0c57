/**
 * A class meeting in this browser: joining with a class code, the line to the room (loaded only
 * then), and the requests the screens send. The room applies every rule; this keeps what it sent.
 */
import type { Choice } from '../engine';
import type { ClassLine, LineStatus } from '../live/connection';
import { CLASS_CODE, HOLDER_KEY, LAST_CLASS, normaliseClassCode, type LiveError } from '../live/types';
import type { MeetingView } from '../live/view';
import { gameStore, goTo, keepClassGame, routeChoicesTo, signClassGame } from './gameStore';

export interface LiveUi {
  code: string;
  name: string;
  status: LineStatus;
  /** Why joining failed, or why the line is down (the screen words it). */
  problem: 'unknownCode' | 'full' | 'tooMany' | 'unreachable' | 'badCode' | 'lost' | 'needName' | null;
  /** Someone else used this browser in this class: the join screen asks whether this is them (their name). */
  ask: string | null;
  view: MeetingView | null;
  refused: LiveError | null;
  /** The President pressed Close with replies still owed: the screen asks once before closing. */
  confirmClose?: boolean;
}

/** Where a student was last seated, so that reopening the site offers the way back without retyping. */
function rememberClass(code: string, name: string, forget = false) {
  try {
    if (forget) window.localStorage.removeItem(LAST_CLASS);
    else window.localStorage.setItem(LAST_CLASS, JSON.stringify({ code, name, at: Date.now() }));
  } catch { /* a browser that keeps nothing simply offers no way back */ }
}

let line: ClassLine | null = null;
// The students' keys are class-only: they load with the line to the room, outside the offline copy.
const keyBook = () => import('./classKeys');
const liveUi = (code: string, name: string, more: Partial<LiveUi> = {}): LiveUi => ({ code, name, status: 'closed', problem: null, ask: null, view: null, refused: null, ...more });


function setLive(change: (live: LiveUi) => void) {
  gameStore.setState((s) => { if (s.live) change(s.live); });
}

/**
 * A student joins with the class code and their name: with the key this browser keeps for that
 * name in that class, or a new one. If someone else used this browser in this class, the join
 * screen first asks whether this is them: another student's seat is never handed over unasked.
 */
export async function joinAsStudent(rawCode: string, rawName: string, someoneElse = false): Promise<void> {
  const code = normaliseClassCode(rawCode);
  const name = rawName.trim();
  const stay = (more: Partial<LiveUi>) => gameStore.setState((s) => { s.live = liveUi(code, name, more); });
  if (!CLASS_CODE.test(code)) return stay({ problem: 'badCode' });
  if (!name) return stay({ problem: 'needName' });
  let choice;
  try { const keys = await keyBook(); choice = keys.keyChoice(keys.keptKeys(), code, name); } catch { return stay({ problem: 'unreachable' }); }
  if (choice && 'ask' in choice && !someoneElse) return stay({ ask: choice.ask });
  return joinLive(code, name);
}

/** Joins a class meeting; `chairKey` comes from the President's own link. */
export async function joinLive(rawCode: string, name: string, chairKey?: string): Promise<void> {
  const code = normaliseClassCode(rawCode);
  if (!CLASS_CODE.test(code)) {
    gameStore.setState((s) => { s.live = liveUi(code, name, { problem: 'badCode' }); });
    return;
  }
  await line?.close();
  line = null;
  gameStore.setState((s) => {
    s.live = liveUi(code, name, { status: 'connecting' });
    s.screen = 'live'; s.error = null; s.help = null;
  });
  let joinProblem: (error: unknown) => LiveUi['problem'] = () => 'unreachable';
  try {
    const [connection, keys] = await Promise.all([import('../live/connection'), keyBook()]);
    joinProblem = connection.joinProblem;
    const { keepClassSecret } = keys;
    line = await connection.joinClass(window.location.origin, code, chairKey ?? keys.studentKey(code, name), {
      view: (view) => {
        // The class server adds these to a browser's own view: the student's signed run code once
        // their game is decided, and the class's secret for the browser that set the class up.
        const { runCode, classSecret } = view as { runCode?: unknown; classSecret?: unknown };
        if (typeof classSecret === 'string') keepClassSecret(code, classSecret);
        if (typeof runCode === 'string' && view.you) signClassGame(view.you.seat, code, name, runCode);
        setLive((l) => { l.view = view; if (l.confirmClose && view.stage !== 'replies') l.confirmClose = false; });
        if (view.you && !chairKey) rememberClass(code, name);
      },
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
  const item = `take-the-floor/chair/${normaliseClassCode(code)}`;
  const valid = (k: string | null): k is string => !!k && HOLDER_KEY.test(k);
  try {
    if (valid(fromLink)) { window.sessionStorage.setItem(item, fromLink); return fromLink; }
    const kept = window.sessionStorage.getItem(item);
    return valid(kept) ? kept : null;
  } catch {
    return valid(fromLink) ? fromLink : null;
  }
}

/**
 * A class code from a link, shown in the join form. If someone used this browser in that class, the
 * form asks at once whether this is them. The name is left for the student to type: on a shared
 * computer the name this browser remembers may be another student's.
 */
export async function prefillClass(rawCode: string): Promise<void> {
  const code = normaliseClassCode(rawCode).slice(0, 20);
  gameStore.setState((s) => { s.live = liveUi(code, ''); });
  const last = await keyBook().then((keys) => keys.lastUser(keys.keptKeys(), code), () => null);
  gameStore.setState((s) => { if (s.live?.code === code && !s.live.name) s.live.ask = last; });
}

/** The answer to "are you …?" with no name typed yet: the form, for a name. */
export function notThem() {
  gameStore.setState((s) => { if (s.live) s.live.ask = null; });
}

export function sendLive(type: string, body: Record<string, unknown> = {}) {
  setLive((l) => { l.refused = null; });
  line?.send(type, body);
}

export function askToClose(on: boolean) {
  setLive((l) => { l.confirmClose = on; });
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
  const signed = (live.view as { runCode?: unknown }).runCode;
  keepClassGame(game, live.code, live.name, typeof signed === 'string' ? signed : null);
}

export async function leaveLive() {
  rememberClass('', '', true);
  await line?.close();
  line = null;
  routeChoicesTo(null);
  gameStore.setState((s) => { s.live = null; });
  goTo('title');
}
