/**
 * Where a class's meeting is kept between server restarts: a first line with its setup and the
 * scenario it was played with, then every accepted input, one line each, so a restarted server
 * replays the meeting to where it was.
 *
 * Each line is framed with its own checksum (`<crc32 in hex> <json>`), so a crash at any byte costs
 * at most the line being written: a cut tail is cut away (or, if whole, closed) before anything is
 * appended after it, and a damaged line in the middle is skipped and counted without costing the
 * good lines after it. Keys are never kept: the room hands the store holders (hashes of keys).
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, readSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { MeetingSetup } from '../src/live/meeting';
import { CLASS_CODE, LIVE_FORMAT, type LiveInput } from '../src/live/types';

/** What the kept meeting was played with: a different format or scenario cannot replay it exactly. */
export interface Played { format: number; scenarioId: string; scenarioVersion: number }

/** A class's setup as kept: the President is a holder (a key's hash), and the class's signing secret. */
export interface KeptSetup extends MeetingSetup { secret: string }

export interface Kept { setup: KeptSetup; played: Played; inputs: LiveInput[]; damaged: number }

type Maybe<T> = T | Promise<T>;

/**
 * Where meetings are kept: a folder (one process), or Redis (any process reopens any class). The
 * room awaits every answer, so a store may answer at once or later; appends are sent in order and
 * not awaited (each is one whole record).
 */
export interface MeetingStore {
  start(setup: KeptSetup, played: Played): Maybe<void>;
  append(code: string, input: LiveInput): void;
  /** The meeting kept under a code, or null if none is; throws (or rejects with) a plain sentence if it cannot be read as one. */
  load(code: string): Maybe<Kept | null>;
  exists(code: string): Maybe<boolean>;
  /** Removes meetings nobody has touched for `ms`; returns how many. */
  expire(ms: number, now?: number): Maybe<number>;
}

/** A store that answers at once (the folder, and memory in tests). */
export interface SyncMeetingStore extends MeetingStore {
  start(setup: KeptSetup, played: Played): void;
  load(code: string): Kept | null;
  exists(code: string): boolean;
  expire(ms: number, now?: number): number;
}

export const playedWith = (scenario: { id: string; version: number }): Played => ({ format: LIVE_FORMAT, scenarioId: scenario.id, scenarioVersion: scenario.version });

const hex = (n: number) => n.toString(16).padStart(8, '0');
export const frame = (value: unknown): string => { const json = JSON.stringify(value); return `${hex(crc32(json))} ${json}\n`; };

/** A framed line's value, or undefined if the line is cut, changed or not a record. */
export function unframe(line: string): unknown {
  const m = /^([0-9a-f]{8}) (.*)$/s.exec(line);
  if (!m || hex(crc32(m[2]!)) !== m[1]) return undefined;
  try { return JSON.parse(m[2]!); } catch { return undefined; }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The setup line, checked field by field, or the plain reason it is not one. */
function readHeader(line: string | undefined, where: string): { setup: KeptSetup; played: Played } {
  if (line === undefined || line.trim() === '') throw new Error(`The file ${where} is empty: nothing of that meeting was kept, so it cannot be reopened.`);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(line)) throw new Error(`The first line of ${where} is not text (the file is damaged), so that meeting cannot be reopened. Its file is kept as it is.`);
  const value = unframe(line);
  if (value === undefined) {
    let legacy: unknown;
    try { legacy = JSON.parse(line); } catch { /* neither framed nor JSON */ }
    if (isObject(legacy) && typeof legacy.format === 'number' && legacy.format !== LIVE_FORMAT) {
      throw new Error(`The meeting in ${where} was kept by an earlier version of the game (format ${legacy.format}; this one keeps format ${LIVE_FORMAT}), so it cannot be replayed. Its file is kept as it is.`);
    }
    throw new Error(`The first line of ${where}, which holds the class's setup, is cut off or changed (its checksum does not match), so that meeting cannot be reopened. Its file is kept as it is.`);
  }
  const v = value;
  if (!isObject(v) || !isObject(v.setup)) throw new Error(`The first line of ${where} is not a meeting's setup, so that meeting cannot be reopened. Its file is kept as it is.`);
  const s = v.setup;
  if (typeof v.format !== 'number' || typeof v.scenarioId !== 'string' || typeof v.scenarioVersion !== 'number'
    || typeof s.code !== 'string' || typeof s.seed !== 'number' || typeof s.chair !== 'string' || typeof s.secret !== 'string') {
    throw new Error(`The first line of ${where} lacks part of the class's setup, so that meeting cannot be reopened. Its file is kept as it is.`);
  }
  return {
    setup: { code: s.code, seed: s.seed, mode: s.mode as KeptSetup['mode'], chair: s.chair, chairName: typeof s.chairName === 'string' ? s.chairName : '', secret: s.secret },
    played: { format: v.format, scenarioId: v.scenarioId, scenarioVersion: v.scenarioVersion },
  };
}

/** Reads the kept lines: every whole, unchanged input; the count of those that are not. */
export function readKept(text: string, where: string): Kept {
  const lines = text.split('\n');
  const tail = lines.pop(); // after the last newline: '' when the file ends whole
  const head = readHeader(lines[0] ?? tail, where);
  const inputs: LiveInput[] = [];
  let damaged = 0;
  for (const line of lines.slice(1)) {
    const value = unframe(line);
    if (isObject(value) && typeof value.type === 'string' && typeof value.from === 'string') inputs.push(value as LiveInput);
    else damaged++;
  }
  if (lines.length > 0 && tail) {
    const value = unframe(tail);
    if (isObject(value) && typeof value.type === 'string') inputs.push(value as LiveInput); else damaged++;
  }
  return { ...head, inputs, damaged };
}

/**
 * A file about to be appended to ends with a whole line: a tail cut by a crash is cut away (or, if
 * it is a whole record that only lost its newline, closed), so the next line never joins it.
 */
function closeTail(path: string) {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    if (last[0] === 0x0a) return;
    const text = readFileSync(path);
    const cut = text.lastIndexOf(0x0a) + 1;
    if (unframe(text.subarray(cut).toString('utf8')) !== undefined) writeSync(fd, '\n', size);
    else ftruncateSync(fd, cut);
  } finally {
    closeSync(fd);
  }
}

export function fileStore(dir: string): SyncMeetingStore {
  mkdirSync(dir, { recursive: true });
  const file = (code: string) => {
    if (!CLASS_CODE.test(code)) throw new Error(`not a class code: ${code}`);
    return join(dir, `${code}.jsonl`);
  };
  const checked = new Set<string>();
  return {
    start(setup, played) {
      writeFileSync(file(setup.code), frame({ ...played, setup }), { mode: 0o600 });
      checked.add(setup.code);
    },
    append(code, input) {
      const path = file(code);
      if (!checked.has(code)) { closeTail(path); checked.add(code); }
      // One write of one whole line: a crash cuts at most this line, which the next start cuts away.
      const fd = openSync(path, 'a');
      try { writeSync(fd, frame(input)); } finally { closeSync(fd); }
    },
    load(code) {
      if (!CLASS_CODE.test(code) || !existsSync(file(code))) return null;
      return readKept(readFileSync(file(code), 'utf8'), `${file(code)} (class ${code})`);
    },
    exists: (code) => CLASS_CODE.test(code) && existsSync(file(code)),
    expire(ms, now = Date.now()) {
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (!/^[A-Z]+\.jsonl$/.test(name)) continue;
        const path = join(dir, name);
        if (now - statSync(path).mtimeMs > ms) { unlinkSync(path); checked.delete(name.slice(0, -6)); removed++; }
      }
      return removed;
    },
  };
}

export function memoryStore(): SyncMeetingStore {
  const kept = new Map<string, Kept & { touched: number }>();
  return {
    start(setup, played) { kept.set(setup.code, { setup, played, inputs: [], damaged: 0, touched: Date.now() }); },
    append(code, input) { const k = kept.get(code); if (k) { k.inputs.push(input); k.touched = Date.now(); } },
    load(code) { const k = kept.get(code); return k ? { setup: k.setup, played: k.played, inputs: [...k.inputs], damaged: k.damaged } : null; },
    exists: (code) => kept.has(code),
    expire(ms, now = Date.now()) {
      let removed = 0;
      for (const [code, k] of kept) if (now - k.touched > ms) { kept.delete(code); removed++; }
      return removed;
    },
  };
}
