/** The class summary's reading of pasted codes: each run counted once, and the CSV carrying what the table shows. */
import { describe, expect, it } from 'vitest';
import { debrief, encodeRun, runOf } from '../../src/engine';
import { summarise, summaryCsv } from '../../src/classroom/summary';
import { botPlay } from '../support/bot';
import { realScenario } from '../support/scenario';

const s = realScenario();
const played = ['USA', 'MLT'].map((seat, i) => ({ seat, state: botPlay(s, seat, 300 + i), name: `Student ${i + 1}` }));
const codes = played.map((p) => encodeRun(s, runOf(s, p.state, p.name)));

describe('the class summary', () => {
  it('reads a code pasted twice once, and says where it saw the copy', () => {
    const text = [codes[0], codes[1], `Student 1 again: ${codes[0]}`, 'hello', 'hello', codes[1]].join('\n');
    const summary = summarise(s, text);
    expect(summary.rows.map((r) => r.line)).toEqual([1, 2]);
    expect(summary.duplicates).toEqual([{ line: 3, first: 1 }, { line: 6, first: 2 }]);
    // A line that is not a code is not a duplicate: each is refused with its reason.
    expect(summary.refused.map((r) => r.line)).toEqual([4, 5]);
    expect(summaryCsv(s, summary).trim().split('\r\n')).toHaveLength(3);
  });

  it('gives each run its red lines, crossed and in all, in the rows and the CSV', () => {
    const summary = summarise(s, codes.join('\n'));
    const [header, ...lines] = summaryCsv(s, summary).trim().split('\r\n').map((l) => l.split(','));
    played.forEach((p, i) => {
      const d = debrief(s, p.state)!;
      const at = (name: string) => lines[i]![header!.indexOf(name)];
      expect(summary.rows[i]!.redLines).toBe(d.redLines.length);
      expect(at('Red lines crossed')).toBe(String(d.redLines.filter((r) => r.crossed).length));
      expect(at('Red lines')).toBe(String(d.redLines.length));
    });
  });
});
