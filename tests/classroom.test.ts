/** The classroom's pure parts: dealing seats, and the class summary and CSV from run codes. */
import { describe, expect, it } from 'vitest';
import { debrief, encodeRun, runOf, topicsFor } from '../src/engine';
import { dealSeats } from '../src/classroom/seatPlan';
import { LEFT_OUT, summarise, summaryCsv } from '../src/classroom/summary';
import { botPlay } from './support/bot';
import { realScenario } from './support/scenario';

const s = realScenario();
const BASE = 'https://school.example/take-the-floor/';

describe('dealing seats', () => {
  it('gives every one of 31 students a role: fifteen pairs, and one reporter for the press', () => {
    const names = Array.from({ length: 31 }, (_, i) => `Pupil ${i + 1}`);
    const plan = dealSeats(s, 31, names, 1234, 'standard', BASE);
    const everyone = plan.assignments.flatMap((a) => a.students);
    expect(everyone.sort()).toEqual([...names].sort());
    expect(plan.assignments.filter((a) => a.role === 'pair')).toHaveLength(15);
    expect(plan.assignments.filter((a) => a.role === 'press')).toHaveLength(1);
    expect(new Set(plan.assignments.flatMap((a) => (a.seat ? [a.seat] : []))).size).toBe(15);
    expect(plan.computerSeats).toEqual([]);
    const kor = plan.assignments.find((a) => a.seat === 'KOR')!;
    const url = new URL(kor.link!);
    expect(Object.fromEntries(url.searchParams)).toEqual({ seat: 'KOR', seed: '1234', mode: 'standard', name: kor.students.join(' & ') });
  });

  it('lets the computer play the seats a small class leaves, and sends extra students to observe', () => {
    const small = dealSeats(s, 10, [], 5, 'guided', BASE);
    expect(small.assignments.every((a) => a.role === 'delegate')).toBe(true);
    expect(small.computerSeats).toHaveLength(5);
    expect(small.assignments.map((a) => a.seat)).toContain('RUS');
    const big = dealSeats(s, 35, [], 5, 'guided', BASE);
    expect(big.assignments.filter((a) => a.role === 'observer').map((a) => a.follows)).toEqual(['UKR', 'PRK', 'USA', 'RUS']);
  });
});

describe('the class summary', () => {
  const seats = ['USA', 'RUS', 'CHN', 'KOR', 'SLE', 'CHE', 'USA', 'RUS', 'GBR', 'DZA', 'JPN', 'USA'];
  const played = seats.map((seat, i) => ({ seat, state: botPlay(s, seat, 100 + i), name: `Student ${i + 1}` }));
  const codes = played.map((p) => encodeRun(s, runOf(s, p.state, p.name)));

  it('reads twelve codes, one per line or after a name, and refuses a damaged one with its line', () => {
    const text = [...codes.slice(0, 11), `Student 12: ${codes[11]}`, '', 'TF1.broken.x', 'hello'].join('\n');
    const summary = summarise(s, text);
    expect(summary.rows).toHaveLength(12);
    expect(summary.refused.map((r) => r.line)).toEqual([14, 15]);
    expect(summary.outcomes.reduce((n, o) => n + o.count, 0)).toBe(12);
    const usa = summary.bySeat.find((b) => b.seat === 'USA')!;
    expect(usa.runs).toBe(3);
    for (const t of usa.topics) expect(t.choices.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('matches the engine cell by cell in the CSV', () => {
    const summary = summarise(s, codes.join('\n'));
    const rows = summaryCsv(s, summary).trim().split('\r\n');
    expect(rows).toHaveLength(13);
    const header = rows[0]!.split(',');
    played.forEach((p, i) => {
      const cells = parseCsvLine(rows[i + 1]!);
      const d = debrief(s, p.state)!;
      const at = (name: string) => cells[header.indexOf(name)];
      expect(at('Name')).toBe(p.name);
      expect(at('Seat')).toBe(s.delegations.find((x) => x.id === p.seat)!.shortName);
      expect(at('Outcome')).toBe(d.outcome.title);
      for (const m of s.meters) expect(at(m.label)).toBe(String(d.finalMeters[m.id]));
      expect(at('Objectives met')).toBe(String(d.objectives.filter((o) => o.met).length));
      for (const { topic, options } of topicsFor(s, p.seat)) {
        const pick = p.state.picks[topic.id];
        expect(at(topic.label), `${p.seat} ${topic.id}`).toBe(pick ? options.find((o) => o.id === pick)!.label : LEFT_OUT);
      }
      expect(at('Run code')).toBe(codes[i]);
    });
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const state = botPlay(s, 'MLT', 7);
    const code = encodeRun(s, runOf(s, state, '=HYPERLINK("http://x")'));
    const csv = summaryCsv(s, summarise(s, code));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

/** Reads one CSV line as written by summaryCsv (quoted fields, doubled quotes). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(field); field = ''; } else field += ch;
  }
  out.push(field);
  return out;
}
