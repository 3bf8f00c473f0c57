/** PO files as Weblate, Crowdin and Poedit write them, and as a careless or hostile edit leaves them. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergePo, readPo, writePo } from '../../tools/i18n/po';

describe('PO files', () => {
  it('round-trips quotes, backslashes, line breaks, tabs and every script', () => {
    fc.assert(fc.property(fc.array(fc.record({ key: fc.string({ minLength: 1 }), source: fc.string({ minLength: 1 }), translation: fc.string() }), { maxLength: 20 }), (entries) => {
      const read = readPo(writePo(entries, { language: 'fr' }));
      expect(read.problems).toEqual([]);
      expect(read.entries.map((e) => [e.key, e.source, e.translation])).toEqual(entries.map((e) => [e.key, e.source, e.translation]));
    }));
  });

  it('reads what an editor writes: wrapped strings, flags, notes, a plural form and obsolete entries', () => {
    const text = [
      'msgid ""', 'msgstr ""', '"Language: fr\\n"', '',
      '#. Shown on the title screen.', '#, fuzzy', 'msgctxt "title.new"', 'msgid ""', '"New "', '"meeting"', 'msgstr ""', '"Nouvelle "', '"partie"', '',
      'msgctxt "a.b"', 'msgid "One"', 'msgid_plural "Many"', 'msgstr[0] "Un"', 'msgstr[1] "Plusieurs"', '',
      '#~ msgctxt "old"', '#~ msgid "Gone"', '#~ msgstr "Parti"',
    ].join('\r\n');
    const read = readPo(text);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      { key: 'title.new', source: 'New meeting', translation: 'Nouvelle partie', note: 'Shown on the title screen.', fuzzy: true },
      { key: 'a.b', source: 'One', translation: 'Un' },
    ]);
  });

  it('names each line it cannot read, and an entry without its key, instead of failing', () => {
    const read = readPo('msgid "Lost"\nmsgstr "Perdu"\n\nthis is not PO\n\u0000\u0001garbage');
    expect(read.entries).toEqual([]);
    expect(read.problems).toEqual([
      { line: 1, message: 'this entry has no msgctxt, so the game cannot tell which text it is' },
      { line: 4, message: 'this line is not PO: this is not PO' },
      { line: 5, message: 'this line is not PO: \u0000\u0001garbage' },
    ]);
  });

  it('brings a language up to date: a new text untranslated, a changed one kept but fuzzy, a removed one gone', () => {
    const old = [
      { key: 'a', source: 'Same', translation: 'Pareil' },
      { key: 'b', source: 'Old English', translation: 'Ancien' },
      { key: 'gone', source: 'Removed', translation: 'Supprimé' },
    ];
    const template = [{ key: 'a', source: 'Same', translation: '' }, { key: 'b', source: 'New English', translation: '' }, { key: 'c', source: 'Added', translation: '' }];
    expect(mergePo(template, old)).toEqual([
      { key: 'a', source: 'Same', translation: 'Pareil' },
      { key: 'b', source: 'New English', translation: 'Ancien', fuzzy: true },
      { key: 'c', source: 'Added', translation: '' },
    ]);
  });
});
