/**
 * A game's log read in another language: every speech kept its line and variant (or the options of
 * a statement), so a game played in English reads wholly in French, its figures untouched; a log
 * saved before those ids were kept reads as it was said.
 */
import { describe, expect, it } from 'vitest';
import { nameAttackers, spokenText, type GameEvent } from '../../src/engine';
import { buildLanguages } from '../../tools/build/languages';
import { playThrough } from '../support/play';

const { built } = buildLanguages();
const en = built.find((l) => l.code === 'en')!.scenario;
const fr = built.find((l) => l.code === 'fr')!.scenario;
const ru = built.find((l) => l.code === 'ru')!.scenario;
const RUS = { picks: { deployment: 'rus-deployment-assertions', treaty: 'rus-treaty-art51', longRange: 'rus-longrange-tomorrow', action: 'rus-action-realities' }, reply: 'rus-reply-sharp' };
type Said = Extract<GameEvent, { type: 'narration' | 'speech' | 'response' | 'statement' }>;
const said = (log: GameEvent[]) => log.filter((e): e is Said => (e.type === 'speech' && e.text !== '') || e.type === 'response' || e.type === 'statement' || e.type === 'narration');

describe('a log in another language', () => {
  it('reads every speech of a game played in English in French, as the French game says it', () => {
    const english = playThrough(en, 'RUS', 1030, RUS);
    const french = playThrough(fr, 'RUS', 1030, RUS);
    // The same game: the same figures and the same speeches, only in another language.
    expect(french.meters).toEqual(english.meters);
    expect(french.result).toEqual(english.result);
    const read = said(english.log).map((e) => spokenText(fr, 'RUS', english.attackedBy, e));
    expect(read).toEqual(said(french.log).map((e) => e.text));
    expect(read.filter((text, i) => text === said(english.log)[i]!.text)).toEqual([]);
  });

  it('reads a log saved before speeches kept their ids as it was said', () => {
    const old: GameEvent = { type: 'response', speaker: 'CHN', response: 'align', line: 'chn-align', text: 'China agrees.', strength: 1, attack: false };
    expect(spokenText(fr, 'RUS', [], old as Said)).toBe('China agrees.');
  });

  it('names the delegations a reply answers in the language\'s own way', () => {
    expect(nameAttackers(en, ['USA', 'GBR', 'FRA'], 'to {attackers}.')).toBe('to the representatives of the United States, the United Kingdom and France.');
    // "à" + "le représentant de" + "le Royaume-Uni", contracted where French contracts them.
    expect(nameAttackers(fr, ['GBR'], 'à {attackers}.')).toBe('au représentant du Royaume-Uni.');
    expect(nameAttackers(ru, ['USA', 'GBR'], '{attackers}')).toContain(' и ');
  });
});
