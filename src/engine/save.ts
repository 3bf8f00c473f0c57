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

/**
 * `consult`: the consultations' moves after the meeting, in order. They are played by their own stage
 * (applyConsultation, loaded with the consultations), so the meeting's replay stops where they begin.
 */
export type LoadSaveResult = { ok: true; state: GameState; consult?: unknown[] } | { ok: false; reason: string };

/**
 * What a save made with an earlier version of the scenario lost on the way: each decision the
 * current version no longer has or allows, and whether the replay stopped there (a statement not
 * delivered again, an opening to choose again) so that the player can choose again and play on.
 */
export interface CarriedOver { from: number; dropped: Choice[]; stopped: boolean }
export type ResumeResult = { ok: true; state: GameState; carried?: CarriedOver; consult?: unknown[] } | { ok: false; reason: string };

/** Replays a save exactly: any difference (another scenario version, a choice that no longer replays) refuses it. */
export function fromSave(scenario: Scenario, input: unknown): LoadSaveResult {
  return readSave(scenario, input, false);
}

/**
 * Resumes a save to finish it: as fromSave for the same version; a save from an earlier version of
 * the same scenario is replayed with each decision it still accepts, the others listed in `carried`.
 * A save from a later version is refused: this version cannot know what it holds.
 */
export function resumeSave(scenario: Scenario, input: unknown): ResumeResult {
  return readSave(scenario, input, true);
}

function readSave(scenario: Scenario, input: unknown, carry: boolean): ResumeResult {
  const refuse = (reason: string): ResumeResult => ({ ok: false, reason });
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
  const from = save.scenarioVersion as number;
  const carried = carry && from < scenario.version ? { from, dropped: [] as Choice[], stopped: false } : undefined;
  if (from !== scenario.version && !carried) {
    // A later version cannot be known here; an earlier one is carried over only when resuming.
    return refuse(`the save was made with version ${from} of this meeting's scenario and this is version ${scenario.version}, so it ${from > scenario.version ? 'is from a newer version of this site: reload the page when online to get it' : 'cannot be replayed exactly'}`);
  }
  if (!isPlayable(scenario, save.seat)) return refuse(`the save names a seat, "${save.seat.slice(0, 40)}", that this meeting does not have`);
  let state = newGame(scenario, save.seat, save.seed as number, (save.mode as Mode | undefined) ?? 'standard');
  let consult: unknown[] | undefined;
  for (const [i, raw] of save.choices.entries()) {
    if ((raw as { type?: unknown } | null)?.type === 'consult') { consult = save.choices.slice(i); break; }
    const choice = normaliseChoice(raw);
    if ('code' in choice) return refuse(`the save is damaged: its choice ${i + 1} is not one the game makes (${choice.message})`);
    let step = applyChoice(scenario, state, choice);
    if (!step.ok && !carried) return refuse(`choice ${i + 1} of the save could not be replayed: ${step.error.message}`);
    if (!carried) { if (step.ok) state = step.state; continue; }
    // Another version: the meeting may have more or fewer speeches, so a speech that no longer
    // fits is skipped, and a decision goes where the meeting now asks for it. After a decision
    // that is gone, only the rest of the same statement is carried: the player chooses again there.
    const decision = !['begin', 'continue', 'hear'].includes(choice.type);
    if (carried.stopped && choice.type !== 'pick' && choice.type !== 'closing') continue;
    // (Each continue moves the meeting on, so this ends at the latest with the meeting.)
    while (decision && !carried.stopped && !step.ok && step.error.code === 'wrong-phase') {
      const on = applyChoice(scenario, state, { type: 'continue' });
      if (!on.ok) break;
      state = on.state;
      step = applyChoice(scenario, state, choice);
    }
    if (step.ok) state = step.state;
    // (A topic left out that is gone loses nothing.)
    else if (decision && !(carried.stopped && step.error.code === 'wrong-phase') && !(choice.type === 'pick' && choice.option === null)) {
      carried.dropped.push(choice);
      carried.stopped ||= choice.type !== 'reply';
    }
  }
  return { ok: true, state, carried, consult };
}
