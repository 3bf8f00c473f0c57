/**
 * Over every seat and every statement the audit enumerates in the real scenario: each response a
 * delegation gives answers a position the player took in that statement, the right way round.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/model';
import { enumerateSeat } from '../../src/audit/enumerate';
import { answeredBy } from '../../src/engine/speech';
import { realScenario } from '../support/scenario';

const model = compileScenario(realScenario());
const agreement = (o: number, d: number) => model.options[o]!.stance.reduce((n, v, k) => n + v * model.stances[d]![k]!, 0);

describe('responses answer what the player said, in every statement of every seat', () => {
  for (const seat of model.speakers.map((d) => model.delegations[d]!.id)) {
    it(`${seat}: no response speaks of a position the player did not take`, () => {
      const wrong: string[] = [];
      let responses = 0;
      enumerateSeat(model, seat, new Uint8Array(model.lines.length), undefined, (sit, d, turn) => {
        if (turn.responseLine < 0) return;
        responses++;
        const line = model.lines[turn.responseLine]!;
        const o = answeredBy(model, sit, turn.responseLine);
        const option = o >= 0 ? model.options[o]! : null;
        const problem = !option ? 'answers no position the player took'
          : sit.chosen[o] !== 1 ? `answers "${option.id}", which the player did not choose`
          : option.kind !== 'topic' || sit.addressed[option.topic] !== 1 ? `answers "${option.id}", on a topic the player left out`
          : line.kind === 'align' && !(agreement(o, d) > 0) ? `agrees with "${option.id}", which it does not agree with`
          : line.kind === 'rebut' && !(agreement(o, d) < 0 || option.targets.includes(d)) ? `rebuts "${option.id}", which it does not oppose`
          : line.kind === 'attack' && !option.targets.includes(d) ? `attacks over "${option.id}", which does not name it`
          : null;
        if (problem && wrong.length < 10) wrong.push(`${model.delegations[d]!.id} "${line.line.id}" ${problem}`);
      });
      expect(responses).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});
