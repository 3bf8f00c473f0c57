/** The classroom's pure parts: dealing seats, and the class summary and CSV from run codes. */
import { describe, expect, it, vi } from 'vitest';
import { debrief, encodeRun, runOf, topicsFor, type Run } from '../src/engine';
import { dealSeats } from '../src/classroom/seatPlan';
import { checkSignatures, LEFT_OUT, summarise, summaryCsv } from '../src/classroom/summary';
import { makeClassSecret, signRunCode } from '../src/live/signature';
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
    expect(Object.fromEntries(url.searchParams)).toEqual({ seat: 'KOR', m: 's', s: '1234', name: kor.students.join(' & ') });
  });

  it('lets the computer play the seats a small class leaves, and sends extra students to observe', () => {
    const small = dealSeats(s, 10, [], 5, 'guided', BASE);
    expect(small.assignments.every((a) => a.role === 'delegate')).toBe(true);
    expect(small.computerSeats).toHaveLength(5);
    expect(small.assignments.map((a) => a.seat)).toContain('RUS');
    const big = dealSeats(s, 35, [], 5, 'guided', BASE);
    expect(big.assignments.filter((a) => a.role === 'observer').map((a) => a.follows)).toEqual(['UKR', 'PRK', 'LVA', 'EU']);
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

describe('the class summary of a class meeting', () => {
  const CLASS = 'KXRPMTQWH';
  const secret = makeClassSecret();
  /** A student's run as the class server signs it: with the President's opening and the United States heard. */
  const classRun = (seat: string, seed: number, name: string): Run => ({
    ...runOf(s, botPlay(s, seat, seed), name),
    heard: { opening: s.presidency.options[1]!.id, statements: { USA: topicsFor(s, 'USA').slice(0, 2).map((t) => t.options[0]!.id) } },
  });

  async function codes() {
    const ana = await signRunCode(encodeRun(s, classRun('MLT', 1, 'Ana')), CLASS, secret);
    // Ben's code, re-encoded in Chi's name with a valid check character, under Ben's signature.
    const ben = await signRunCode(encodeRun(s, classRun('JPN', 2, 'Ben')), CLASS, secret);
    const forged = `${encodeRun(s, classRun('JPN', 2, 'Chi'))}.${ben.split('.').at(-1)}`;
    const other = await signRunCode(encodeRun(s, classRun('KOR', 3, 'Dee')), 'BCDFGHJKM', makeClassSecret());
    const solo = encodeRun(s, runOf(s, botPlay(s, 'GBR', 4), 'Eve'));
    // A solo run given a made-up heard section: refused, never counted.
    const madeUp = encodeRun(s, classRun('GBR', 4, 'Eve'));
    return [ana, forged, other, solo, madeUp];
  }

  it('marks each code verified, altered, signed by another class, or self-reported', async () => {
    const summary = summarise(s, (await codes()).join('\n'));
    expect(summary.rows.map((r) => [r.run.name, r.signedBy])).toEqual([['Ana', CLASS], ['Chi', CLASS], ['Dee', 'BCDFGHJKM'], ['Eve', null]]);
    expect(summary.refused).toEqual([{ line: 5, code: expect.any(String), reason: expect.stringContaining('cannot be trusted') }]);
    const marks = await checkSignatures(summary.rows, (code) => (code === CLASS ? secret : null));
    expect(marks).toEqual(['verified', 'altered', 'unchecked', 'selfReported']);
    // With the wrong secret nothing is verified.
    expect(await checkSignatures(summary.rows, () => makeClassSecret())).toEqual(['altered', 'altered', 'altered', 'selfReported']);
    const csv = summaryCsv(s, summary, marks).trim().split('\r\n').map((line) => line.split(',').at(-1));
    expect(csv).toEqual(['Signature', 'verified: class KXR-PMT-QWH', 'altered: class KXR-PMT-QWH', 'unchecked: class BCD-FGH-JKM', 'self-reported']);
  });

  it('leaves codes unchecked where the page has no Web Crypto, and never calls them verified', async () => {
    const summary = summarise(s, (await codes()).join('\n'));
    vi.stubGlobal('crypto', {});
    try {
      expect(await checkSignatures(summary.rows, () => secret)).toEqual(['unchecked', 'unchecked', 'unchecked', 'selfReported']);
    } finally {
      vi.unstubAllGlobals();
    }
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
