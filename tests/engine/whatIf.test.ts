import { describe, expect, it } from 'vitest';
import { whatIf } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { load, playThrough } from '../support/play';

const mini = load(miniScenario());

describe('what if', () => {
  it('replays the meeting with one position changed, everything else the same', () => {
    const real = playThrough(mini, 'B', 9, { picks: { deployment: 'dep-concern', action: 'act-restraint' } });
    const other = whatIf(mini, real, { topic: 'action', option: 'act-dismiss' });
    expect(other.ok).toBe(true);
    if (!other.ok) return;
    expect(other.state).toEqual(playThrough(mini, 'B', 9, { picks: { deployment: 'dep-concern', action: 'act-dismiss' } }));
    expect(other.state.meters.escalation).toBeGreaterThan(real.meters.escalation!);
  });

  it('says which reply it assumed when the other statement draws an attack the real one did not', () => {
    const real = playThrough(mini, 'B', 9, { picks: { action: 'act-restraint' } });
    expect(real.attackedBy).toEqual([]);
    const other = whatIf(mini, real, { topic: 'action', option: 'act-dismiss' });
    expect(other).toMatchObject({ ok: true, assumedReply: 'reply-none' });
  });

  it('drops the reply when the other statement is not attacked', () => {
    const real = playThrough(mini, 'B', 9, { picks: { action: 'act-dismiss' }, reply: 'reply-sharp' });
    expect(real.attackedBy).toEqual(['U']);
    const other = whatIf(mini, real, { topic: 'action', option: 'act-restraint' });
    expect(other.ok && other.state.applied).not.toContain('reply-sharp');
  });

  it('refuses a change that breaks the speaking time, with the reason', () => {
    const real = playThrough(mini, 'A', 1, { picks: { deployment: 'dep-condemn', action: 'act-restraint' } });
    expect(whatIf(mini, real, { topic: 'action', option: 'act-pressure' })).toEqual({
      ok: false, reason: 'that would take 85 s, over the 80 s your statement has',
    });
  });
});
