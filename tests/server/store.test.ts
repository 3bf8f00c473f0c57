/** The file a class's meeting is kept in between server restarts, and what a crash can do to it. */
import { mkdtempSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStore, frame } from '../../server/store';
import type { LiveInput } from '../../src/live/types';
import { random } from '../support/randomClass';

const played = { format: 2, scenarioId: 'unsc-test', scenarioVersion: 2 };
const CODE = 'ABCDEFGHJ';
const setup = { code: CODE, seed: 1, mode: 'standard' as const, chair: 'k', chairName: 'C', secret: 's'.repeat(43) };
const input = (i: number): LiveInput => ({ type: 'closing', text: `Sentence ${i}`, from: 'k' });

function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'ttf-store-'));
  return { dir, store: fileStore(dir), path: join(dir, `${CODE}.jsonl`) };
}

describe('the meeting file', () => {
  it('gives back the setup and every input, in order', () => {
    const { store } = fresh();
    store.start(setup, played);
    store.append(CODE, { type: 'open', from: 'k' });
    store.append(CODE, { type: 'giveFloor', seen: 1, from: 'k' });
    expect(store.load(CODE)).toEqual({ setup, played, inputs: [{ type: 'open', from: 'k' }, { type: 'giveFloor', seen: 1, from: 'k' }], damaged: 0 });
    expect(store.load('WXYZWXYZW')).toBeNull();
  });

  it('survives the crash sequence that once lost play: cut the tail, play on, crash again', () => {
    let { store, path, dir } = fresh();
    store.start(setup, played);
    for (let i = 0; i < 13; i++) store.append(CODE, input(i));
    // kill -9 mid-write: the last 15 bytes never reached the disk.
    truncateSync(path, statSync(path).size - 15);
    store = fileStore(dir); // the server restarts
    expect(store.load(CODE)).toMatchObject({ damaged: 1 });
    expect(store.load(CODE)!.inputs).toHaveLength(12);
    store.append(CODE, input(100)); // play goes on: Slovenia delivers
    store = fileStore(dir); // killed again, and restarted
    const kept = store.load(CODE)!;
    expect(kept.damaged).toBe(0);
    expect(kept.inputs.map((x) => (x.type === 'closing' ? x.text : ''))).toEqual([...Array.from({ length: 12 }, (_, i) => `Sentence ${i}`), 'Sentence 100']);
  });

  it('keeps every whole line before a cut at any byte, and every line appended after it', () => {
    const r = random(11);
    for (let trial = 0; trial < 300; trial++) {
      let { store, path, dir } = fresh();
      store.start(setup, played);
      const n = 1 + Math.floor(r() * 20);
      for (let i = 0; i < n; i++) store.append(CODE, input(i));
      const whole = readFileSync(path, 'utf8');
      const headerEnd = whole.indexOf('\n') + 1;
      const cut = headerEnd + Math.floor(r() * (whole.length - headerEnd + 1));
      truncateSync(path, cut);
      const survivors = whole.slice(headerEnd, cut).split('\n').length - 1; // lines that kept their newline
      const partial = whole.slice(headerEnd, cut).split('\n').pop()!;
      // A tail that lost only its newline is still a whole record; a cut one is counted as damaged.
      const tailWhole = partial !== '' && `${partial}\n` === frame(input(survivors));
      store = fileStore(dir);
      store.append(CODE, input(999));
      const kept = fileStore(dir).load(CODE)!;
      const expected = [...Array.from({ length: survivors + (tailWhole ? 1 : 0) }, (_, i) => `Sentence ${i}`), 'Sentence 999'];
      expect(kept.inputs.map((x) => (x.type === 'closing' ? x.text : '')), `trial ${trial}, cut at ${cut}`).toEqual(expected);
      expect(kept.damaged, `trial ${trial}`).toBe(0);
    }
  });

  it('skips a damaged line in the middle and keeps every good line after it', () => {
    const { store, path } = fresh();
    store.start(setup, played);
    for (let i = 0; i < 6; i++) store.append(CODE, input(i));
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[3] = lines[3]!.replace('Sentence', 'Sentince'); // one changed byte: the checksum catches it
    lines[4] = '\u0000\u0001garbage';
    writeFileSync(path, lines.join('\n'));
    const kept = store.load(CODE)!;
    expect(kept.damaged).toBe(2);
    expect(kept.inputs.map((x) => (x.type === 'closing' ? x.text : ''))).toEqual(['Sentence 0', 'Sentence 1', 'Sentence 4', 'Sentence 5']);
  });

  it.each([
    ['an empty file', '', /is empty: nothing of that meeting was kept/],
    ['a first line cut short', frame({ ...played, setup }).slice(0, 30), /first line .* is cut off or changed/],
    ['a binary first line', '\u0000\u0001\u0002\u0003\n', /first line .* is not text/],
    ['a first line of null', frame(null), /first line .* is not a meeting's setup/],
    ['a first line of {}', frame({}), /first line .* is not a meeting's setup/],
    ['a first line of []', frame([]), /first line .* is not a meeting's setup/],
    ['a first line of 5', frame(5), /first line .* is not a meeting's setup/],
    ['a setup without its secret', frame({ ...played, setup: { ...setup, secret: undefined } }), /lacks part of the class's setup/],
    ['a file kept by the previous version', `${JSON.stringify({ format: 1, scenarioId: 'x', scenarioVersion: 1, setup })}\n`, /earlier version of the game \(format 1; this one keeps format 2\)/],
  ])('says plainly what is wrong with %s, and leaves it as it is', (_, text, message) => {
    const { store, path } = fresh();
    writeFileSync(path, text);
    expect(() => store.load(CODE)).toThrow(message);
    try { store.load(CODE); } catch (error) {
      expect((error as Error).message).toMatch(/^[A-Z].*\.$/);
      expect((error as Error).message).not.toMatch(/TypeError|undefined|Cannot read/);
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('removes meetings untouched for longer than they are kept, and no others', () => {
    const { store, path } = fresh();
    store.start(setup, played);
    store.start({ ...setup, code: 'KKKKKKKKK' }, played);
    const old = (Date.now() - 15 * 86_400_000) / 1000;
    utimesSync(path, old, old);
    expect(store.expire(14 * 86_400_000)).toBe(1);
    expect(store.exists(CODE)).toBe(false);
    expect(store.exists('KKKKKKKKK')).toBe(true);
  });

  it('never reads or writes outside its folder, whatever the code', () => {
    const { store } = fresh();
    expect(store.load('../../etc/passwd')).toBeNull();
    expect(() => store.start({ ...setup, code: '../x' }, played)).toThrow();
  });
});
