/**
 * The one store the interface reads: the DOM layer and the Phaser scenes both subscribe to it.
 * Game rules stay in the engine; the store only holds what the engine returned and the last error.
 */
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import {
  applyChoice, newGame, nextGroup, resumeSave, toSave, whatIf,
  type CarriedOver, type Change, type Choice, type EngineError, type GameEvent, type GameState, type Mode, type Scenario, type WhatIf,
} from '../engine';
import { heardIn, nameIn, saveKey, savedText, type SavedGame, type Shelf } from './saves';
import type { SeatPlan } from '../classroom/seatPlan';
import type { SignatureMark } from '../classroom/summary';
import type { LiveUi } from './live';

/** Where the player is outside the meeting itself; during a game the phase decides the screen. */
export type TitleMeta = Pick<Scenario['meta'], 'title' | 'date' | 'agendaItem' | 'meetingType' | 'body'>;

export type Screen = 'title' | 'seats' | 'about' | 'game' | 'debrief' | 'confirm' | 'teacher' | 'summary' | 'printables' | 'code' | 'join' | 'live' | 'consult';

export interface AppState {
  screen: Screen;
  scenario: Scenario | null;
  game: GameState | null;
  lastEvents: GameEvent[];
  /** Where what a grouped Continue said begins in the log (null: where the engine's last step began). */
  heardFrom: number | null;
  error: EngineError | { code: 'save'; message: string } | null;
  whatIf: { change: Change; result: WhatIf } | null;
  /** A reference panel open over the meeting: what the meters mean, or the briefing pack and glossary. */
  help: 'meters' | 'reference' | null;
  /** On a phone the statement builder shows one topic at a time: this one. */
  builderTopic: number;
  /** The closing sentence as typed, shown in the draft at once and given to the engine when the field is left. */
  closingDraft: string | null;
  /** The student's name, from a teacher's link or the record form: kept with the save and in the run code. */
  name: string;
  /** Where the game on screen is saved. */
  saveKey: string | null;
  /** The game on screen came from a class meeting: its run code as the class server signed it. */
  signedCode: string | null;
  /** A save from an earlier version of the meeting, just resumed: what changed, shown until the next move. */
  carried: CarriedOver | null;
  /** A new game that would replace a saved one waits here for the player to say so. */
  pendingStart: { seat: string; seed: number; mode: Mode; existing: SavedGame } | null;
  /** For the printed record: the class and the date, asked once and kept in the browser. */
  className: string;
  date: string;
  /** The teacher's seat plan, and the codes pasted into the class summary. */
  plan: SeatPlan | null;
  summaryText: string;
  /** Each summary row's signature, once checked (a check takes a moment, and never holds the page up). */
  summaryMarks: SignatureMark[] | null;
  /** Projector mode: large type, high contrast, options lettered for a class vote. */
  projector: boolean;
  /**
   * A resumed save's or a run code's consultations (a solo game's moves, or a class's start and
   * steps), waiting for the consultations' own stage to load and replay them.
   */
  pendingConsult: unknown;
  /** The meeting's name and date, there before the whole scenario has arrived. */
  /** What the title screen shows of the meeting before the scenario has come. */
  meta: TitleMeta | null;
  /** Why the game on screen is not being saved as usual: storage refused, or another tab took the save. */
  saveTrouble: 'unsaved' | 'otherTab' | null;
  /** A class meeting this browser has joined: its line's state and the latest view the room sent. */
  live: LiveUi | null;
}

const initial: AppState = {
  screen: 'title', scenario: null, game: null, lastEvents: [], heardFrom: null, error: null, whatIf: null,
  help: null, builderTopic: 0, closingDraft: null, name: '', saveKey: null, signedCode: null, carried: null, pendingStart: null,
  className: '', date: '', plan: null, summaryText: '', summaryMarks: null, projector: false, meta: null, saveTrouble: null, live: null, pendingConsult: null,
};

// The one place immer is applied in the store: every action below writes to a draft.
export const gameStore = createStore<AppState>()(immer(() => initial));

let shelf: Shelf | null = null;
let shelfPrefix = '';

/** Where saves go (localStorage in the browser; nothing in tests unless one is given). */
export function useShelf(next: Shelf | null, prefix = '') {
  shelf = next;
  shelfPrefix = prefix;
}

let lastWritten: string | null = null;

/** Saves the game on screen. Storage may refuse: the game goes on, and the player is told. */
function autosave(game: GameState) {
  const { saveKey: key, name, saveTrouble, signedCode, heardFrom } = gameStore.getState();
  if (!shelf || !key) return;
  // Where the last Continue's group of speeches began, so a reload shows the same floor.
  const text = JSON.stringify({ ...toSave(game), name, savedAt: Date.now(), ...(signedCode ? { signedCode } : {}), ...(heardFrom !== null ? { heardFrom } : {}) });
  const ok = shelf.write(key, text);
  if (ok) lastWritten = text;
  if (!ok && saveTrouble !== 'unsaved') gameStore.setState((s) => { s.saveTrouble = 'unsaved'; });
  else if (ok && saveTrouble === 'unsaved') gameStore.setState((s) => { s.saveTrouble = null; });
}

/**
 * A game played in a class meeting, kept in this browser once it is over, under its own key (the
 * class code, so it never replaces a solo game of the same seat), and opened at its debrief.
 */
export function keepClassGame(game: GameState, code: string, name: string, signed: string | null) {
  gameStore.setState((s) => {
    s.game = game; s.screen = 'debrief'; s.lastEvents = []; s.heardFrom = null; s.whatIf = null; s.error = null;
    s.name = name; s.saveKey = saveKey(shelfPrefix, `${game.seat}/class-${code}`, name); s.signedCode = signed;
  });
  autosave(game);
}

/** The class server signs a student's code once their game is decided: it may come after the game was kept. */
export function signClassGame(seat: string, code: string, name: string, signed: string) {
  const { saveKey: key, signedCode, game } = gameStore.getState();
  if (!game || key !== saveKey(shelfPrefix, `${seat}/class-${code}`, name) || signedCode === signed) return;
  gameStore.setState((s) => { s.signedCode = signed; });
  autosave(game);
}

/**
 * Another tab of this browser wrote this game's save. Rather than overwrite each other, this tab
 * goes on under a save of its own, so both courses are kept, and says so.
 */
export function savedElsewhere(key: string, text: string | null) {
  const state = gameStore.getState();
  if (!state.game || key !== state.saveKey || text === lastWritten) return;
  gameStore.setState((s) => { s.saveKey = `${key}/tab-${Date.now()}`; s.saveTrouble = 'otherTab'; });
  autosave(state.game);
}


export function setMeta(meta: TitleMeta) {
  gameStore.setState((s) => { s.meta = meta; });
}

export function setScenario(scenario: Scenario) {
  gameStore.setState((s) => { s.scenario = scenario; s.meta = scenario.meta; s.game = null; s.lastEvents = []; s.heardFrom = null; s.error = null; });
}

export function goTo(screen: Screen) {
  gameStore.setState((s) => { s.screen = screen; s.error = null; s.help = null; s.carried = null; });
}

/** Opens a reference panel, or closes it when it is already open. */
export function toggleHelp(panel: 'meters' | 'reference' | null) {
  gameStore.setState((s) => { s.help = s.help === panel ? null : panel; });
}

export function draftClosing(text: string) {
  gameStore.setState((s) => { s.closingDraft = text; });
}

export function showBuilderTopic(index: number) {
  gameStore.setState((s) => { s.builderTopic = Math.max(0, index); });
}

export function clearError() {
  gameStore.setState((s) => { s.error = null; });
}

/** The text of a save, as it is: an unreadable one can be downloaded rather than lost. */
export function rawSave(key: string): string | null {
  return shelf?.read(key) ?? null;
}

/** Every saved game in this browser, described by replaying it; one that cannot be read says why. */
export function savedGames(): SavedGame[] {
  const { scenario } = gameStore.getState();
  if (!shelf || !scenario) return [];
  const when = (text: string | null) => { try { return Number((JSON.parse(text ?? '') as { savedAt?: unknown }).savedAt) || 0; } catch { return 0; } };
  // Newest first: the game a student just left is the first Continue on the title screen.
  const keys = shelf.keys().map((key) => ({ key, at: when(shelf!.read(key)) })).sort((a, b) => b.at - a.at).map((k) => k.key);
  return keys.map((key): SavedGame => {
    const text = shelf!.read(key);
    if (!text) return { key, problem: 'the saved data could not be read' };
    const loaded = resumeSave(scenario, text);
    if (!loaded.ok) return { key, problem: loaded.reason };
    const state = loaded.state;
    return { key, seat: state.seat, name: nameIn(text), steps: state.choices.length, phase: state.phase, outcome: state.result?.outcome ?? null, earlier: !!loaded.carried };
  });
}

export function setName(name: string) {
  gameStore.setState((s) => { s.name = name; });
}

/** The name, class and date the printed record carries. A game in progress keeps the name in its save. */
export function setStudent(name: string, className: string, date: string) {
  gameStore.setState((s) => { s.name = name; s.className = className; s.date = date; });
  const { game } = gameStore.getState();
  if (game) autosave(game);
}

export function setPlan(plan: SeatPlan | null) {
  gameStore.setState((s) => { s.plan = plan; });
}

export function setSummaryText(text: string) {
  gameStore.setState((s) => { if (s.summaryText !== text) { s.summaryText = text; s.summaryMarks = null; } });
}

/** The signatures of the codes in this text, checked; marks for a text no longer shown are dropped. */
export function setSummaryMarks(text: string, marks: SignatureMark[]) {
  gameStore.setState((s) => { if (s.summaryText === text) s.summaryMarks = marks; });
}

export function setProjector(on: boolean) {
  gameStore.setState((s) => { s.projector = on; });
}

/** Starts a game, unless a saved one for the same seat and name would be replaced: then it asks. */
export function startGame(seat: string, seed: number, mode: Mode = 'standard', replace = false) {
  const { scenario, name } = gameStore.getState();
  if (!scenario) throw new Error('startGame before a scenario was loaded');
  const key = saveKey(shelfPrefix, seat, name);
  const existing = shelf?.read(key) ? savedGames().find((g) => g.key === key) : undefined;
  if (existing && !replace) {
    gameStore.setState((s) => { s.pendingStart = { seat, seed, mode, existing }; s.screen = 'confirm'; s.error = null; });
    return;
  }
  const game = newGame(scenario, seat, seed, mode);
  gameStore.setState((s) => {
    s.game = game; s.screen = 'game'; s.lastEvents = []; s.heardFrom = null; s.error = null; s.help = null; s.builderTopic = 0; s.pendingConsult = null;
    s.saveKey = key; s.signedCode = null; s.pendingStart = null; s.closingDraft = null; s.whatIf = null; s.saveTrouble = null;
  });
  autosave(game);
}

/** Applies a choice; an illegal one leaves the game as it was and sets `error` for the interface. */
let liveRoute: ((choice: Choice) => boolean) | null = null;

/** In a class meeting the room, not this browser, applies a choice: choose() passes it on. */
export function routeChoicesTo(route: ((choice: Choice) => boolean) | null) {
  liveRoute = route;
}

export function choose(choice: Choice): boolean {
  if (liveRoute && gameStore.getState().screen === 'live') return liveRoute(choice);
  const { scenario, game } = gameStore.getState();
  if (!scenario || !game) return false;
  // One Continue hears a group of speakers (nextGroup); all they said stays on screen together.
  const presses = choice.type === 'continue' ? Math.max(1, nextGroup(scenario, game).length) : 1;
  let state = game;
  const events: GameEvent[] = [];
  let heardFrom: number | null = null;
  for (let i = 0; i < presses; i++) {
    const step = applyChoice(scenario, state, choice);
    if (!step.ok) {
      if (i > 0) break;
      gameStore.setState((s) => { s.error = step.error; });
      return false;
    }
    if (i === 0 && presses > 1) heardFrom = step.state.saidFrom;
    state = step.state;
    events.push(...step.events);
  }
  gameStore.setState((s) => {
    s.game = state; s.lastEvents = events; s.heardFrom = heardFrom; s.error = null; s.whatIf = null; s.carried = null;
    if (choice.type === 'closing' || choice.type === 'deliver') s.closingDraft = null;
  });
  autosave(state);
  return true;
}

/** A game moved on by a stage loaded on its own (the consultations): kept, and saved. */
export function keepGame(game: GameState) {
  gameStore.setState((s) => { s.game = game; s.lastEvents = []; s.error = null; s.pendingConsult = null; });
  autosave(game);
}

/** Plays the finished meeting again with one choice changed, for the debrief's comparison. */
export function exploreWhatIf(change: Change) {
  const { scenario, game } = gameStore.getState();
  if (!scenario || !game) return;
  const result = whatIf(scenario, game, change);
  gameStore.setState((s) => { s.whatIf = { change, result }; });
}

/**
 * Resumes a saved game; one that cannot be read is kept as it is and its reason reported. A save
 * from an earlier version of the meeting is first copied beside itself, so the player still has it
 * as it was, then goes on under the current version with what changed shown once.
 */
export function resume(key: string): boolean {
  const { scenario } = gameStore.getState();
  const text = key ? shelf?.read(key) : null;
  if (!scenario || !text) return false;
  const loaded = resumeSave(scenario, text);
  if (!loaded.ok) {
    gameStore.setState((s) => { s.error = { code: 'save', message: loaded.reason }; });
    return false;
  }
  const carried = loaded.carried ?? null;
  const copy = `${key}/earlier-v${carried?.from}`;
  // A copy is never resumed in its place, nor written over: the game then goes on under a key of its own.
  if (carried && (/\/earlier-v\d+$/.test(key) || shelf!.read(copy) !== null || !shelf!.write(copy, text))) key = `${key}/v${scenario.version}-${Date.now()}`;
  gameStore.setState((s) => {
    s.game = loaded.state; s.screen = loaded.state.phase === 'outcome' ? 'debrief' : 'game'; s.lastEvents = []; s.heardFrom = carried ? null : heardIn(text, loaded.state.log.length); s.error = null; s.saveKey = key; s.name = nameIn(text);
    s.signedCode = savedText(text, 'signedCode'); s.carried = carried;
    s.pendingStart = null; s.closingDraft = null; s.whatIf = null; s.saveTrouble = null;
  });
  lastWritten = text;
  if (carried) autosave(loaded.state);
  // The consultations after the meeting replay with their own stage, when it has loaded (see the consult screen).
  gameStore.setState((s) => { s.pendingConsult = loaded.consult ?? null; });
  return true;
}

/** Shows a run that came from a code (signed, if it came from a class meeting): replayed, read-only, not saved over anything. */
export function showReplayedRun(game: GameState, name: string, signed: string | null = null, consult: unknown = null) {
  gameStore.setState((s) => {
    s.game = game; s.screen = 'debrief'; s.lastEvents = []; s.heardFrom = null; s.error = null; s.saveKey = null; s.name = name; s.whatIf = null; s.signedCode = signed; s.pendingConsult = consult;
  });
}

export function leaveGame() {
  gameStore.setState((s) => { s.game = null; s.screen = 'title'; s.lastEvents = []; s.heardFrom = null; s.error = null; s.whatIf = null; s.signedCode = null; s.pendingConsult = null; });
}
