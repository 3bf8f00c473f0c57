/**
 * Saves hold the inputs of a run (scenario, seat, seed, choices), not the state: loading replays
 * them through the engine, so a save can never smuggle in an impossible state.
 */
import type { Scenario } from './scenario/schema';
import { applyChoice, isPlayable, newGame, normaliseChoice } from './game';
import { MODES, type Choice, type GameState, type Mode } from './types';

export const SAVE_FORMAT = 'take-the-floor/save';
export const SAVE_VERSION = 1;

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  saveVersion: number;
  scenarioId: string;
  scenarioVersion: number;
  seat: string;
  seed: number;
  mode?: Mode;
  choices: Choice[];
}

export function toSave(state: GameState): SaveFile {
  return {
    format: SAVE_FORMAT, saveVersion: SAVE_VERSION, scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion, seat: state.seat, seed: state.seed, mode: state.mode, choices: state.choices,
  };
}

export type LoadSaveResult = { ok: true; state: GameState } | { ok: false; reason: string };

export function fromSave(scenario: Scenario, input: unknown): LoadSaveResult {
  const refuse = (reason: string): LoadSaveResult => ({ ok: false, reason });
  if (typeof input === 'string') {
    try { input = JSON.parse(input); } catch { return refuse('the save is damaged: it is not valid JSON'); }
  }
  const head = input as Partial<SaveFile> | null;
  if (!head || typeof head !== 'object' || head.format !== SAVE_FORMAT) return refuse('this is not a Take the Floor save');
  if (typeof head.saveVersion === 'number' && head.saveVersion > SAVE_VERSION) {
    return refuse(`the save was made by a newer version of the game (save format ${head.saveVersion}; this version reads format ${SAVE_VERSION})`);
  }
  if (head.saveVersion !== SAVE_VERSION) return refuse(`save format ${String(head.saveVersion)} is not one this version can read (it reads format ${SAVE_VERSION})`);
  // Checked by hand, so that every refusal is said in the game's words (and the browser needs no
  // schema library to read a save).
  const save = input as Record<string, unknown>;
  const what = (field: string, expected: string) => refuse(`the save is damaged: its ${field} is not ${expected}`);
  if (typeof save.scenarioId !== 'string') return what('scenario name', 'text');
  if (!Number.isInteger(save.scenarioVersion)) return what('scenario version', 'a whole number');
  if (typeof save.seat !== 'string') return what('seat', 'text');
  if (!Number.isInteger(save.seed)) return what('seed', 'a whole number');
  if (save.mode !== undefined && !(MODES as readonly unknown[]).includes(save.mode)) return what('mode', 'guided, standard or briefing');
  if (!Array.isArray(save.choices)) return what('list of choices', 'a list');
  if (save.choices.length > 1000) return refuse(`the save is damaged: it holds ${save.choices.length} choices, more than any meeting has`);
  if (save.scenarioId !== scenario.id) return refuse(`the save is for another meeting ("${String(save.scenarioId).slice(0, 60)}"), not this one`);
  if (save.scenarioVersion !== scenario.version) {
    return refuse(`the save was made with version ${save.scenarioVersion} of this meeting's scenario and this is version ${scenario.version}, so it cannot be replayed exactly`);
  }
  if (!isPlayable(scenario, save.seat)) return refuse(`the save names a seat, "${save.seat.slice(0, 40)}", that this meeting does not have`);
  let state = newGame(scenario, save.seat, save.seed as number, (save.mode as Mode | undefined) ?? 'standard');
  for (const [i, raw] of save.choices.entries()) {
    const choice = normaliseChoice(raw);
    if ('code' in choice) return refuse(`the save is damaged: its choice ${i + 1} is not one the game makes (${choice.message})`);
    const step = applyChoice(scenario, state, choice);
    if (!step.ok) return refuse(`choice ${i + 1} of the save could not be replayed: ${step.error.message}`);
    state = step.state;
  }
  return { ok: true, state };
}
