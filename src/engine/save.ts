/**
 * Saves hold the inputs of a run (scenario, seat, seed, choices), not the state: loading replays
 * them through the engine, so a save can never smuggle in an impossible state.
 */
import { z } from 'zod';
import type { Scenario } from './scenario/schema';
import { applyChoice, isPlayable, newGame } from './game';
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

const ChoiceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('begin') }),
  z.object({ type: z.literal('continue') }),
  z.object({ type: z.literal('chair'), option: z.string() }),
  z.object({ type: z.literal('pick'), topic: z.string(), option: z.string().nullable() }),
  z.object({ type: z.literal('closing'), text: z.string().max(2000) }),
  z.object({ type: z.literal('deliver') }),
  z.object({ type: z.literal('reply'), option: z.string() }),
]);

const SaveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  saveVersion: z.number().int(),
  scenarioId: z.string(),
  scenarioVersion: z.number().int(),
  seat: z.string(),
  seed: z.number().int(),
  mode: z.enum(MODES).optional(),
  choices: z.array(ChoiceSchema).max(1000),
});

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
  const parsed = SaveSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return refuse(`the save is damaged at ${first.path.join('.') || 'its top level'}: ${first.message}`);
  }
  const save = parsed.data;
  if (save.scenarioId !== scenario.id) return refuse(`the save is for scenario "${save.scenarioId}", not "${scenario.id}"`);
  if (save.scenarioVersion !== scenario.version) {
    return refuse(`the save was made with version ${save.scenarioVersion} of this scenario and this is version ${scenario.version}; it cannot be replayed exactly`);
  }
  if (!isPlayable(scenario, save.seat)) return refuse(`the save names a seat, "${save.seat}", that this scenario does not have`);
  let state = newGame(scenario, save.seat, save.seed, save.mode ?? 'standard');
  for (const [i, choice] of save.choices.entries()) {
    const step = applyChoice(scenario, state, choice as Choice);
    if (!step.ok) return refuse(`choice ${i + 1} of the save could not be replayed: ${step.error.message}`);
    state = step.state;
  }
  return { ok: true, state };
}
