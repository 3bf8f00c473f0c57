/** The debrief's sentences say what happened: trades by direction, replies with their attackers, sources explained. */
import { describe, expect, it } from 'vitest';
import { debrief, topicsFor } from '../../src/engine';
import { changeLine, tradeLine, type MeterEvent } from '../../src/ui/causes';
import { resetJargon } from '../../src/ui/jargon';
import { realScenario } from '../support/scenario';
import { playThrough } from '../support/play';

const s = realScenario();

describe('the trades in the debrief', () => {
  it('say which way each meter moved, never that a rise "cost" the meter', () => {
    const lines: string[] = [];
    for (const seat of ['KOR', 'RUS', 'SLE', 'USA']) {
      for (const { topic, options } of topicsFor(s, seat)) {
        for (const o of options) {
          const d = debrief(s, playThrough(s, seat, 7, { picks: { [topic.id]: o.id } }))!;
          for (const tr of d.trades) {
            const line = tradeLine(s, d, tr);
            lines.push(line);
            const c = d.choices.find((x) => x.option === tr.option)!;
            for (const m of [...tr.gained, ...tr.paid]) {
              const n = c.net[m]!;
              expect(line).toContain(`${n > 0 ? 'raised' : 'lowered'} ${s.meters.find((x) => x.id === m)!.label} by ${Math.abs(n)}`);
            }
          }
        }
      }
    }
    expect(lines.some((l) => /at a cost: it raised Escalation by \d+/.test(l))).toBe(true);
    expect(lines.join(' ')).not.toMatch(/cost Escalation|gained|cost \w+\./);
  });
});

describe('the reply in the debrief', () => {
  it('names the attackers, as the meeting did', () => {
    const state = playThrough(s, 'RUS', 1030, { picks: { deployment: 'rus-deployment-assertions' }, reply: 'rus-reply-sharp' });
    const reply = debrief(s, state)!.choices.find((c) => c.kind === 'reply')!;
    // Members that named Russia before it spoke are attackers too, as at the real meeting.
    expect(state.attackedBy).toEqual(expect.arrayContaining(['GBR', 'USA', 'UKR']));
    expect(reply.text).not.toContain('{attackers}');
    expect(reply.text).toMatch(/the representatives of .*the United Kingdom.*the United States.*and/);
  });
});

describe('source paragraphs on a meter line', () => {
  it('say what they are the first time on a screen, and are short after that', () => {
    const state = playThrough(s, 'KOR', 2024, { picks: { deployment: 'kor-deployment-nis' } });
    const cited = state.log.filter((e): e is MeterEvent => e.type === 'meter' && e.citations.length > 0);
    resetJargon();
    const [first, second] = cited.map((e) => changeLine(s, 'KOR', e));
    expect(first).toMatch(/— source: ¶\d+/);
    expect(second).toMatch(/— ¶\d+/);
    expect(second).not.toContain('source');
    resetJargon();
    expect(changeLine(s, 'KOR', cited[1]!)).toMatch(/— source: ¶\d+/);
  });
});
