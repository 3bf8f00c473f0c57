/**
 * The one store the interface reads: the DOM layer and the Phaser scenes both subscribe to it.
 * Game rules stay in the engine; the store only holds what the engine returned and the last error.
 */
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import {
  applyChoice, fromSave, newGame, toSave, whatIf,
  type Change, type Choice, type EngineError, type GameEvent, type GameState, type Mode, type Scenario, type WhatIf,
} from '../engine';

/** Where the player is outside the meeting itself; during a game the phase decides the screen. */
export type Screen = 'title' | 'seats' | 'about' | 'game' | 'debrief' | 'problem';

export interface AppState {
  screen: Screen;
  scenario: Scenario | null;
  scenarioProblems: { path: string; message: string }[];
  game: GameState | null;
  lastEvents: GameEvent[];
  error: EngineError | { code: 'save'; message: string } | null;
  whatIf: { change: Change; result: WhatIf } | null;
  /** A reference panel open over the meeting: what the meters mean, or the briefing pack and glossary. */
  help: 'meters' | 'reference' | null;
  /** On a phone the statement builder shows one topic at a time: this one. */
  builderTopic: number;
  /** The closing sentence as typed, shown in the draft at once and given to the engine when the field is left. */
  closingDraft: string | null;
}

export interface SaveSlot {
  read(): string | null;
  write(text: string): void;
}

const initial: AppState = {
  screen: 'title', scenario: null, scenarioProblems: [], game: null, lastEvents: [], error: null, whatIf: null, help: null, builderTopic: 0, closingDraft: null,
};

// The one place immer is applied in the store: every action below writes to a draft.
export const gameStore = createStore<AppState>()(immer(() => initial));

let slot: SaveSlot | null = null;

/** Where autosaves go (localStorage in the browser; nothing in tests unless one is given). */
export function useSaveSlot(next: SaveSlot | null) {
  slot = next;
}

function autosave(game: GameState) {
  slot?.write(JSON.stringify(toSave(game)));
}

export function setScenario(scenario: Scenario) {
  gameStore.setState((s) => { s.scenario = scenario; s.scenarioProblems = []; s.game = null; s.lastEvents = []; s.error = null; });
}

/** A scenario that failed to load: the interface shows every problem instead of a game. */
export function setScenarioProblems(problems: { path: string; message: string }[]) {
  gameStore.setState((s) => { s.scenario = null; s.scenarioProblems = problems; s.screen = 'problem'; });
}

export function goTo(screen: Screen) {
  gameStore.setState((s) => { s.screen = screen; s.error = null; s.help = null; });
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

/** What the Continue button would resume, without resuming it. */
export function savedGameSummary(): { seat: string; choices: number } | { problem: string } | null {
  const text = slot?.read();
  if (!text) return null;
  try {
    const save = JSON.parse(text) as { seat?: unknown; choices?: unknown };
    if (typeof save.seat !== 'string' || !Array.isArray(save.choices)) return { problem: 'unreadable' };
    return { seat: save.seat, choices: save.choices.length };
  } catch {
    return { problem: 'unreadable' };
  }
}

export function startGame(seat: string, seed: number, mode: Mode = 'standard') {
  const { scenario } = gameStore.getState();
  if (!scenario) throw new Error('startGame before a scenario was loaded');
  const game = newGame(scenario, seat, seed, mode);
  gameStore.setState((s) => { s.game = game; s.screen = 'game'; s.lastEvents = []; s.error = null; s.help = null; s.builderTopic = 0; });
  autosave(game);
}

/** Applies a choice; an illegal one leaves the game as it was and sets `error` for the interface. */
export function choose(choice: Choice): boolean {
  const { scenario, game } = gameStore.getState();
  if (!scenario || !game) return false;
  const step = applyChoice(scenario, game, choice);
  if (!step.ok) {
    gameStore.setState((s) => { s.error = step.error; });
    return false;
  }
  gameStore.setState((s) => {
    s.game = step.state; s.lastEvents = step.events; s.error = null; s.whatIf = null;
    if (choice.type === 'closing' || choice.type === 'deliver') s.closingDraft = null;
  });
  autosave(step.state);
  return true;
}

/** Plays the finished meeting again with one choice changed, for the debrief's comparison. */
export function exploreWhatIf(change: Change) {
  const { scenario, game } = gameStore.getState();
  if (!scenario || !game) return;
  const result = whatIf(scenario, game, change);
  gameStore.setState((s) => { s.whatIf = { change, result }; });
}

/** Resumes from the save slot; a save that cannot be read is kept and its reason reported. */
export function resume(): boolean {
  const { scenario } = gameStore.getState();
  const text = slot?.read();
  if (!scenario || !text) return false;
  const loaded = fromSave(scenario, text);
  if (!loaded.ok) {
    gameStore.setState((s) => { s.error = { code: 'save', message: loaded.reason }; });
    return false;
  }
  gameStore.setState((s) => { s.game = loaded.state; s.screen = 'game'; s.lastEvents = []; s.error = null; });
  return true;
}

export function leaveGame() {
  gameStore.setState((s) => { s.game = null; s.screen = 'title'; s.lastEvents = []; s.error = null; s.whatIf = null; });
}
