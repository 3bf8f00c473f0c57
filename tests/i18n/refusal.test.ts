/** The class room's refusals, read in the student's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadParts, useLanguage } from '../../src/ui/i18n';
import { refusalText } from '../../src/ui/refusal';

afterEach(() => useLanguage('en'));

describe('a refusal from the class room', () => {
  const taken = { code: 'taken', message: 'Republic of Korea is already held by Ana.' };

  it('is the room\'s own words, with its particulars, in English', () => {
    expect(refusalText(taken)).toBe('Republic of Korea is already held by Ana.');
  });

  it('says what kind of refusal it was in another language', async () => {
    useLanguage('fr');
    await loadParts('live');
    expect(refusalText(taken)).not.toBe(taken.message);
    expect(refusalText(taken)).toMatch(/siège/);
    useLanguage('ru');
    await loadParts('live');
    expect(refusalText({ code: 'not-chair', message: 'Only the President can do that.' })).toMatch(/Председател/);
  });
});
