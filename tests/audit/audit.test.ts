import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/model';
import { enumerateSeat, correlation } from '../../src/audit/enumerate';
import { dominatedOptions, findings, seatReport } from '../../src/audit/report';
import { miniScenario } from '../support/mini';
import { load } from '../support/play';
import { compareWithEngine } from '../support/equivalence';

const mini = load(miniScenario());
const model = compileScenario(mini);

describe('the audit on the mini scenario', () => {
  it('plays every run: chair openings × news × statements that fit × replies', () => {
    const t = enumerateSeat(model, 'B', new Uint8Array(model.lines.length));
    // Borduria's statements (80 s): deployment {none, doubt 15, concern 20} × action {none, restraint 30, pressure 45,
    // dismiss 20}: all 12 fit, × 2 news. Condemn is not Borduria's to say.
    expect(t.runs - t.attackedRuns).toBeGreaterThan(0);
    // Each statement a hostile speaker attacks is played once per reply (two here).
    expect(t.attackedRuns).toBeGreaterThan(0);
    expect(t.runs).toBe(24 + t.attackedRuns / 2);
    expect(Number.isFinite(correlation(t))).toBe(true);
  });

  it('agrees with the engine on every run it plays', () => {
    for (const seat of ['A', 'B', 'C']) {
      const { compared, mismatches } = compareWithEngine(mini, seat, 1, 10_000);
      expect(compared).toBeGreaterThan(20);
      expect(mismatches).toEqual([]);
    }
  });

  it('finds a dominated option', () => {
    const s = miniScenario();
    // Make "concern" a copy of "condemn" that is slower and heats the room more.
    s.topics[0]!.options[2] = { ...s.topics[0]!.options[0]!, id: 'dep-concern', seconds: 45, effects: { escalation: 9 }, for: undefined };
    const m = compileScenario(load(s));
    expect(dominatedOptions(m, m.delegationIndex.get('A')!)).toContainEqual({ option: 'dep-concern', by: 'dep-condemn' });
  });

  it('fails on lines no run says and outcomes no run reaches', () => {
    const shown = new Uint8Array(model.lines.length);
    const reports = ['A', 'B', 'C'].map((seat) => seatReport(model, enumerateSeat(model, seat, shown)));
    const messages = findings(model, reports, shown).map((f) => f.message);
    // Carpathia has no align line and Avalon speaks first, so "a-align" can never be said.
    expect(messages).toContain('A line "a-align" (align) is never said in any run');
  });

  it('fails objectives that saying nothing, or the starting position alone, would meet', () => {
    const shown = new Uint8Array(model.lines.length);
    const reports = ['A', 'B', 'C'].map((seat) => seatReport(model, enumerateSeat(model, seat, shown)));
    const messages = findings(model, reports, shown).map((f) => `${f.seat}: ${f.message}`);
    // Borduria's "keep escalation under 52" holds if Borduria says nothing at all.
    expect(messages).toContain('B: objective "b-calm" can be met by leaving every topic out');
    // Carpathia's credibility starts at 60, which already meets "stay credible".
    expect(messages).toContain('C: objective "c-credible" is met by the starting position alone');
  });

  it('reports the largest move one turn made, within the scenario\'s limit', () => {
    const t = enumerateSeat(model, 'B', new Uint8Array(model.lines.length));
    const r = seatReport(model, t);
    const escalation = r.largestSwing.find((x) => x.meter === 'escalation')!;
    // Ukarnia's attack would be 4 × 2 = 8; maxSwing holds it to 6.
    expect(escalation).toEqual({ meter: 'escalation', swing: 6, cap: 6 });
  });
});
