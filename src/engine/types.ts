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
  | { type: 'hear'; seat: string; options: string[]; closing: string }
  /** In the consultations after the meeting: one move of the player's delegation (see ConsultMove). */
  | { type: 'consult'; move: ConsultMove; target?: string };

/**
 * A move in the consultations. Every member: agree (to the draft as it stands), amend (propose an
 * amendment: target), insist (on its earlier amendment), object (to a paragraph: target). The
 * penholder: keep (the draft), compromise (offer its wording on a paragraph), drop (a paragraph).
 * Under silence: silent, or break (silence, on the text as it stands).
 * "begin" opens the consultations once the meeting is over.
 */
export const CONSULT_MOVES = ['begin', 'agree', 'amend', 'insist', 'object', 'keep', 'compromise', 'drop', 'silent', 'break'] as const;
export type ConsultMove = (typeof CONSULT_MOVES)[number];

/** A paragraph of the draft: which element, in which wording (an amendment id, "compromise", or null for the original), and whether it is out. */
export interface DraftParagraph { element: string; version: string | null; out: boolean }

/** A paragraph that fell (null: the whole text), who it fell to, and whether that was breaking silence (else the penholder took it out over their objections). */
export interface BlockedElement { element: string | null; by: string[]; silence: boolean }

/** The consultations' own state, inside the game state: plain JSON, ids only. */
export interface Consultations {
  stage: 'round' | 'silence' | 'done';
  round: number;
  draft: DraftParagraph[];
  /** This round's stand of each member on each paragraph still in: "support", "object" or an amendment id. */
  stands: Record<string, Record<string, string>>;
  /** Amendments proposed so far, by whom, and whether insisted on. */
  proposals: { seat: string; amendment: string; round: number; insist: boolean }[];
  /** How the open meeting left each member towards the player: added to its reading of the player's proposals. */
  goodwill: Record<string, number>;
  /** The whole room's temper after the meeting: added to every member's reading. */
  temper: number;
  /** Each member's doubt on each paragraph this round: a seeded draw, kept so that stands and redraft agree. */
  doubt: Record<string, Record<string, number>>;
  agreed: DraftParagraph[] | null;
  blocked: BlockedElement[];
  /**
   * In a class meeting, the seats students hold (their stands come from their moves) and each one's
   * goodwill from the meeting; in a solo game, absent: the player's seat alone, with `goodwill`.
   */
  humans?: string[];
  goodwillOf?: Record<string, Record<string, number>>;
  /** In a class meeting, every student's move at each step the President closed: with the above, what replays the class's text. */
  classSteps?: Record<string, Extract<Choice, { type: 'consult' }>>[];
}

export type GameEvent =
  | { type: 'phase'; phase: Phase }
  /**
   * Spoken words keep the text as said (in the language played) and what it was said from: the
   * line, `variant` (which of its variants), `at` (which of the President's sentences), `options` and
   * `closing` (a student's statement heard in a class meeting), so that they read in any language
   * (spokenText). Saves from before these fields read as they were said.
   */
  | { type: 'narration'; text: string; at?: number }
  | { type: 'speech'; speaker: string; line: string | null; text: string; reaction: 'own' | 'briefing' | 'chair' | 'reply' | 'close' | 'heard'; attack: boolean; variant?: number; at?: number; options?: string[]; closing?: string }
  | { type: 'response'; speaker: string; response: Response; line: string; text: string; strength: number; attack: boolean; answers?: string; variant?: number }
  | { type: 'news'; news: string }
  | { type: 'statement'; options: string[]; seconds: number; text: string; closing: string }
  | ({ type: 'meter'; citations: number[] } & MeterChange)
  | { type: 'attacked'; by: string }
  | { type: 'outcome'; outcome: string }
  | { type: 'consultStage'; stage: Consultations['stage']; round: number }
  /** A member's move in the consultations, in its own words, with why. */
  | { type: 'consultMove'; seat: string; move: ConsultMove; target?: string; text: string; why?: string; round: number }
  /** The penholder's revision: each paragraph that changed, and who asked for it. */
  | { type: 'redraft'; round: number; changes: { element: string; from: string | null; to: string | null; out: boolean; by: string[] }[] }
  | { type: 'pressElements'; agreed: DraftParagraph[]; blocked: BlockedElement[] };

export interface MeterSnapshot { step: number; label: string; meters: Record<string, number> }

export interface Result {
  outcome: string;
  objectives: { id: string; met: boolean }[];
  redLines: { id: string; crossed: boolean }[];
  /** The consultations' own objectives and red lines, once they are over. */
  elements?: { product: boolean; objectives: { id: string; met: boolean }[]; redLines: { id: string; crossed: boolean }[] };
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
  /** The consultations after the meeting, once begun (absent in saves from before they existed). */
  consultations?: Consultations | null;
}

export type EngineError = {
  code: 'wrong-phase' | 'unknown-topic' | 'unknown-option' | 'over-budget' | 'too-long' | 'game-over' | 'bad-choice';
  message: string;
};

export type Step = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: EngineError };
