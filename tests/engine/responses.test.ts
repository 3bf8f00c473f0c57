/** Responses answer what the player actually said; accusations count whenever they are made. */
import { describe, expect, it } from 'vitest';
import { applyChoice, debrief, loadScenario, newGame, nextGroup, type GameEvent, type GameState, type Scenario } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { load, playThrough } from '../support/play';

type Mini = ReturnType<typeof miniScenario> & { delegations: { id: string; speech?: Record<string, { id: string; respondsTo?: string[] }[]> }[] };
const problemsOf = (s: unknown) => { const r = loadScenario(s); return r.ok ? [] : r.problems; };
/** A new game for this seat, moved on to the speakers' list (past the President's opening). */
function advanceTo(s: Scenario, seat: string): GameState {
  const start = applyChoice(s, newGame(s, seat, 1), { type: 'begin' });
  if (!start.ok) throw new Error(start.error.message);
  const presiding = start.state.phase === 'opening' && s.presidency.seat === seat;
  const opened = applyChoice(s, start.state, presiding ? { type: 'chair', option: s.presidency.options[0]!.id } : { type: 'continue' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.state;
}
const speechOf = (s: Mini, id: string) => s.delegations.find((d) => d.id === id)!.speech!;

describe('the format: a response names the positions it answers', () => {
  it('refuses a response line that answers no position', () => {
    const s = miniScenario() as Mini;
    delete speechOf(s, 'A').align![0]!.respondsTo;
    expect(problemsOf(s)).toContainEqual(expect.objectContaining({
      path: 'delegations[1].speech.align[0].respondsTo', message: expect.stringContaining('must say which of the player\'s positions it answers'),
    }));
  });

  it('refuses a position no option takes, and says so', () => {
    const s = miniScenario() as Mini;
    speechOf(s, 'A').align![0]!.respondsTo = ['grave', 'no-such-position'];
    expect(problemsOf(s)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('"no-such-position" is neither a topic option\'s id nor a tag') }));
  });

  it('refuses agreement with a position the speaker opposes, and an attack on a position that does not name it', () => {
    const s = miniScenario() as Mini;
    speechOf(s, 'B').align![0]!.respondsTo = ['pressure'];
    speechOf(s, 'U').attack![0]!.respondsTo = ['restraint'];
    const messages = problemsOf(s).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/align line answers option "act-pressure", but Borduria's stance does not agree/));
    expect(messages).toContainEqual(expect.stringMatching(/attack line answers option "act-restraint", but it does not name Ukarnia/));
  });

  it('refuses respondsTo on a delegation\'s own position', () => {
    const s = miniScenario() as Mini;
    speechOf(s, 'A').own![0]!.respondsTo = ['grave'];
    expect(problemsOf(s).map((p) => p.message)).toContainEqual(expect.stringContaining('own position answers no one'));
  });
});

describe('a response answers what was said', () => {
  const s = load(miniScenario());
  const responses = (log: GameEvent[]) => log.filter((e): e is Extract<GameEvent, { type: 'response' }> => e.type === 'response');

  it('agrees with the position the player took, and records which', () => {
    // Avalon speaks first: Borduria and Carpathia respond to its statement after it.
    const state = playThrough(s, 'A', 1, { picks: { deployment: 'dep-concern', action: 'act-pressure' } });
    const said = responses(state.log);
    expect(said.length).toBeGreaterThan(0);
    for (const r of said) expect(['dep-concern', 'act-pressure']).toContain(r.answers);
  });

  it('says nothing about a topic the player left out', () => {
    // Borduria rebuts pressure; a statement without pressure gets no rebuttal from it.
    const withPressure = playThrough(s, 'A', 1, { picks: { action: 'act-pressure' } });
    const without = playThrough(s, 'A', 1, { picks: { deployment: 'dep-condemn' } });
    expect(responses(withPressure.log).find((r) => r.speaker === 'B')).toMatchObject({ response: 'rebut', answers: 'act-pressure' });
    expect(responses(without.log).filter((r) => r.speaker === 'B' && r.answers === 'act-pressure')).toEqual([]);
    for (const r of responses(without.log)) expect(r.answers).toBe('dep-condemn');
  });
});

describe('accusations made before the player spoke', () => {
  it('count as attacks: the right of reply names the accuser', () => {
    const input = miniScenario() as Mini & { delegations: { id: string; speech?: Record<string, { targets?: string[] }[]> }[] };
    input.delegations.find((d) => d.id === 'A')!.speech!.own![0]!.targets = ['C'];
    const s = load(input);
    const state = playThrough(s, 'C', 1, { picks: { action: 'act-restraint' }, reply: 'reply-sharp' });
    expect(state.attackedBy[0]).toBe('A');
    const reply = state.log.find((e) => e.type === 'speech' && e.reaction === 'reply');
    expect(reply).toMatchObject({ text: expect.stringContaining('Avalon') });
  });
});

describe('the debrief names the turning point', () => {
  it('is the one cause that moved the meters most, as a share of each meter\'s range', () => {
    const s = load(miniScenario());
    const state = playThrough(s, 'A', 1, { picks: { deployment: 'dep-condemn' } });
    const d = debrief(s, state)!;
    expect(d.turningPoint.length).toBeGreaterThan(0);
    const key = (e: (typeof d.turningPoint)[number]) => JSON.stringify(e.cause.kind === 'overclaim' ? { kind: 'option', option: e.cause.option } : e.cause);
    expect(new Set(d.turningPoint.map(key)).size).toBe(1);
    // Condemning with an overclaim (escalation +6, credibility -6) outweighs any single speech here.
    expect(d.turningPoint.every((e) => 'option' in e.cause && e.cause.option === 'dep-condemn')).toBe(true);
  });
});

describe('one Continue hears a group of speakers', () => {
  it('offers the next speakers at this stage of the list, at most three, never past the player\'s turn', () => {
    const s = load(miniScenario());
    let state = advanceTo(s, 'C');
    expect(nextGroup(s, state)).toEqual(['A', 'B']);
    state = playThrough(s, 'A', 1, { picks: {} });
    expect(nextGroup(s, state)).toEqual([]);
  });
});
