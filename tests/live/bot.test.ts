/**
 * A class of random students and a random President: seats taken and given up, drafts changed,
 * browsers dropping and coming back, moves sent late or out of turn. Whatever they do, the rules
 * never throw, every game a student holds ends with an outcome, and the inputs replay the meeting.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, repliesFor, topicsFor, type Scenario } from '../../src/engine';
import { applyInput, createMeeting, replayMeeting } from '../../src/live/meeting';
import type { LiveMeeting } from '../../src/live/types';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario: Scenario = loaded.scenario;
const members = scenario.delegations.filter((d) => d.kind === 'member').map((d) => d.id);

function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

describe('a live meeting played by a random class', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('seed %i: never throws, ends with every held game decided, and replays', (seed) => {
    const r = random(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const students = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => `s${i}`);
    const setup = { code: 'TEST', seed, mode: 'standard' as const, chair: 'chair', chairName: 'Chair' };
    let m: LiveMeeting = createMeeting(scenario, setup);
    let refused = 0;
    const send = (from: string, request: unknown, source: 'browser' | 'server' = 'browser') => {
      const step = applyInput(scenario, m, request, from, source);
      if (step.ok) m = step.meeting; else refused++;
    };
    for (let i = 0; i < 600 && m.stage !== 'over'; i++) {
      const who = pick(students);
      const seat = Object.entries(m.seats).find(([, s]) => s.holder === who)?.[0];
      const roll = r();
      if (roll < 0.15) send(who, { type: 'claim', seat: pick(members), name: who });
      else if (roll < 0.35 && seat) {
        const entry = pick(topicsFor(scenario, seat));
        send(who, { type: 'pick', topic: entry.topic.id, option: r() < 0.2 ? null : pick(entry.options).id });
      } else if (roll < 0.4 && seat) send(who, { type: 'closing', text: `Closing ${i}` });
      else if (roll < 0.45) send(who, { type: pick(['away', 'back']) }, 'server');
      else if (roll < 0.47) send(who, { type: 'release' });
      else if (roll < 0.5) send(who, { type: 'deliver', seen: m.turn - (r() < 0.3 ? 1 : 0) });
      else if (roll < 0.55 && seat) send(who, { type: 'requestReply' });
      else if (roll < 0.6 && seat) send(who, { type: 'reply', option: pick(repliesFor(scenario, seat)).id });
      else if (roll < 0.62) send(who, { type: 'giveFloor', seen: m.turn });
      else if (m.stage === 'gathering') { if (r() < 0.3) send('chair', { type: 'open' }); }
      else if (m.waitingFor && m.seats[m.waitingFor] && r() < 0.6) {
        send(m.seats[m.waitingFor]!.holder, m.stage === 'replies' ? { type: 'reply', option: pick(repliesFor(scenario, m.waitingFor)).id } : { type: 'deliver', seen: m.turn });
      } else if (m.stage === 'replies' && m.replyRequests.length && r() < 0.5) send('chair', { type: 'grantReply', seat: pick(m.replyRequests), seen: m.turn });
      else send('chair', { type: 'giveFloor', seen: m.turn });
    }
    if (m.stage === 'gathering') send('chair', { type: 'open' });
    for (let i = 0; i < 100 && m.stage !== 'over'; i++) send('chair', { type: 'giveFloor', seen: m.turn });
    expect(m.stage).toBe('over');
    for (const g of Object.values(m.games)) expect(g.phase, g.seat).toBe('outcome');
    expect(refused).toBeGreaterThan(0);
    const again = replayMeeting(scenario, setup, m.inputs);
    expect(again.ok && again.meeting).toEqual(m);
  });
});
