/** The 30 October 2024 scenario meets the brief: every seat playable, every paragraph used. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/engine/scenario/jsonSchema';
import { allCitations } from '../../src/engine/scenario/summary';
import { realScenario } from '../support/scenario';
import { guideMarkdown } from '../../src/classroom/guide';
import { teacherGuides } from '../../tools/i18n/guides';

const s = realScenario();
const COUNCIL_2024 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'DZA', 'ECU', 'GUY', 'JPN', 'MLT', 'MOZ', 'KOR', 'SLE', 'SVN', 'CHE'];

describe('the 30 October 2024 scenario', () => {
  it('seats the fifteen members of October 2024, Switzerland presiding', () => {
    expect(s.delegations.filter((d) => d.kind === 'member').map((d) => d.id).sort()).toEqual([...COUNCIL_2024].sort());
    expect(s.presidency.seat).toBe('CHE');
    expect(s.delegations.filter((d) => d.permanent).map((d) => d.id).sort()).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
  });

  it('says each member’s group once on its seat card, and names the meeting without the game’s name', () => {
    // The card reads "Permanent member · P5" above the role: the role does not say either again.
    for (const id of COUNCIL_2024) {
      const d = s.delegations.find((x) => x.id === id)!;
      expect(d.role, id).not.toMatch(/permanent member|elected member/i);
      expect(d.role, id).not.toContain(d.group);
    }
    expect(s.meta.title).not.toMatch(/take the floor/i);
  });

  it('gives every seat two to four objectives', () => {
    for (const id of COUNCIL_2024) {
      const ins = s.instructions.find((i) => i.seat === id);
      expect(ins, id).toBeDefined();
      expect(ins!.objectives.length).toBeGreaterThanOrEqual(2);
      expect(ins!.objectives.length).toBeLessThanOrEqual(4);
    }
  });

  it('has Ukraine and the DPRK under rule 37 and the Assistant Secretary-General briefing', () => {
    expect(s.speakersList.rule37).toEqual(expect.arrayContaining(['UKR', 'PRK']));
    expect(s.delegations.find((d) => d.id === s.briefing.speaker)?.kind).toBe('briefer');
  });

  it('has at least eight topics, each with at least three options', () => {
    expect(s.topics.length).toBeGreaterThanOrEqual(8);
    for (const t of s.topics) expect(t.options.length, t.id).toBeGreaterThanOrEqual(3);
  });

  it('cites every body paragraph of the source', () => {
    const cited = new Set(allCitations(s));
    const missing = Array.from({ length: s.meta.source.paragraphs }, (_, i) => i + 1).filter((p) => !cited.has(p));
    expect(missing).toEqual([]);
  });

  it('keeps the hedging of the source: the three troop figures carry different evidence levels from the record', () => {
    const levels = new Set(s.facts.map((f) => f.evidence));
    expect(levels.size).toBeGreaterThanOrEqual(4);
    expect(s.facts.filter((f) => f.evidence === 'officialRecord').length).toBeGreaterThan(0);
    expect(s.facts.filter((f) => f.evidence === 'allegation').length).toBeGreaterThan(0);
  });

  it('marks every design assumption with a rationale', () => {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.basis === 'assumption') expect(typeof o.rationale === 'string' && o.rationale.length > 10, JSON.stringify(o).slice(0, 80)).toBe(true);
      Object.values(o).forEach(walk);
    };
    walk(s);
  });

  it('ships the JSON Schema generated from the current format (run npm run schema if this fails)', () => {
    const committed = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});

describe('the classroom parts of the scenario', () => {
  it('says what every member argued at the real meeting, or that the record is silent', () => {
    const entries = new Map(s.record!.delegations.map((d) => [d.delegation, d]));
    for (const id of COUNCIL_2024) expect(entries.has(id), id).toBe(true);
    const notFound = ['DZA', 'ECU', 'GUY', 'MLT', 'MOZ', 'SVN'];
    for (const id of notFound) expect(entries.get(id)).toMatchObject({ found: false, points: [] });
    for (const id of COUNCIL_2024.filter((x) => !notFound.includes(x))) expect(entries.get(id)!.points.length, id).toBeGreaterThan(0);
  });

  it('gives the teacher three discussion questions for every seat', () => {
    for (const id of COUNCIL_2024) expect(s.teaching!.questions.find((q) => q.seat === id)?.questions.length, id).toBeGreaterThanOrEqual(3);
  });

  it('ships docs/teacher-guide.md written from the same text as the teacher page (run npm run guide if this fails)', () => {
    expect(readFileSync('docs/teacher-guide.md', 'utf8')).toBe(guideMarkdown(s, readFileSync('src/ui/teacher/guide.en.md', 'utf8')));
  });

  it('ships the teacher guide in every language the site has, each from that language\'s guide and scenario (npm run guide)', () => {
    const guides = teacherGuides();
    expect(guides.map((g) => g.language)).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
    for (const g of guides) expect(readFileSync(g.file, 'utf8'), g.file).toBe(g.text);
  });
});
