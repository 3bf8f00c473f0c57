/**
 * A live Council meeting: one meeting, several students, each holding one seat. Plain JSON, like the
 * engine's state, so a room can be saved, sent and replayed from its inputs.
 *
 * Every seat a student holds has its own engine game (the same scenario, seed and rules as a solo
 * game): its meters are that delegation's reading of the room. The games move together along one
 * speakers' list; when a student's delegation has the floor, the statement that student delivers is
 * heard in every other student's game (the engine's `hear` choice), and a seat nobody holds is
 * played by the computer exactly as in the solo game.
 */
import type { GameState, Mode } from '../engine';
import type { ClassConsultations } from '../engine/consultations/class';

export const LIVE_FORMAT = 2;

/** A browser's key: random, made by that browser (or given in the President's link) and kept there. */
export const HOLDER_KEY = /^[A-Za-z0-9_-]{16,64}$/;
/**
 * A class code: nine letters with no look-alikes (no I, L, O or U), about 40 bits, so guessing one is
 * hopeless; shown in threes (KXR-PMT-QWH) and typed with or without the hyphens.
 */
export const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTVWXYZ';
export const CLASS_CODE = /^[ABCDEFGHJKMNPQRSTVWXYZ]{9}$/;

/** What a person typed or a link carried, as a code: capitals, without spaces, hyphens or dots. */
export function normaliseClassCode(text: string): string {
  return text.toUpperCase().replace(/[\s\-‐-―.·_]/g, '');
}

/** Where a browser keeps the class meeting it last sat in, so the title offers the way back. */
export const LAST_CLASS = 'take-the-floor/last-class';

/** A code as people read it aloud and write it on the board. */
export function showClassCode(code: string): string {
  return CLASS_CODE.test(code) ? `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}` : code;
}

/**
 * How the class server refuses a join, as the HTTP status of its answer (the browser words each):
 * no class has that code; the class is full; too many attempts from this address; a way in that
 * only a class code opens.
 */
export const JOIN_REFUSAL = { unknownCode: 404, full: 409, tooMany: 429, notAllowed: 403 } as const;

/** The close code of a connection the room ended for flooding: the page may come back, and is told why. */
export const CLOSE_FLOOD = 4429;

/** Who is in the room: a private key the server gives each browser, never shown to others. */
export type Holder = string;

export interface LiveSeat {
  holder: Holder;
  name: string;
  /** False while the student's browser is away; the seat stays theirs and a computer stands in. */
  connected: boolean;
}

/** A student's statement as it is being built: private to that student until delivered. */
export interface Draft { picks: Record<string, string | null>; closing: string }

export type FloorStep =
  | { kind: 'open'; option: string }
  | { kind: 'speech'; seat: string; statement: { options: string[]; closing: string } | null };

export interface LiveMeeting {
  format: typeof LIVE_FORMAT;
  code: string;
  scenarioId: string;
  seed: number;
  mode: Mode;
  /** Whoever presides over procedure: opens the meeting, gives the floor, grants replies. */
  chair: Holder;
  chairName: string;
  /** True while the President's browser is away: then any seated student may take the chair. */
  chairAway: boolean;
  stage: 'gathering' | 'meeting' | 'replies' | 'over';
  seats: Record<string, LiveSeat>;
  games: Record<string, GameState>;
  drafts: Record<string, Draft>;
  /** The speeches so far, in order: what a late-joining seat's game replays. */
  floor: FloorStep[];
  /** The seat whose student has the floor and is expected to deliver, if any. */
  waitingFor: string | null;
  replyRequests: string[];
  /** Counts the moves of the floor: a move made on a screen that saw an older count is stale and refused. */
  turn: number;
  /**
   * How many inputs have been accepted, in all and from each holder: a class's record is bounded, and
   * no one student can spend it. (The inputs themselves are kept by the server, outside the meeting,
   * so that each step and a replay stay linear.)
   */
  recorded: number;
  recordedFrom: Record<Holder, number>;
  /** Seats whose reply the computer made when the President closed the meeting on it: said to be a stand-in. */
  standIns?: string[];
  /** The consultations after the meeting (a what-if), once the President opens them: one draft for the class. */
  consult?: ClassConsultations | null;
}

/** The most inputs one holder may have recorded, beyond the floor moves that let a meeting finish. */
export const HOLDER_INPUT_CAP = 600;
/** The most inputs a class may record, beyond the floor moves that let a meeting finish. */
export const MEETING_INPUT_CAP = 10_000;

/** What a browser may ask; the server adds `from`, the sender's holder key, from the connection. */
export type LiveRequest =
  | { type: 'claim'; seat: string; name: string }
  | { type: 'release' }
  | { type: 'pick'; topic: string; option: string | null }
  | { type: 'closing'; text: string }
  /** The President, before the meeting opens: how it is played. */
  | { type: 'setup'; mode?: string; seed?: number }
  | { type: 'open'; option?: string }
  | { type: 'giveFloor'; seen: number }
  | { type: 'deliver'; seen: number }
  | { type: 'requestReply' }
  | { type: 'grantReply'; seat: string; seen: number }
  | { type: 'reply'; option: string }
  | { type: 'handChair'; to: string }
  /** The consultations: the President opens them and closes each round and the silence; a student moves for their seat. */
  | { type: 'openConsult'; seen: number }
  | { type: 'consultNext'; seen: number }
  | { type: 'consultMove'; move: string; target?: string; seen: number };

/** What only the server itself does: a browser cannot send these. */
export type ServerEvent =
  | { type: 'away'; holder: Holder }
  | { type: 'back'; holder: Holder };

export type LiveInput = (LiveRequest | ServerEvent) & { from: Holder };

export interface LiveError {
  code: 'not-yours' | 'stale' | 'wrong-moment' | 'not-chair' | 'taken' | 'unknown' | 'refused' | 'full' | 'flood' | 'fault';
  message: string;
}

/** An accepted input, with the meeting after it; `changed` is false when it changed nothing (kept nowhere). */
export type LiveStep = { ok: true; meeting: LiveMeeting; input: LiveInput; changed: boolean } | { ok: false; error: LiveError };
