/** The byte budgets, checked on every build (bytes are deterministic; times are only reported, by `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { BEFORE_FIRST_CONTROL_BUDGET, IN_ALL_BUDGET, LIVE_CLIENT_BUDGET, siteBytes } from '../../tools/bench/bytes';

describe('what the site sends', () => {
  const { beforeFirstControl, inAll, liveClient, files, languages } = siteBytes();

  it(`sends at most ${BEFORE_FIRST_CONTROL_BUDGET / 1000} KB (compressed) before the title's first control`, () => {
    console.log(`bytes: ${beforeFirstControl} before the first control, ${inAll} in all (compressed)`);
    expect(beforeFirstControl).toBeLessThanOrEqual(BEFORE_FIRST_CONTROL_BUDGET);
  });

  it(`sends at most ${IN_ALL_BUDGET / 1000} KB (compressed) in all, the offline copy included`, () => {
    expect(inAll, JSON.stringify(files, null, 1)).toBeLessThanOrEqual(IN_ALL_BUDGET);
    // The scenario and the chamber come after the first control, in files of their own.
    expect(inAll).toBeGreaterThan(beforeFirstControl);
    expect(Object.keys(files).some((f) => /phaserChamber/.test(f)), 'the chamber\'s own Phaser build').toBe(true);
    expect(Object.keys(files)).toContain('sw.js');
  });

  it('keeps each language in budget on its own: its title words before the first control, its files in the offline copy', () => {
    console.log(`bytes per language: ${JSON.stringify(languages)}`);
    expect(Object.keys(languages)).toContain('en');
    for (const [code, b] of Object.entries(languages)) {
      expect(b.beforeFirstControl, code).toBeLessThanOrEqual(BEFORE_FIRST_CONTROL_BUDGET);
      expect(b.inAll, code).toBeLessThanOrEqual(IN_ALL_BUDGET);
    }
  });

  it('downloads no web font: every language is drawn with the system\'s own fonts', () => {
    expect(Object.keys(files).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    expect(Object.values(files).length).toBeGreaterThan(0);
  });

  it(`keeps the line to a class meeting in a file of its own, at most ${LIVE_CLIENT_BUDGET / 1000} KB, fetched only by a class`, () => {
    expect(liveClient).toBeGreaterThan(0);
    expect(liveClient).toBeLessThanOrEqual(LIVE_CLIENT_BUDGET);
  });
});
