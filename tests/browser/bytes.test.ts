/** The byte budget before the title's first control, checked on every build (bytes are deterministic). */
import { describe, expect, it } from 'vitest';
import { BEFORE_FIRST_CONTROL_BUDGET, siteBytes } from '../../tools/bench/bytes';

describe('what the site sends', () => {
  it(`sends at most ${BEFORE_FIRST_CONTROL_BUDGET / 1000} KB (compressed) before the title's first control`, () => {
    const { beforeFirstControl, inAll } = siteBytes();
    console.log(`bytes: ${beforeFirstControl} before the first control, ${inAll} in all (compressed)`);
    expect(beforeFirstControl).toBeLessThanOrEqual(BEFORE_FIRST_CONTROL_BUDGET);
    // The scenario and the chamber come after the first control, in files of their own.
    expect(inAll).toBeGreaterThan(beforeFirstControl);
  });
});
