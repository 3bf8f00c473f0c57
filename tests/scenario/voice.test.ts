/**
 * Each seat speaks in its own voice: no seat is offered a line that names it as a third party,
 * condemns or calls on itself, or cites its own words as another's; rival camps keep their menus.
 */
import { describe, expect, it } from 'vitest';
import { repliesFor, topicsFor, type Delegation, type Scenario } from '../../src/engine';
import { realScenario } from '../support/scenario';

const s = realScenario();
const members = s.delegations.filter((d) => d.kind === 'member');

/** The verbs with which a delegation refers to itself at the start of a clause: "China calls on…". */
const SELF_VERB = /^\s+(calls|urges|reiterates|rejects|believes|stands|supports|welcomes|regrets|condemns|remains|will|shares|considers|expresses|appreciates|notes|recalls|insists|hopes|underlines|stresses|opposes|categorically|firmly|deeply|has always|always|is committed|takes note|reaffirms|speaks|sees|wishes|cannot|does not|did not|knows|has never|has consistently|would|therefore|also|fully|again)\b/;
const CLAUSE_START = /(^|[.;:!?]\s+|\u201c)$/;

/** Every place an option's text names its own seat other than as "<selfName> <verb>…" at a clause's start. */
export function thirdPartyMentions(d: Delegation, text: string): string[] {
  const selfNames = new Set([d.shortName, d.name, ...d.selfNames, ...(d.inText ? [d.inText.replace(/^the /, 'The ')] : [])]);
  const names = [...new Set([d.shortName, d.name, d.inText?.replace(/^the /, '') ?? d.shortName, ...d.selfNames.map((n) => n.replace(/^The /, '')), ...d.aliases])];
  const found: string[] = [];
  for (const name of names) {
    const re = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      const withArticle = /[Tt]he $/.test(before) ? `The ${name}` : name;
      const start = withArticle === name ? before : before.slice(0, -4);
      const isSelf = !d.aliases.includes(name) && selfNames.has(withArticle) && CLAUSE_START.test(start) && SELF_VERB.test(text.slice(m.index! + m[0].length));
      if (!isSelf) found.push(`"${text.slice(Math.max(0, m.index! - 25), m.index! + name.length + 25)}"`);
    }
  }
  return found;
}

function offered(scenario: Scenario, seat: string) {
  return [...topicsFor(scenario, seat).flatMap((tp) => tp.options), ...repliesFor(scenario, seat)];
}

describe('every seat speaks in its own voice', () => {
  it('is never offered an option that names it as a third party', () => {
    const problems = members.flatMap((d) => offered(s, d.id).flatMap((o) => thirdPartyMentions(d, o.text).map((m) => `${d.id} ${o.id}: ${m}`)));
    expect(problems).toEqual([]);
  });

  it('catches the defects a new user found in the first version', () => {
    const rus = s.delegations.find((d) => d.id === 'RUS')!;
    const kor = s.delegations.find((d) => d.id === 'KOR')!;
    expect(thirdPartyMentions(rus, 'By bringing troops into a European war, Russia has committed a dangerous escalation.')).toHaveLength(1);
    expect(thirdPartyMentions(kor, 'We share the concern expressed by the Republic of Korea.')).toHaveLength(1);
    expect(thirdPartyMentions(rus, 'Moscow will not be lectured.')).toHaveLength(1);
    expect(thirdPartyMentions(rus, 'The Russian Federation rejects these assertions.')).toEqual([]);
    const chn = s.delegations.find((d) => d.id === 'CHN')!;
    expect(thirdPartyMentions(chn, 'China calls on all parties to exercise restraint.')).toEqual([]);
  });

  it('never offers a seat an option aimed at itself', () => {
    for (const d of members) for (const o of offered(s, d.id)) expect(o.targets, `${d.id} ${o.id}`).not.toContain(d.id);
  });

  it('gives every seat three or four real choices on each topic it addresses, on at least five topics', () => {
    for (const d of members) {
      const topics = topicsFor(s, d.id);
      expect(topics.length, d.id).toBeGreaterThanOrEqual(5);
      for (const { topic, options } of topics) {
        expect(options.length, `${d.id} on ${topic.id}`).toBeGreaterThanOrEqual(3);
        expect(options.length, `${d.id} on ${topic.id}`).toBeLessThanOrEqual(4);
      }
      expect(repliesFor(s, d.id).length, d.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps opposite camps apart: Russia and the United States, China and Japan, the A3+ and the United Kingdom', () => {
    const menu = (seat: string) => new Set(topicsFor(s, seat).flatMap((tp) => tp.options.map((o) => o.id)));
    const shared = (a: string, b: string) => { const ma = menu(a); const mb = menu(b); return [...ma].filter((o) => mb.has(o)).length / Math.min(ma.size, mb.size); };
    expect(shared('RUS', 'USA')).toBeLessThanOrEqual(0.25);
    expect(shared('CHN', 'JPN')).toBeLessThanOrEqual(0.25);
    for (const a3 of ['DZA', 'MOZ', 'SLE', 'GUY']) expect(shared(a3, 'GBR'), a3).toBeLessThanOrEqual(0.25);
  });

  it('follows the record where the record covers a delegation, and names the record it follows', () => {
    const covered = ['CHN', 'JPN', 'KOR', 'RUS', 'SLE', 'CHE', 'GBR', 'USA', 'UKR', 'PRK'];
    for (const id of covered) {
      const d = s.delegations.find((x) => x.id === id)!;
      const own = d.speech.own;
      expect(own.some((l) => l.basis === 'record'), `${id} has an own line from the record`).toBe(true);
    }
    const notFound = ['DZA', 'ECU', 'GUY', 'MLT', 'MOZ', 'SVN'];
    for (const id of notFound) {
      const d = s.delegations.find((x) => x.id === id)!;
      const lines = Object.values(d.speech).flat();
      expect(lines.filter((l) => l.basis === 'record').map((l) => l.id), `${id} has no record to follow`).toEqual([]);
    }
  });
});

describe('instructions from capital', () => {
  it('are written in the game\'s words, never in its internal variables', () => {
    const internal = /\b(stance|accountability line|sanctions line|restraint line|alignedOf|atLeast|atMost|meter id|escalation line)\b/i;
    for (const ins of s.instructions) {
      for (const o of [...ins.objectives, ...ins.redLines]) expect(o.text, `${ins.seat} ${o.id}`).not.toMatch(internal);
    }
  });
});
