/** When a class nobody is in is let go (its file reopens it when a student comes back). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, letGo } from '../../server/councilRoom';

const minutes = (n: number) => n * 60_000;
const room = (over: boolean, connected = 0) => ({ connected, over, emptySince: 0, lastChange: 0 });

describe('letting a class go', () => {
  it('never while a browser is in it, however long it has been quiet', () => {
    expect(letGo(room(true, 1), DEFAULT_LIMITS, minutes(600))).toBe(false);
  });

  it('a finished class soon after the last browser left (5 minutes)', () => {
    expect(letGo(room(true), DEFAULT_LIMITS, minutes(4))).toBe(false);
    expect(letGo(room(true), DEFAULT_LIMITS, minutes(6))).toBe(true);
  });

  it('an unfinished class only after a long while without a change (30 minutes)', () => {
    expect(letGo(room(false), DEFAULT_LIMITS, minutes(6))).toBe(false);
    expect(letGo(room(false), DEFAULT_LIMITS, minutes(31))).toBe(true);
    expect(letGo({ ...room(false), lastChange: minutes(20) }, DEFAULT_LIMITS, minutes(31))).toBe(false);
  });
});
