/**
 * The engine never throws, whatever a choice holds: wrong phase, unknown ids, prototype names,
 * symbols, functions, extra keys, megabyte strings. And a long game of changed minds keeps a save
 * that resumes: decisions are stored, not every keypress.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChoice, availableChoices, fromSave, newGame, toSave, type Choice, type GameState } from '../../src/engine';
import { advance, step } from '../support/play';
import { realScenario } from '../support/scenario';

const s = realScenario();
const PROTO = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];
const weird = fc.oneof(
  fc.anything(),
  fc.constantFrom(...PROTO),
  fc.constant(Symbol('id')),
  fc.constant(() => 1),
  fc.constant(10n),
  fc.constant('z'.repeat(1_000_000)),
  fc.constant(' '.repeat(2_001) + 'text'),
);
const choiceArb = fc.oneof(
  fc.record({ type: fc.oneof(fc.constantFrom('begin', 'continue', 'chair', 'pick', 'closing', 'deliver', 'reply'), fc.constantFrom(...PROTO), weird), topic: weird, option: weird, text: weird, extra: weird }, { requiredKeys: ['type'] }),
  weird,
);

/** States at each phase of a Korean and a Swiss meeting, to throw choices at. */
function states(): GameState[] {
  const out: GameState[] = [];
  for (const seat of ['KOR', 'CHE']) {
    let state = newGame(s, seat, 5);
    for (let i = 0; i < 60 && state.phase !== 'outcome'; i++) {
      out.push(state);
      const choices = availableChoices(s, state);
      const next = choices.find((c) => c.type === 'deliver') ?? choices[0]!;
      state = step(s, state, next);
    }
    out.push(state);
  }
  return out;
}

describe('a hostile or careless choice', () => {
  const all = states();
  it('is refused with an error value, never a throw, and the state can still be saved', () => {
    fc.assert(fc.property(fc.constantFrom(...all), choiceArb, (state, choice) => {
      const result = applyChoice(s, state, choice as Choice);
      if (!result.ok) {
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeLessThan(300);
        return;
      }
      const saved = JSON.stringify(toSave(result.state));
      expect(fromSave(s, saved).ok).toBe(true);
      for (const c of result.state.choices) expect(Object.keys(c).every((k) => ['type', 'topic', 'option', 'text'].includes(k))).toBe(true);
    }), { numRuns: 3_000 });
  });

  it('stores a closing sentence of 2,001 spaces and some text as the text, and the save replays', () => {
    let state = advance(s, newGame(s, 'KOR', 1));
    state = step(s, state, { type: 'closing', text: `${' '.repeat(2_001)}We stand firm.` });
    expect(state.closing).toBe('We stand firm.');
    expect(fromSave(s, JSON.stringify(toSave(state))).ok).toBe(true);
  });

  it('keeps a long game of changed minds to its decisions, and the save resumes', () => {
    let state = advance(s, newGame(s, 'SLE', 2));
    const options = availableChoices(s, state).filter((c) => c.type === 'pick');
    for (let i = 0; i < 3_000; i++) {
      // Some picks do not fit the speaking time with the others: those are refused, as in the game.
      const next = applyChoice(s, state, options[(i * 7) % options.length]!);
      if (next.ok) state = next.state;
    }
    state = step(s, state, { type: 'closing', text: 'one' });
    state = step(s, state, { type: 'closing', text: 'two' });
    expect(state.choices.length).toBeLessThan(40);
    const resumed = fromSave(s, JSON.stringify(toSave(state)));
    expect(resumed.ok && resumed.state.picks).toEqual(state.picks);
    expect(resumed.ok && resumed.state.closing).toBe('two');
  });
});
