/** The game state and its events: plain JSON, referring to scenario content by id. */
import type { MeterChange, Response } from './situation';

/** How much the interface shows before a choice: the scenario's rules are the same in every mode. */
export const MODES = ['guided', 'standard', 'briefing'] as const;
export type Mode = (typeof MODES)[number];

export const PHASES = ['preparation', 'opening', 'speakers', 'playerTurn', 'reactions', 'rule37', 'rightOfReply', 'closing', 'outcome'] as const;
export type Phase = (typeof PHASES)[number];

export type Choice =
  | { type: 'begin' }
  | { type: 'continue' }
  | { type: 'chair'; option: string }
  /** The presiding player closes the meeting in its own words. */
  | { type: 'adjourn'; option: string }
  | { type: 'pick'; topic: string; option: string | null }
  | { type: 'closing'; text: string }
  | { type: 'deliver' }
  | { type: 'reply'; option: string }
  // In a live meeting: the delegation now on the floor is held by another student, who delivered this.
  | { type: 'hear'; seat: string; options: string[]; closing: string };

export type GameEvent =
  | { type: 'phase'; phase: Phase }
  | { type: 'narration'; text: string }
  | { type: 'speech'; speaker: string; line: string | null; text: string; reaction: 'own' | 'briefing' | 'chair' | 'reply' | 'close' | 'heard'; attack: boolean }
  | { type: 'response'; speaker: string; response: Response; line: string; text: string; strength: number; attack: boolean; answers?: string }
  | { type: 'news'; news: string }
  | { type: 'statement'; options: string[]; seconds: number; text: string; closing: string }
  | ({ type: 'meter'; citations: number[] } & MeterChange)
  | { type: 'attacked'; by: string }
  | { type: 'outcome'; outcome: string };

export interface MeterSnapshot { step: number; label: string; meters: Record<string, number> }

export interface Result {
  outcome: string;
  objectives: { id: string; met: boolean }[];
  redLines: { id: string; crossed: boolean }[];
}

export interface GameState {
  scenarioId: string;
  scenarioVersion: number;
  seat: string;
  seed: number;
  mode: Mode;
  rng: number;
  phase: Phase;
  news: string;
  newsArrived: boolean;
  cursor: number;
  picks: Record<string, string | null>;
  closing: string;
  applied: string[];
  meters: Record<string, number>;
  support: Record<string, number>;
  impact: Record<string, number>;
  attackedBy: string[];
  choices: Choice[];
  log: GameEvent[];
  /** Where in the log the last step that said anything aloud began: what is "on the floor now". */
  saidFrom: number;
  history: MeterSnapshot[];
  result: Result | null;
}

export type EngineError = {
  code: 'wrong-phase' | 'unknown-topic' | 'unknown-option' | 'over-budget' | 'too-long' | 'game-over' | 'bad-choice';
  message: string;
};

export type Step = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: EngineError };
