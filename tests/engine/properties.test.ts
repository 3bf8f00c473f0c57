/** Properties of any run of the mini scenario, over random seats, seeds and choices. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSave, toSave, type GameState } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { load } from '../support/play';
import { botPlay, brokenInvariants, seeds } from '../support/bot';
import { realScenario } from '../support/scenario';
import { compileScenario } from '../../src/engine/model';

const mini = load(miniScenario());
const seats = fc.constantFrom('A', 'B', 'C');

describe('properties of the engine', () => {
  it('the same seat, seed and choices always give the same run', () => {
    fc.assert(fc.property(seats, seeds, (seat, seed) => {
      expect(botPlay(mini, seat, seed)).toEqual(botPlay(mini, seat, seed));
    }), { numRuns: 100 });
  });

  it('every run ends with meters in range, nothing NaN, and every change explained', () => {
    fc.assert(fc.property(seats, seeds, (seat, seed) => {
      expect(brokenInvariants(mini, botPlay(mini, seat, seed))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('a save taken at any step resumes to the identical state', () => {
    fc.assert(fc.property(seats, seeds, fc.nat(), (seat, seed, at) => {
      const full = botPlay(mini, seat, seed);
      const cut = full.choices.slice(0, at % (full.choices.length + 1));
      const save = { ...toSave(full), choices: cut };
      const resumed = fromSave(mini, JSON.stringify(save));
      expect(resumed.ok).toBe(true);
      if (resumed.ok) expect((resumed.state as GameState).choices).toEqual(cut);
      if (resumed.ok && cut.length === full.choices.length) expect(resumed.state).toEqual(full);
    }), { numRuns: 100 });
  });

  it('the state is plain JSON', () => {
    fc.assert(fc.property(seats, seeds, (seat, seed) => {
      const state = botPlay(mini, seat, seed);
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }), { numRuns: 50 });
  });
});

describe('properties of the 30 October 2024 scenario', () => {
  const real = realScenario();
  const realSeats = fc.constantFrom(...real.speakersList.members);

  it('the same seat, seed and choices always give the same run', () => {
    fc.assert(fc.property(realSeats, seeds, (seat, seed) => {
      expect(botPlay(real, seat, seed)).toEqual(botPlay(real, seat, seed));
    }), { numRuns: 40 });
  });

  it('every run keeps the invariants, and its save replays to the identical state', () => {
    fc.assert(fc.property(realSeats, seeds, (seat, seed) => {
      const state = botPlay(real, seat, seed);
      expect(brokenInvariants(real, state)).toEqual([]);
      expect(fromSave(real, JSON.stringify(toSave(state)))).toEqual({ ok: true, state });
    }), { numRuns: 60 });
  });

  it('support only moves the way the statement leans: an option never warms a delegation that opposes every stance it takes', () => {
    const model = compileScenario(real);
    for (const o of model.options) {
      model.delegations.forEach((d, i) => {
        const agrees = o.stance.some((v, k) => v * model.stances[i]![k]! > 0);
        if (!agrees && o.overclaimSteps === 0) expect(o.supportDelta[i]!, `${o.id} → ${d.id}`).toBeLessThanOrEqual(0);
      });
    }
  });
});
