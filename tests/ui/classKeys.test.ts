/**
 * A seat belongs to a student, not a browser: each student who joins a class in this browser gets a
 * key of their own, found again by their name; someone else's key is never given without asking.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLDER_KEY } from '../../src/live/types';
import { KEPT_MAX, keyChoice, keptKey, lastUser, withKey, type KeptKey } from '../../src/store/classKeys';

const CLASS = 'KXRPMTQWH';
const OTHER = 'BCDFGHJKM';

/** A browser's localStorage, or one that refuses every read and write. */
function storage(blocked = false) {
  const items = new Map<string, string>();
  const refuse = () => { throw new DOMException('denied', 'SecurityError'); };
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (k: string) => (blocked ? refuse() : items.get(k) ?? null),
      setItem: (k: string, v: string) => (blocked ? refuse() : void items.set(k, v)),
    },
  });
  return items;
}

/** A fresh copy of the module, as a page load has. */
const load = async () => { vi.resetModules(); return import('../../src/store/classKeys'); };

afterEach(() => { vi.unstubAllGlobals(); });

describe('which key a student joins with', () => {
  const ana: KeptKey = { code: CLASS, name: 'Ana', key: 'ana-key-0123456789' };
  const ben: KeptKey = { code: CLASS, name: 'Ben', key: 'ben-key-0123456789' };

  it('is the key kept for that name in that class, however the name is spaced or capitalised', () => {
    expect(keptKey([ana, ben], CLASS, 'Ana')).toBe(ana.key);
    expect(keptKey([ana, ben], CLASS, '  ana ')).toBe(ana.key);
    expect(keptKey([ana, ben], OTHER, 'Ana')).toBeNull();
    expect(keptKey([ana, ben], CLASS, 'Chi')).toBeNull();
  });

  it('asks whether this is the last student to use the browser in that class, when the name is new', () => {
    expect(keyChoice([ana], CLASS, 'Ben')).toEqual({ ask: 'Ana' });
    expect(keyChoice([ana, ben], CLASS, 'Chi')).toEqual({ ask: 'Ben' });
    expect(keyChoice([ana, ben], CLASS, 'Ana')).toEqual({ key: ana.key });
    expect(keyChoice([ana], OTHER, 'Ben')).toBeNull();
    expect(lastUser(withKey([ana, ben], ana), CLASS)).toBe('Ana');
  });

  it('keeps the newest entries, one per student and class', () => {
    let kept: KeptKey[] = [];
    for (let i = 0; i < KEPT_MAX + 10; i++) kept = withKey(kept, { code: CLASS, name: `Student ${i}`, key: `key-${i}-0123456789abc` });
    kept = withKey(kept, { code: CLASS, name: 'student 69', key: 'key-again-0123456789' });
    expect(kept).toHaveLength(KEPT_MAX);
    expect(kept.filter((k) => k.name.toLowerCase() === 'student 69')).toEqual([{ code: CLASS, name: 'student 69', key: 'key-again-0123456789' }]);
    expect(lastUser(kept, CLASS)).toBe('student 69');
    expect(keptKey(kept, CLASS, 'Student 0')).toBeNull();
  });
});

describe('the keys kept in this browser', () => {
  it('give Ana her key again after a reload, and Ben one of his own', async () => {
    const items = storage();
    const first = await load();
    const anaKey = first.studentKey(CLASS, 'Ana');
    expect(anaKey).toMatch(HOLDER_KEY);
    const again = await load();
    expect(again.keptKeys()).toEqual([{ code: CLASS, name: 'Ana', key: anaKey }]);
    expect(again.keyChoice(again.keptKeys(), CLASS, 'Ben')).toEqual({ ask: 'Ana' });
    const benKey = again.studentKey(CLASS, 'Ben');
    expect(benKey).not.toBe(anaKey);
    expect(again.studentKey(CLASS, 'Ana')).toBe(anaKey);
    expect(again.studentKey(OTHER, 'Ana')).not.toBe(anaKey);
    expect(JSON.parse(items.get('take-the-floor/class-keys')!)).toHaveLength(3);
    // Entries that are not keys are left out.
    items.set('take-the-floor/class-keys', JSON.stringify([{ code: CLASS, name: 'Ana', key: '<script>' }, null, 'x']));
    expect((await load()).keptKeys()).toEqual([]);
  });

  it('last for the visit when storage is refused, and still one per student', async () => {
    storage(true);
    const keys = await load();
    const anaKey = keys.studentKey(CLASS, 'Ana');
    expect(anaKey).toMatch(HOLDER_KEY);
    expect(keys.studentKey(CLASS, 'Ana')).toBe(anaKey);
    expect(keys.studentKey(CLASS, 'Ben')).not.toBe(anaKey);
    expect(keys.keyChoice(keys.keptKeys(), CLASS, 'Chi')).toEqual({ ask: 'Ben' });
    expect(keys.classSecret(CLASS)).toBeNull();
    expect(() => keys.keepClassSecret(CLASS, 'x'.repeat(43))).not.toThrow();
  });

  it('keep the secret of a class this browser set up', async () => {
    const items = storage();
    const keys = await load();
    keys.keepClassSecret(CLASS, 's'.repeat(43));
    expect(items.get(`take-the-floor/class-secret/${CLASS}`)).toBe('s'.repeat(43));
    expect(keys.classSecret(CLASS)).toBe('s'.repeat(43));
    expect(keys.classSecret(OTHER)).toBeNull();
  });
});
