/** What a screen-reader user hears after a step: the speeches, the responses to them, the meters. */
import { describe, expect, it } from 'vitest';
import { announcement } from '../../src/ui/announce';
import { realScenario } from '../support/scenario';
import { playThrough } from '../support/play';

const s = realScenario();

describe('the announcement after a step', () => {
  it('says who attacked the player and what moved, not only who spoke', () => {
    const state = playThrough(s, 'RUS', 1030, { picks: { deployment: 'rus-deployment-assertions' }, reply: 'rus-reply-sharp' });
    const attack = state.log.findIndex((e) => e.type === 'response' && e.speaker === 'UKR');
    const turn = state.log.slice(state.log.findLastIndex((e, i) => i < attack && e.type === 'speech' && e.speaker === 'UKR'), attack + 3);
    const heard = announcement(s, 'RUS', turn);
    expect(heard).toContain('Ukraine, ');
    expect(heard).toMatch(/Ukraine, (attacks your delegation|on your statement: pushes back): /);
    expect(heard).toMatch(/Escalation rose from \d+ to \d+/);
  });
});
