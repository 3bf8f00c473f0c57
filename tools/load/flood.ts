/**
 * The hostile half of `npm run load`: one student floods a class with 1,000 messages a second (and
 * comes straight back each time the server disconnects them) while another student of the same class
 * keeps working; and a replay of a class's whole record, timed at several lengths to show it linear.
 */
import { Client, type Room } from 'colyseus.js';
import { topicsFor, type Scenario } from '../../src/engine';
import { applyInput, createMeeting, replayMeeting } from '../../src/live/meeting';
import { MEETING_INPUT_CAP, type LiveInput } from '../../src/live/types';
import { listenForViews } from '../../src/live/viewKeeper';

const percentile = (xs: number[], p: number) => { const v = [...xs].sort((a, b) => a - b); return v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))]! : NaN; };

export interface FloodFigures { sent: number; disconnects: number; roundTrips: number[]; median: number; p95: number }

export async function floodClass(endpoint: string, scenario: Scenario, seconds = 10): Promise<FloodFigures> {
  const client = new Client(endpoint);
  const key = (who: string) => `flood-${who}-0123456789abcdef`;
  const chair = await client.create('council', { key: key('chair'), chairName: 'Flood test' });
  const code = chair.roomId;
  listenForViews(chair, () => {});
  // The student who keeps working: each pick timed from the request to their own view showing it.
  const worker = await client.joinById(code, { key: key('worker') });
  let workerView: ((v: { you: { draft: { picks: Record<string, string | null> } } | null }) => void) | null = null;
  listenForViews(worker, (v) => workerView?.(v as never));
  worker.onMessage('refused', () => {});
  worker.send('claim', { seat: 'CHE', name: 'Worker' });
  const entry = topicsFor(scenario, 'CHE')[0]!;
  const seat = 'SVN';
  const flooderTopic = topicsFor(scenario, seat)[0]!;
  let sent = 0;
  let disconnects = 0;
  let flooding = true;
  const flooder = async () => {
    while (flooding) {
      let room: Room;
      try { room = await client.joinById(code, { key: key('flooder') }); } catch { await new Promise((r) => setTimeout(r, 200)); continue; }
      room.onMessage('*', () => {});
      room.send('claim', { seat, name: 'Flooder' });
      let open = true;
      room.onLeave(() => { open = false; disconnects++; });
      // 1,000 a second: ten every 10 ms, for as long as the server keeps the connection.
      while (flooding && open) {
        for (let i = 0; i < 10; i++) { room.send('pick', { topic: flooderTopic.topic.id, option: flooderTopic.options[sent % flooderTopic.options.length]!.id }); sent++; }
        await new Promise((r) => setTimeout(r, 10));
      }
      if (open) await room.leave().catch(() => {});
    }
  };
  const flooding$ = flooder();
  const roundTrips: number[] = [];
  const until = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < until; i++) {
    const option = entry.options[i % entry.options.length]!.id;
    const started = performance.now();
    const seen = new Promise<void>((resolve) => { workerView = (v) => { if (v.you?.draft.picks[entry.topic.id] === option) resolve(); }; });
    worker.send('pick', { topic: entry.topic.id, option });
    await Promise.race([seen, new Promise((r) => setTimeout(r, 10_000))]);
    roundTrips.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  flooding = false;
  await flooding$;
  await worker.leave().catch(() => {});
  await chair.leave().catch(() => {});
  return { sent, disconnects, roundTrips, median: percentile(roundTrips, 0.5), p95: percentile(roundTrips, 0.95) };
}

/** A class's whole record (up to its cap), replayed at a quarter, half and all of its length. */
export function replayFigures(scenario: Scenario): { inputs: number; ms: number }[] {
  const setup = { code: 'REPLAYCLS', seed: 5, mode: 'standard' as const, chair: 'chair', chairName: 'Chair' };
  let meeting = createMeeting(scenario, setup);
  const inputs: LiveInput[] = [];
  const send = (from: string, request: unknown) => {
    const step = applyInput(scenario, meeting, request, from);
    if (step.ok && step.changed) { meeting = step.meeting; inputs.push(step.input); }
    return step.ok;
  };
  const members = scenario.speakersList.members;
  members.forEach((seat, i) => send(`student-${i}`, { type: 'claim', seat, name: `Student ${i}` }));
  send('chair', { type: 'open' });
  // Every student changes their mind until the class's record is full.
  for (let round = 0; inputs.length < MEETING_INPUT_CAP; round++) {
    let any = false;
    members.forEach((seat, i) => { if (inputs.length < MEETING_INPUT_CAP) any = send(`student-${i}`, { type: 'closing', text: `Draft ${round}` }) || any; });
    if (!any) break;
  }
  return [0.25, 0.5, 1].map((share) => {
    const part = inputs.slice(0, Math.round(inputs.length * share));
    const started = performance.now();
    replayMeeting(scenario, setup, part);
    return { inputs: part.length, ms: performance.now() - started };
  });
}
