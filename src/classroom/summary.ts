/**
 * The class summary: many run codes read side by side, computed in the browser from the codes
 * alone. Each code is replayed through the engine, so the table shows what the rules produced, not
 * what a code claims; a code from a class meeting is also checked against its class server's
 * signature, where this browser holds the class's secret.
 */
import { debrief, decodeRun, replayRun, topicsFor, repliesFor, type GameState, type Run, type Scenario } from '../engine';
import { verifyRunCode } from '../live/signature';
import { showClassCode } from '../live/types';

export interface RunRow {
  line: number; // where the code stood in the pasted text, from 1
  code: string;
  run: Run;
  state: GameState;
  outcome: string; // outcome title
  meters: Record<string, number>;
  objectivesMet: number;
  objectives: number;
  redLinesCrossed: number;
  redLines: number;
  picks: Record<string, string>; // topic id → option label, "Left out", or absent if the seat has no such topic
  reply: string; // label, or ''
  /** The class whose server signed the code, or null for a solo run's own code. */
  signedBy: string | null;
}

/**
 * What a code's signature says: checked against this browser's secret for its class and found
 * right, or wrong (changed after the meeting); signed, but not checked here (this browser holds no
 * secret for that class, or has no Web Crypto: a plain http page other than localhost); or a solo
 * run's own code, self-reported.
 */
export type SignatureMark = 'verified' | 'altered' | 'unchecked' | 'selfReported';

export interface Refused { line: number; code: string; reason: string }
/** A code pasted again (a student who handed in twice, or a list pasted twice): read once, at its first line. */
export interface Duplicate { line: number; first: number }
export interface MeterSpread { meter: string; min: number; median: number; max: number }

export interface ClassSummary {
  rows: RunRow[];
  refused: Refused[];
  duplicates: Duplicate[];
  outcomes: { id: string; title: string; count: number }[];
  spread: MeterSpread[];
  /** Per seat, per topic: how many students chose each option (the same seat played differently). */
  bySeat: { seat: string; runs: number; topics: { topic: string; choices: { label: string; count: number }[] }[] }[];
}

export const LEFT_OUT = 'Left out';

/**
 * Codes are found anywhere in the text: one per line, after a name, or in a file. A non-empty line
 * with no code in it is kept too, so the page can say why it was not read.
 */
export function findCodes(text: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const words = [...raw.matchAll(/\S+/g)].map((m) => m[0].replace(/^[("'“‘<]+|[)"'”’>,;]+$/g, ''));
    const codes = words.filter((w) => /^TF\d+\./.test(w));
    if (codes.length) for (const code of codes) out.push({ line: i + 1, code });
    else if (raw.trim()) out.push({ line: i + 1, code: raw.trim().slice(0, 200) });
  });
  return out;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return 0;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function summarise(s: Scenario, text: string): ClassSummary {
  const rows: RunRow[] = [];
  const refused: Refused[] = [];
  const duplicates: Duplicate[] = [];
  const seen = new Map<string, number>();
  for (const { line, code } of findCodes(text)) {
    const first = seen.get(code);
    if (first !== undefined) { duplicates.push({ line, first }); continue; }
    if (/^TF\d+\./.test(code)) seen.set(code, line);
    const decoded = decodeRun(s, code);
    if (!decoded.ok) { refused.push({ line, code, reason: decoded.reason }); continue; }
    const replayed = replayRun(s, decoded.run);
    if (!replayed.ok) { refused.push({ line, code, reason: replayed.reason }); continue; }
    const d = debrief(s, replayed.state)!;
    const picks: Record<string, string> = {};
    for (const { topic, options } of topicsFor(s, decoded.run.seat)) {
      const id = decoded.run.picks[topic.id];
      picks[topic.id] = id ? options.find((o) => o.id === id)?.label ?? id : LEFT_OUT;
    }
    rows.push({
      line, code, run: decoded.run, state: replayed.state, outcome: d.outcome.title, meters: d.finalMeters,
      objectivesMet: d.objectives.filter((o) => o.met).length, objectives: d.objectives.length,
      redLinesCrossed: d.redLines.filter((r) => r.crossed).length, redLines: d.redLines.length, picks,
      reply: decoded.run.reply ? repliesFor(s, decoded.run.seat).find((o) => o.id === decoded.run.reply)?.label ?? '' : '',
      signedBy: decoded.signedBy,
    });
  }
  const outcomes = s.outcomes.map((o) => ({ id: o.id, title: o.title, count: rows.filter((r) => r.state.result?.outcome === o.id).length }));
  const spread = s.meters.map((m) => {
    const values = rows.map((r) => r.meters[m.id] ?? 0);
    return { meter: m.id, min: values.length ? Math.min(...values) : 0, median: median(values), max: values.length ? Math.max(...values) : 0 };
  });
  const seats = s.speakersList.members.filter((id) => rows.some((r) => r.run.seat === id));
  const bySeat = seats.map((seat) => {
    const mine = rows.filter((r) => r.run.seat === seat);
    return {
      seat, runs: mine.length,
      topics: topicsFor(s, seat).map(({ topic, options }) => ({
        topic: topic.id,
        choices: [...options.map((o) => o.label), LEFT_OUT]
          .map((label) => ({ label, count: mine.filter((r) => r.picks[topic.id] === label).length }))
          .filter((c) => c.count > 0),
      })),
    };
  });
  return { rows, refused, duplicates, outcomes, spread, bySeat };
}

/** Each row's mark, in order: its signature checked with the secret this browser keeps for its class. */
export function checkSignatures(rows: RunRow[], secretOf: (classCode: string) => string | null): Promise<SignatureMark[]> {
  return Promise.all(rows.map(async (r): Promise<SignatureMark> => {
    if (!r.signedBy) return 'selfReported';
    const secret = secretOf(r.signedBy);
    if (!secret) return 'unchecked';
    try { return (await verifyRunCode(r.code, secret)) ? 'verified' : 'altered'; } catch { return 'unchecked'; }
  }));
}

/** A spreadsheet cell: quoted where needed, and never read as a formula. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's column names and words, in the teacher's language (English by default, as a spreadsheet script may expect). */
export interface CsvWords {
  name: string; seat: string; mode: string; seed: string; outcome: string; objectivesMet: string; objectives: string;
  redLinesCrossed: string; redLines: string; reply: string; closing: string; code: string; signature: string;
  modes: Record<string, string>; leftOut: string; selfReported: string; marks: Record<SignatureMark, string>; signed: (mark: string, code: string) => string;
}

export const ENGLISH_CSV: CsvWords = {
  name: 'Name', seat: 'Seat', mode: 'Mode', seed: 'Seed', outcome: 'Outcome', objectivesMet: 'Objectives met', objectives: 'Objectives',
  redLinesCrossed: 'Red lines crossed', redLines: 'Red lines', reply: 'Right of reply', closing: 'Closing sentence', code: 'Run code', signature: 'Signature',
  modes: {}, leftOut: LEFT_OUT, selfReported: 'self-reported', marks: { verified: 'verified', altered: 'altered', unchecked: 'unchecked', selfReported: 'self-reported' },
  signed: (mark, code) => `${mark}: class ${code}`,
};

export function summaryCsv(s: Scenario, summary: ClassSummary, marks: SignatureMark[] | null = null, words: CsvWords = ENGLISH_CSV): string {
  const name = (id: string) => s.delegations.find((d) => d.id === id)?.shortName ?? id;
  const w = words;
  const header = [
    w.name, w.seat, w.mode, w.seed, w.outcome, ...s.meters.map((m) => m.label), w.objectivesMet, w.objectives, w.redLinesCrossed, w.redLines,
    ...s.topics.map((t) => t.label), w.reply, w.closing, w.code, w.signature,
  ];
  const lines = summary.rows.map((r, i) => [
    r.run.name, name(r.run.seat), w.modes[r.run.mode] ?? r.run.mode, r.run.seed, r.outcome, ...s.meters.map((m) => r.meters[m.id] ?? ''),
    r.objectivesMet, r.objectives, r.redLinesCrossed, r.redLines, ...s.topics.map((t) => (r.picks[t.id] === LEFT_OUT ? w.leftOut : r.picks[t.id] ?? '')), r.reply, r.run.closing, r.code,
    r.signedBy ? w.signed(w.marks[marks?.[i] ?? 'unchecked'], showClassCode(r.signedBy)) : w.selfReported,
  ]);
  return [header, ...lines].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
