/**
 * A class meeting played through its rules in a test, as the server would: each request applied with
 * its sender, the inputs that changed something kept (as the server keeps them), refusals read back.
 */
import { applyInput, createMeeting, type MeetingSetup } from '../../src/live/meeting';
import type { LiveInput, LiveMeeting } from '../../src/live/types';
import { realScenario } from './scenario';

export const scenario = realScenario();
export const setup: MeetingSetup = { code: 'KQTM', seed: 7, mode: 'standard', chair: 'teacher', chairName: 'Ms Rivera' };

const kept = new WeakMap<LiveMeeting, LiveInput[]>();
export const inputsOf = (m: LiveMeeting) => kept.get(m) ?? [];

export function send(m: LiveMeeting, from: string, request: unknown, source: 'browser' | 'server' = 'browser'): LiveMeeting {
  const step = applyInput(scenario, m, request, from, source);
  if (!step.ok) throw new Error(`${JSON.stringify(request)} from ${from} refused: ${step.error.message}`);
  if (step.changed) kept.set(step.meeting, [...inputsOf(m), step.input]);
  return step.meeting;
}

export function refusal(m: LiveMeeting, from: string, request: unknown, source: 'browser' | 'server' = 'browser') {
  const step = applyInput(scenario, m, request, from, source);
  if (step.ok) throw new Error(`${JSON.stringify(request)} from ${from} was accepted`);
  return step.error;
}

/** Three students seated (Ana the United States, Ben Russia, Chi the Republic of Korea), their statements drafted, the meeting opened. */
export function classOfThree(at: MeetingSetup = setup): LiveMeeting {
  let m = createMeeting(scenario, at);
  m = send(m, 'ana', { type: 'claim', seat: 'USA', name: 'Ana' });
  m = send(m, 'ben', { type: 'claim', seat: 'RUS', name: 'Ben' });
  m = send(m, 'chi', { type: 'claim', seat: 'KOR', name: 'Chi' });
  m = send(m, 'ana', { type: 'pick', topic: 'deployment', option: 'west-deployment-grave' });
  m = send(m, 'ben', { type: 'pick', topic: 'deployment', option: 'rus-deployment-evenif' });
  m = send(m, 'ben', { type: 'closing', text: 'We will not be lectured.' });
  m = send(m, 'chi', { type: 'pick', topic: 'deployment', option: 'kor-deployment-unprecedented' });
  return send(m, 'teacher', { type: 'open', option: 'chair-restraint' });
}

/** The President gives the floor until a student has it (or the list is done). */
export function untilStudent(m: LiveMeeting): LiveMeeting {
  while (m.stage === 'meeting' && !m.waitingFor) m = send(m, 'teacher', { type: 'giveFloor', seen: m.turn });
  return m;
}

export const HOLDERS = { USA: 'ana', RUS: 'ben', KOR: 'chi' };

/** Every student delivers when given the floor, to the end of the speakers' list (the rights of reply then owed). */
export function throughTheList(m: LiveMeeting): LiveMeeting {
  for (let i = 0; i < 100 && m.stage === 'meeting'; i++) {
    m = untilStudent(m);
    if (m.waitingFor) m = send(m, HOLDERS[m.waitingFor as keyof typeof HOLDERS], { type: 'deliver', seen: m.turn });
  }
  return m;
}
