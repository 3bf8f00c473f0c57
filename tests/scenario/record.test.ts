/**
 * Scoring agrees with the record: a delegation's real statement, played as its seat, meets at least
 * one of its own instructions and crosses none of its red lines, whatever the news.
 */
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { realScenario } from '../support/scenario';
import { playThrough } from '../support/play';
import { recordedStatement } from '../support/recorded';

const s = realScenario();
const members = s.delegations.filter((d) => d.kind === 'member').map((d) => d.id);
/** A seed that draws each news event, so each statement is played against every one. */
const seedsByNews = new Map<string, number>();
for (let seed = 1; seedsByNews.size < s.news.filter((n) => n.weight > 0).length && seed < 10_000; seed++) {
  const news = newGame(s, 'USA', seed).news;
  if (!seedsByNews.has(news)) seedsByNews.set(news, seed);
}

describe('a seat\'s recorded statement keeps its own instructions', () => {
  const withRecord = members.filter((seat) => Object.keys(recordedStatement(s, seat)).length > 0);

  it('covers every seat whose statement the record found, and only those lack one', () => {
    const found = new Set(s.record!.delegations.filter((d) => d.found).map((d) => d.delegation));
    expect(members.filter((seat) => !withRecord.includes(seat)).filter((seat) => found.has(seat))).toEqual([]);
    expect(withRecord.length).toBeGreaterThanOrEqual(9);
  });

  for (const seat of withRecord) {
    it(`${seat}: meets an objective and crosses no red line with its recorded statement, whatever the news`, () => {
      const picks = recordedStatement(s, seat);
      for (const [news, seed] of seedsByNews) {
        const end = playThrough(s, seat, seed, { picks });
        const met = end.result!.objectives.filter((o) => o.met).map((o) => o.id);
        const crossed = end.result!.redLines.filter((r) => r.crossed).map((r) => r.id);
        expect({ news, met: met.length > 0, crossed }).toEqual({ news, met: true, crossed: [] });
      }
    });
  }
});

describe('red lines test what a line actually says', () => {
  it('China\'s "do not single out Russia or the DPRK" is crossed by every China option that singles either out', () => {
    const names = /\b(DPRK|Democratic People's Republic of Korea|Pyongyang|Russia|Russian Federation|Moscow)\b/;
    // Naming them only as the Council's resolutions or the speakers' list do singles no one out.
    const neutral = /resolutions on the DPRK|representatives of Ukraine and the DPRK/g;
    const china = s.topics.flatMap((t) => (t.for && !t.for.includes('CHN') ? [] : t.options)).filter((o) => !o.for || o.for.includes('CHN'));
    const singling = china.filter((o) => names.test(o.text.replace(neutral, '')));
    expect(singling.length).toBeGreaterThan(0);
    for (const o of singling) expect({ option: o.id, targets: o.targets.filter((x) => x === 'RUS' || x === 'PRK').length > 0 }).toEqual({ option: o.id, targets: true });
    const redLine = s.instructions.find((i) => i.seat === 'CHN')!.redLines.find((r) => r.id === 'chn-no-naming')!;
    expect(redLine.when).toEqual({ any: [{ named: 'RUS' }, { named: 'PRK' }] });
  });
});
