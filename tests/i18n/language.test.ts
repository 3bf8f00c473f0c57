/** Which language a page opens in, and the interface catalogs each language ships. */
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/ui/language';
import { argumentsOf, interfaceTranslation } from '../../tools/i18n/catalog';
import { pseudoMessage } from '../../tools/i18n/pseudo';
import { compileIcu } from '../../tools/i18n/catalog';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HAVE = ['ar', 'en', 'es', 'fr', 'ru'] as const;

describe('choosing a language', () => {
  it('takes the link first, then the browser\'s last choice, then the browser\'s languages, then English', () => {
    expect(chooseLanguage([...HAVE], 'fr', 'es', ['ru'])).toEqual({ code: 'fr', unknown: null });
    expect(chooseLanguage([...HAVE], null, 'es', ['ru'])).toEqual({ code: 'es', unknown: null });
    expect(chooseLanguage([...HAVE], null, null, ['de-CH', 'ru-RU', 'en'])).toEqual({ code: 'ru', unknown: null });
    expect(chooseLanguage([...HAVE], null, null, ['de'])).toEqual({ code: 'en', unknown: null });
    expect(chooseLanguage([...HAVE], 'AR-eg', null, [])).toEqual({ code: 'ar', unknown: null });
  });

  it('reports a link\'s language the site does not have, as plain text, and opens in the next choice', () => {
    expect(chooseLanguage([...HAVE], 'tlh', 'es', ['fr'])).toEqual({ code: 'es', unknown: 'tlh' });
    expect(chooseLanguage([...HAVE], '<img src=x onerror=alert(1)>', null, [])).toEqual({ code: 'en', unknown: 'imgsrcxonerroralert1' });
    expect(chooseLanguage([...HAVE], '', null, ['zh'])).toEqual({ code: 'en', unknown: '?' });
  });
});

describe('an interface catalog', () => {
  it('reads a message\'s arguments at any depth of its plural and select forms', () => {
    expect(argumentsOf('{n, plural, one {{name}: # run} other {{name}: # runs}}')).toEqual(['n', 'name']);
    expect(argumentsOf('{n, plural, one {# тема} few {# темы} many {# тем} other {# темы}}')).toEqual(['n']);
  });

  it('keeps an apostrophe a letter, in English and in French', () => {
    expect(compileIcu("The President's floor")).toEqual(["The President's floor"]);
    expect(compileIcu("l'{name}")).toEqual(["l'", ['name']]);
  });

  it('names a message that is not ICU, a lost or renamed placeholder, a missing text and an unknown key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttf-po-'));
    try {
      const english = new Map([['a.one', 'Hello {name}'], ['a.two', 'Two'], ['a.three', '{n, plural, one {# run} other {# runs}}'], ['a.blank', '']]);
      const po = (entries: [string, string, string][]) => ['msgid ""', 'msgstr ""', '', ...entries.flatMap(([k, s, t]) => [`msgctxt "${k}"`, `msgid "${s}"`, `msgstr "${t}"`, ''])].join('\n');
      writeFileSync(`${dir}/xx.po`, po([['a.one', 'Hello {name}', 'Bonjour {nom}'], ['a.three', '{n, plural, one {# run} other {# runs}}', '{n, plural, one {# partie}'], ['a.four', 'Four', 'Quatre']]));
      const { problems, messages } = interfaceTranslation('xx', english, dir);
      expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
        'a.one: uses the placeholders {nom} where the English uses {name}',
        'a.three: is not a valid ICU message: Unexpected message end at line 1 col 27:',
        'a.four: no interface text has this key; remove it',
        'a.two: is missing',
      ]);
      expect(messages).toEqual({});
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('ships every language complete: each text there, each placeholder kept, each message valid', () => {
    for (const code of ['fr', 'es', 'ar', 'ru']) expect(interfaceTranslation(code).problems, code).toEqual([]);
  });

  it('makes the pseudo-locale\'s words longer and accented, never its arguments or a plural\'s number', () => {
    expect(pseudoMessage(compileIcu('Hello {name}, {n, plural, one {# run} other {# runs}}'))).toEqual([
      'Ĥééļļóó ', ['name'], ', ', ['n', 'plural', { one: ['#', ' ŕûûñ'], other: ['#', ' ŕûûñš'] }],
    ]);
  });
});
