/**
 * Where a class's meeting is kept between server restarts: a first line with its setup and the
 * scenario it was played with, then every accepted input, one JSON line each, so a restarted
 * server replays the meeting to where it was. A line that cannot be read ends the replay there (a
 * crash mid-write loses at most that one input), and says so.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingSetup } from '../src/live/meeting';
import { CLASS_CODE, LIVE_FORMAT, type LiveInput } from '../src/live/types';

/** What the kept meeting was played with: a different format or scenario cannot replay it exactly. */
export interface Played { format: number; scenarioId: string; scenarioVersion: number }

export interface Kept { setup: MeetingSetup; played: Played; inputs: LiveInput[]; damaged: number }

export interface MeetingStore {
  start(setup: MeetingSetup, played: Played): void;
  append(code: string, input: LiveInput): void;
  load(code: string): Kept | null;
}

export const playedWith = (scenario: { id: string; version: number }): Played => ({ format: LIVE_FORMAT, scenarioId: scenario.id, scenarioVersion: scenario.version });

export function fileStore(dir: string): MeetingStore {
  mkdirSync(dir, { recursive: true });
  const file = (code: string) => {
    if (!CLASS_CODE.test(code)) throw new Error(`not a class code: ${code}`);
    return join(dir, `${code}.jsonl`);
  };
  return {
    start(setup, played) { writeFileSync(file(setup.code), `${JSON.stringify({ ...played, setup })}\n`); },
    append(code, input) { appendFileSync(file(code), `${JSON.stringify(input)}\n`); },
    load(code) {
      if (!CLASS_CODE.test(code) || !existsSync(file(code))) return null;
      const lines = readFileSync(file(code), 'utf8').split('\n').filter((l) => l.trim());
      let first: Played & { setup: MeetingSetup };
      try { first = JSON.parse(lines[0] ?? ''); } catch { first = { format: 0, scenarioId: '', scenarioVersion: 0, setup: { code, seed: 0, mode: 'standard', chair: '', chairName: '' } }; }
      const { setup, ...played } = first;
      const inputs: LiveInput[] = [];
      let damaged = 0;
      for (const line of lines.slice(1)) {
        try { inputs.push(JSON.parse(line)); } catch { damaged = lines.length - 1 - inputs.length; break; }
      }
      return { setup, played, inputs, damaged };
    },
  };
}

export function memoryStore(): MeetingStore {
  const kept = new Map<string, Kept>();
  return {
    start(setup, played) { kept.set(setup.code, { setup, played, inputs: [], damaged: 0 }); },
    append(code, input) { kept.get(code)?.inputs.push(input); },
    load(code) { const k = kept.get(code); return k ? { ...k, inputs: [...k.inputs] } : null; },
  };
}
