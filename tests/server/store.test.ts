/** The file a class's meeting is kept in between server restarts. */
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStore } from '../../server/store';

const played = { format: 1, scenarioId: 'unsc-test', scenarioVersion: 2 };

const setup = { code: 'ABCD', seed: 1, mode: 'standard' as const, chair: 'k', chairName: 'C' };

describe('the meeting file', () => {
  it('gives back the setup and every input, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttf-store-'));
    const store = fileStore(dir);
    store.start(setup, played);
    store.append('ABCD', { type: 'open', from: 'k' });
    store.append('ABCD', { type: 'giveFloor', seen: 1, from: 'k' });
    expect(store.load('ABCD')).toEqual({ setup, played, inputs: [{ type: 'open', from: 'k' }, { type: 'giveFloor', seen: 1, from: 'k' }], damaged: 0 });
    expect(store.load('WXYZ')).toBeNull();
  });

  it('stops at a line cut short by a crash, and says how many it could not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttf-store-'));
    const store = fileStore(dir);
    store.start(setup, played);
    store.append('ABCD', { type: 'open', from: 'k' });
    appendFileSync(join(dir, 'ABCD.jsonl'), '{"type":"giveFl');
    expect(store.load('ABCD')).toMatchObject({ inputs: [{ type: 'open' }], damaged: 1 });
  });

  it('never reads or writes outside its folder, whatever the code', () => {
    const store = fileStore(mkdtempSync(join(tmpdir(), 'ttf-store-')));
    expect(store.load('../../etc/passwd')).toBeNull();
    expect(() => store.start({ ...setup, code: '../x' }, played)).toThrow();
  });
});
