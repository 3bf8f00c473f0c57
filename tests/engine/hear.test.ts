/** The engine's `hear` choice: in a live meeting, another student's statement reaches this player's game. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyChoice, loadScenarioText, newGame, type GameState, type Scenario } from '../../src/engine';
import { step } from '../support/play';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const scenario: Scenario = loaded.scenario;

/** Russia's game, opened, with every member before the United States heard as the computer plays them. */
function russiaBeforeUSA(): GameState {
  let g = step(scenario, step(scenario, newGame(scenario, 'RUS', 3), { type: 'begin' }), { type: 'hear', seat: 'CHE', options: ['chair-time'], closing: '' });
  while (scenario.speakersList.members[g.cursor] !== 'USA') g = step(scenario, g, { type: 'continue' });
  return g;
}

describe('hearing another student\'s statement', () => {
  it('says the statement in the speaker\'s frame, and moves only the room\'s meters, by maxSwing at most', () => {
    const before = russiaBeforeUSA();
    const options = ['usa-deployment-desperation', 'usa-action-thinktwice'];
    const after = step(scenario, before, { type: 'hear', seat: 'USA', options, closing: 'Think again.' });
    const speech = after.log.slice(before.log.length).find((e) => e.type === 'speech')!;
    // The United States names Russia before Russia speaks: that counts as an attack, as at the real meeting.
    expect(speech).toMatchObject({ speaker: 'USA', reaction: 'heard', attack: true });
    expect(after.attackedBy).toEqual([...before.attackedBy, 'USA']);
    expect(speech.type === 'speech' && speech.text).toMatch(/^Thank you, Madam President\..*Think again\.\n\nI thank you\.$/s);
    expect(after.meters.credibility).toBe(before.meters.credibility);
    expect(after.meters.coalition).toBe(before.meters.coalition);
    expect(Math.abs(after.meters.escalation! - before.meters.escalation!)).toBeLessThanOrEqual(scenario.rules.maxSwing.escalation!);
    expect(after.applied).toEqual(before.applied);
  });

  it('refuses what no statement could be, and changes nothing', () => {
    const g = russiaBeforeUSA();
    const cases: [unknown, string][] = [
      [{ type: 'hear', seat: 'USA', options: ['rus-deployment-evenif'], closing: '' }, 'unknown-option'],
      [{ type: 'hear', seat: 'USA', options: ['usa-deployment-desperation', 'west-deployment-grave'], closing: '' }, 'bad-choice'],
      [{ type: 'hear', seat: 'USA', options: ['x'.repeat(500)], closing: '' }, 'bad-choice'],
      [{ type: 'hear', seat: 'USA', options: 'usa-deployment-desperation', closing: '' }, 'bad-choice'],
      [{ type: 'hear', seat: 'USA', options: [], closing: 'x'.repeat(scenario.rules.closingSentenceMax + 1) }, 'too-long'],
      [{ type: 'hear', seat: 'GBR', options: [], closing: '' }, 'bad-choice'],
      [{ type: 'hear', options: [], closing: '' }, 'bad-choice'],
    ];
    for (const [choice, code] of cases) {
      const result = applyChoice(scenario, g, choice as never);
      expect(result.ok ? 'accepted' : result.error.code, JSON.stringify(choice).slice(0, 80)).toBe(code);
    }
    // At the opening, what is heard is one of the chair's options, and nothing else.
    const opening = step(scenario, newGame(scenario, 'MLT', 3), { type: 'begin' });
    for (const options of [[], ['usa-deployment-desperation'], ['chair-time', 'chair-standard']]) {
      const r = applyChoice(scenario, opening, { type: 'hear', seat: 'CHE', options, closing: '' });
      expect(r.ok ? 'accepted' : r.error.code, options.join()).toBe('unknown-option');
    }
  });

  it('takes the President\'s opening only in a game that does not preside', () => {
    const swiss = step(scenario, newGame(scenario, 'CHE', 3), { type: 'begin' });
    const r = applyChoice(scenario, swiss, { type: 'hear', seat: 'CHE', options: ['chair-time'], closing: '' });
    expect(r.ok ? 'accepted' : r.error.code).toBe('wrong-phase');
  });
});
