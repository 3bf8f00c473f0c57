/**
 * A class of random, careless and hostile students and a random President, for property tests of
 * the live rules: seats taken and given up, drafts changed, browsers dropping and coming back, moves
 * sent late, twice or out of turn, and messages no browser of ours would send.
 */
import { repliesFor, topicsFor, type Scenario } from '../../src/engine';
import { expect } from 'vitest';
import { applyInput, createMeeting, replayMeeting, type MeetingSetup } from '../../src/live/meeting';
import type { LiveError, LiveInput, LiveMeeting } from '../../src/live/types';

export function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const JUNK: unknown[] = [
  null, 5, 'deliver', [], {}, { type: 'constructor' }, { type: '__proto__' }, { type: 'toString' }, { type: 'away' }, { type: 'back' },
  { type: 'deliver' }, { type: 'deliver', seen: -1 }, { type: 'deliver', seen: 1e300 }, { type: 'giveFloor', seen: '1' },
  { type: 'claim', seat: 'UKR', name: 'x' }, { type: 'claim', seat: 'USA', name: '' }, { type: 'claim', seat: 'USA', name: 'x'.repeat(20_000) },
  { type: 'pick', topic: 'deployment', option: 'no-such-option' }, { type: 'pick', topic: '__proto__', option: null },
  { type: 'closing', text: '<script>alert(1)</script>' }, { type: 'closing', text: 'x'.repeat(5000) }, { type: 'open', option: 'nope' },
  { type: 'grantReply', seat: 'USA', seen: 0 }, { type: 'reply', option: 'constructor' }, { type: 'handChair', to: 'DPRK' },
  { type: 'pick', topic: 'deployment', option: 'west-deployment-grave', from: 'chair' }, { type: 'deliver', seen: 0, extra: true },
];

export interface RandomClass {
  setup: MeetingSetup;
  meeting: LiveMeeting;
  /** What the server would keep: every accepted input that changed the meeting. */
  inputs: LiveInput[];
  sent: number;
  refused: number;
  faults: { input: unknown; from: string; error: LiveError }[];
}

export function randomClass(scenario: Scenario, seed: number, length: number): RandomClass {
  const members = scenario.delegations.filter((d) => d.kind === 'member').map((d) => d.id);
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const students = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => `student-${i}`);
  const setup: MeetingSetup = { code: 'TESTCLASS', seed, mode: pick(['guided', 'standard', 'briefing'] as const), chair: 'chair', chairName: 'Chair' };
  let m = createMeeting(scenario, setup);
  const out: RandomClass = { setup, meeting: m, inputs: [], sent: 0, refused: 0, faults: [] };
  const send = (from: string, request: unknown, source: 'browser' | 'server' = 'browser') => {
    out.sent++;
    const step = applyInput(scenario, m, request, from, source);
    if (!step.ok) {
      out.refused++;
      if (step.error.code === 'fault') out.faults.push({ input: request, from, error: step.error });
      return;
    }
    m = step.meeting;
    if (step.changed) out.inputs.push(step.input);
  };
  const anyone = () => (r() < 0.2 ? 'chair' : pick(students));
  const seen = () => m.turn - (r() < 0.2 ? 1 : 0);
  for (let i = 0; i < length && m.stage !== 'over'; i++) {
    const who = anyone();
    const seat = Object.entries(m.seats).find(([, s]) => s.holder === who)?.[0];
    const roll = r();
    if (roll < 0.05) send(who, pick(JUNK));
    else if (roll < 0.15) send(who, { type: 'claim', seat: pick(members), name: who });
    else if (roll < 0.32 && seat) {
      const entry = pick(topicsFor(scenario, seat));
      send(who, { type: 'pick', topic: entry.topic.id, option: r() < 0.2 ? null : pick(entry.options).id });
    } else if (roll < 0.35 && seat) send(who, { type: 'closing', text: `Closing ${i}` });
    else if (roll < 0.4) send(who, { type: pick(['away', 'back']) }, 'server');
    else if (roll < 0.42) send(who, { type: 'release' });
    else if (roll < 0.46) send(who, { type: 'deliver', seen: seen() });
    else if (roll < 0.5) send(who, { type: 'requestReply' });
    else if (roll < 0.55 && seat) send(who, { type: 'reply', option: pick(repliesFor(scenario, seat)).id });
    else if (roll < 0.57) send(who, { type: 'giveFloor', seen: seen() });
    else if (roll < 0.59) send(who, { type: 'grantReply', seat: pick(members), seen: seen() });
    else if (roll < 0.6) send(who, { type: 'handChair', to: pick(members) });
    else if (m.stage === 'gathering') { if (r() < 0.3) send('chair', { type: 'open' }); }
    else if (m.waitingFor && m.seats[m.waitingFor] && r() < 0.6) {
      const holder = m.seats[m.waitingFor]!.holder;
      send(holder, m.stage === 'replies' ? { type: 'reply', option: pick(repliesFor(scenario, m.waitingFor)).id } : { type: 'deliver', seen: m.turn });
    } else if (m.stage === 'replies' && m.replyRequests.length && r() < 0.5) send(m.chair, { type: 'grantReply', seat: pick(m.replyRequests), seen: m.turn });
    else send(m.chair, { type: 'giveFloor', seen: m.turn });
  }
  // The President (whoever holds the chair now) closes what is left.
  if (m.stage === 'gathering') send(m.chair, { type: 'open' });
  for (let i = 0; i < 200 && m.stage !== 'over'; i++) send(m.chair, { type: 'giveFloor', seen: m.turn });
  out.meeting = m;
  return out;
}

/**
 * Plays `count` random classes from seed `first` and checks the properties: no input is a fault in
 * the rules, every meeting ends with every held game decided, and the kept inputs replay it exactly.
 * Returns how many inputs were sent.
 */
export function classesFrom(scenario: Scenario, first: number, count: number): number {
  let inputs = 0;
  for (let seed = first; seed < first + count; seed++) {
    // Most classes are a lesson's length; one in ten runs long (a class that does everything twice).
    const played = randomClass(scenario, seed, seed % 10 === 0 ? 600 : 120);
    inputs += played.sent;
    expect(played.faults, `seed ${seed}`).toEqual([]);
    expect(played.meeting.stage, `seed ${seed}`).toBe('over');
    for (const g of Object.values(played.meeting.games)) expect(g.phase, `seed ${seed}, ${g.seat}`).toBe('outcome');
    const again = replayMeeting(scenario, played.setup, played.inputs);
    expect(again.skipped, `seed ${seed}`).toBe(0);
    expect(again.meeting, `seed ${seed}`).toEqual(played.meeting);
  }
  return inputs;
}
