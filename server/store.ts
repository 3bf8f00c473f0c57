/**
 * Where a class's meeting is kept between server restarts: its setup and every accepted input, one
 * JSON line each, so a restarted server replays the meeting to where it was. A line that cannot be
 * read ends the replay there (a crash mid-write loses at most that one input), and says so.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingSetup } from '../src/live/meeting';
import type { LiveInput } from '../src/live/types';

export interface Kept { setup: MeetingSetup; inputs: LiveInput[]; damaged: number }

export interface MeetingStore {
  start(setup: MeetingSetup): void;
  append(code: string, input: LiveInput): void;
  load(code: string): Kept | null;
}

const CODE = /^[A-Z]{4,8}$/;

export function fileStore(dir: string): MeetingStore {
  mkdirSync(dir, { recursive: true });
  const file = (code: string) => {
    if (!CODE.test(code)) throw new Error(`not a class code: ${code}`);
    return join(dir, `${code}.jsonl`);
  };
  return {
    start(setup) { writeFileSync(file(setup.code), `${JSON.stringify(setup)}\n`); },
    append(code, input) { appendFileSync(file(code), `${JSON.stringify(input)}\n`); },
    load(code) {
      if (!CODE.test(code) || !existsSync(file(code))) return null;
      const lines = readFileSync(file(code), 'utf8').split('\n').filter((l) => l.trim());
      let setup: MeetingSetup;
      try { setup = JSON.parse(lines[0] ?? ''); } catch { return null; }
      const inputs: LiveInput[] = [];
      let damaged = 0;
      for (const line of lines.slice(1)) {
        try { inputs.push(JSON.parse(line)); } catch { damaged = lines.length - 1 - inputs.length; break; }
      }
      return { setup, inputs, damaged };
    },
  };
}

export function memoryStore(): MeetingStore {
  const kept = new Map<string, Kept>();
  return {
    start(setup) { kept.set(setup.code, { setup, inputs: [], damaged: 0 }); },
    append(code, input) { kept.get(code)?.inputs.push(input); },
    load(code) { const k = kept.get(code); return k ? { ...k, inputs: [...k.inputs] } : null; },
  };
}
