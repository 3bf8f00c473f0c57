/** The consultations' audit: it samples meetings, plays every course from each, and finds a seat that could force consensus. */
import { describe, expect, it } from 'vitest';
import { auditConsultations, consultFindings } from '../../src/audit/consultations';
import { loadScenario, type Scenario } from '../../src/engine';
import { realScenario } from '../support/scenario';

const s = realScenario();

describe('the consultations audit', () => {
  it('finds consensus reachable and missable, and forced by no course, from the seats the issue names', () => {
    for (const seat of ['RUS', 'CHE', 'SLE']) {
      const t = auditConsultations(s, seat, 12);
      expect(t.courses, seat).toBeGreaterThan(1000);
      expect(t.reachable, seat).toBeGreaterThan(0);
      expect(t.impossible, seat).toBe(12);
      expect(t.forcing, seat).toEqual([]);
      expect(t.product, seat).toBeGreaterThan(0);
      expect(t.product, seat).toBeLessThan(1);
    }
  }, 60_000);

  it('reports a seat that can force agreement alone, in a Council where nobody minds any paragraph', () => {
    const tame = JSON.parse(JSON.stringify(s)) as Scenario;
    for (const e of tame.consultations!.elements) {
      e.stance = {};
      for (const a of e.amendments) if (a.kind !== 'delete') a.stance = {};
      if (e.compromise) e.compromise.stance = {};
    }
    for (const b of tame.consultations!.instructions) { b.keepOut = []; b.needs = []; b.trades = []; b.wants = []; }
    const loaded = loadScenario(tame);
    if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
    const t = auditConsultations(loaded.scenario, 'SLE', 4);
    expect(t.forcing.length).toBeGreaterThan(0);
    expect(consultFindings(loaded.scenario, t).map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/can force agreed elements alone/)]));
  });
});
