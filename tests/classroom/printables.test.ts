/**
 * The teacher's page and printables, as units: the guide's own marks become emphasis and code (not
 * raw asterisks and backticks), seat links are short, role cards carry each seat's instructions and
 * the facts its options state, and the notes on each option agree with the engine's guided preview.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realScenario } from '../support/scenario';
import { guideBlocks, guideMarkdown } from '../../src/classroom/guide';
import { dealSeats } from '../../src/classroom/seatPlan';
import { qrCode } from '../../src/ui/parts/qr';
import { keyFacts, optionNotes } from '../../src/classroom/printables';
import { optionBasisModule } from '../../src/classroom/printablesSource';
import { newGame, previewOption, topicsFor } from '../../src/engine';

const s = realScenario();
const general = readFileSync('src/ui/teacher/guide.en.md', 'utf8');

describe('the teacher guide on the page', () => {
  it('draws *emphasis* and `code` as runs of their own, never as the marks themselves', () => {
    const blocks = guideBlocks(guideMarkdown(s, general));
    const runs = blocks.flatMap((b) => (b.kind === 'ul' ? b.items.flat() : b.inline));
    const plain = runs.filter((r) => r.kind === 'text').map((r) => r.text).join('\n');
    expect(plain).not.toMatch(/`/);
    expect(plain).not.toMatch(/\*[^*\s][^*]*\*/);
    expect(runs).toContainEqual({ kind: 'code', text: 'npm run class' });
    expect(runs).toContainEqual({ kind: 'em', text: 'Join a class meeting' });
  });

  it('says a class meeting needs one computer running the class server', () => {
    const intro = guideBlocks(guideMarkdown(s, general)).find((b) => b.kind === 'p')!;
    expect(intro.kind === 'p' && intro.text).toContain('one computer on the class\'s network running the class server (npm run class)');
  });
});

describe('seat links', () => {
  it('are short, with the mode by its first letter, so that a QR code of one stays small', () => {
    const plan = dealSeats(s, 15, [], 1030, 'guided', 'https://school.example/take-the-floor/');
    const usa = plan.assignments.find((a) => a.seat === 'USA')!;
    expect(usa.link).toBe('https://school.example/take-the-floor/?seat=USA&m=g&s=1030&name=Student+1');
    expect(Math.max(...plan.assignments.map((a) => a.link!.length))).toBeLessThan(80);
  });
});

describe('role cards', () => {
  it('give every member seat its instructions and the facts its options state or its instructions cite, each with its paragraph', () => {
    for (const seat of s.speakersList.members) {
      const facts = keyFacts(s, seat);
      const ins = s.instructions.find((i) => i.seat === seat)!;
      const cited = new Set([...ins.objectives, ...ins.redLines].flatMap((o) => o.cite));
      const claimed = new Set(topicsFor(s, seat).flatMap((t) => t.options.flatMap((o) => o.claims.map((c) => c.fact))));
      expect(facts.length, seat).toBeGreaterThanOrEqual(3);
      expect(facts.length, seat).toBeLessThanOrEqual(6);
      for (const f of facts) {
        expect(claimed.has(f.id) || f.cite.some((p) => cited.has(p)), `${seat} ${f.id}`).toBe(true);
        expect(f.cite.length, f.id).toBeGreaterThan(0);
      }
      expect(s.instructions.find((i) => i.seat === seat), seat).toBeDefined();
    }
  });
});

describe('teacher notes on each option', () => {
  const notes = optionNotes(s);

  it('cover every option a member can choose, each with what it rests on', () => {
    const offered = new Set(s.speakersList.members.flatMap((seat) => topicsFor(s, seat).flatMap((t) => t.options.map((o) => o.id))));
    expect(new Set(notes.map((n) => n.option.id))).toEqual(offered);
    for (const n of notes) {
      const o = n.option;
      expect(n.basis.kind, o.id).toBe(o.basis);
      if (o.basis === 'record') expect(n.basis.note, o.id).toBe(o.record);
      if (o.basis === 'assumption') expect(n.basis.note, o.id).toBe(o.rationale);
    }
    expect(notes.filter((n) => n.basis.kind === 'record').length).toBeGreaterThan(10);
  });

  it('warm and cool the same members as the guided preview at the start of a meeting', () => {
    for (const n of notes) {
      const seat = n.seats[0]!;
      const preview = previewOption(s, newGame(s, seat, 1, 'guided'), n.option.id);
      expect({ warmer: n.warmer, cooler: n.cooler }, n.option.id).toEqual({ warmer: preview.warmer, cooler: preview.cooler });
      expect(n.claims.filter((c) => c.beyond).map((c) => c.fact.id), n.option.id).toEqual(preview.overclaims);
    }
  });

  it('name the instructions that count an option, red lines included', () => {
    const crossing = notes.find((n) => n.option.id === 'west-arms-allflows')!;
    expect(crossing.mentions).toContainEqual(expect.objectContaining({ seat: 'USA', redLine: true }));
  });

  it('narrow to one seat\'s options', () => {
    const kor = optionNotes(s, 'KOR');
    expect(kor.map((n) => n.option.id)).toEqual(topicsFor(s, 'KOR').flatMap((t) => t.options.map((o) => o.id)));
  });

  it('read the record and assumptions from src/classroom/printablesBasis.ts as the scenario has them (run npm run guide if this fails)', () => {
    expect(readFileSync('src/classroom/printablesBasis.ts', 'utf8')).toBe(optionBasisModule(s));
  });
});

describe('a hostile class list', () => {
  it('a name pasted a thousand times makes a short seat link, and a text too long for a QR code gets none instead of failing', () => {
    const plan = dealSeats(realScenario(), 2, ['Ana'.repeat(1000), 'Ben'], 1, 'guided', 'https://school.example/');
    expect(plan.assignments[0]!.link!.length).toBeLessThan(150);
    expect(qrCode(plan.assignments[0]!.link!, 'seat link')).not.toBeNull();
    expect(qrCode('x'.repeat(10_000), 'too long')).toBeNull();
  });
});
