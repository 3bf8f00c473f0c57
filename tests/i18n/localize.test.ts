/** A scenario translation goes through one checked boundary: every problem named, only texts changed. */
import { describe, expect, it } from 'vitest';
import { localizeScenario, scenarioTexts } from '../../src/engine/scenario/localize';
import { realScenario } from '../support/scenario';
import { scenarioTranslation } from '../../tools/i18n/catalog';

const s = realScenario();
const english = scenarioTexts(s);
const complete = () => Object.fromEntries([...english].map(([k, v]) => [k, `«${v}»`]));

describe('a scenario in another language', () => {
  it('has a key for every text a player reads, and none for ids, numbers or rules', () => {
    expect(english.get('topics/deployment/options/west-deployment-grave/text')).toMatch(/^My delegation/);
    expect(english.get('delegations/RUS/inText')).toBe('the Russian Federation');
    expect([...english.keys()].some((k) => /\/(id|basis|cite|seconds|effects|for|targets)(\/|$)/.test(k))).toBe(false);
    // Each key is one text: no two texts share a key.
    let strings = 0;
    JSON.stringify(s, (_k, v) => { if (typeof v === 'string') strings++; return v; });
    expect(english.size).toBeLessThan(strings);
  });

  it('refuses a translation with a text missing, an unknown key, an empty text or a placeholder lost, naming every one', () => {
    const texts = complete();
    delete texts['topics/deployment/prompt'];
    texts['topics/deployment/options/no-such-option/text'] = 'Texte';
    texts['meta/title'] = '  ';
    texts['delegations/CHN/speech/align/chn-align-arms/variants/0'] = 'La Chine salue la préoccupation de {joueur}.';
    const result = localizeScenario(s, texts, 'fr');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      'delegations/CHN/speech/align/chn-align-arms/variants/0', 'meta/title', 'topics/deployment/options/no-such-option/text', 'topics/deployment/prompt',
    ]);
    expect(result.problems.find((p) => p.path.startsWith('delegations'))!.message).toBe('the fr text has the placeholders {joueur} where the original has {player}; keep each placeholder exactly as it is');
    expect(result.problems.find((p) => p.path === 'topics/deployment/prompt')!.message).toBe('the fr text is missing');
  });

  it('changes only texts: with them taken out, a translated scenario is the English one, number for number', () => {
    const result = localizeScenario(s, complete(), 'fr');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const blank = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === 'string' && v.startsWith('«') ? '' : v));
    const blankEnglish = JSON.stringify(s, (k, v) => v);
    expect(result.scenario.topics[0]!.options[0]!.text).toBe(`«${s.topics[0]!.options[0]!.text}»`);
    expect(result.scenario.topics[0]!.options[0]!.effects).toEqual(s.topics[0]!.options[0]!.effects);
    expect(blank(result.scenario)).toBe(JSON.stringify(JSON.parse(blankEnglish), (_k, v) => (typeof v === 'string' && [...english.values()].includes(v) ? '' : v)));
  });

  it('reads each shipped translation without a problem', () => {
    for (const language of ['fr', 'es', 'ar', 'ru']) {
      const { texts, problems } = scenarioTranslation(language);
      expect(problems, language).toEqual([]);
      const result = localizeScenario(s, texts, language);
      expect(result.ok ? [] : result.problems.slice(0, 3), language).toEqual([]);
    }
  });
});
