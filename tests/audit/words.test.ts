/** One game fits a lesson: about 4,000 words on the main path, the rest one keypress away. */
import { describe, expect, it } from 'vitest';
import { LESSON, mainPathWords, typicalGame, typicalRun } from '../../src/audit/words';
import { realScenario } from '../support/scenario';

const s = realScenario();
const seats = s.speakersList.members;

describe('words on the main path', () => {
  it('keeps a typical game of every seat, title to the debrief\'s first screen, within 4,000 words (20 minutes at 200 words a minute)', () => {
    const totals = Object.fromEntries(seats.map((seat) => [seat, mainPathWords(s, typicalRun(s, seat, 1030)).total]));
    for (const [seat, total] of Object.entries(totals)) {
      expect(total, seat).toBeLessThanOrEqual(LESSON.words);
      expect(total, seat).toBeGreaterThan(1_000);
    }
  });

  it('takes at most 15 Continue presses in a typical game of every seat, every speech still heard', () => {
    for (const seat of seats) {
      const { state, continues } = typicalGame(s, seat, 1030);
      expect(continues, seat).toBeLessThanOrEqual(LESSON.continues);
      // Grouping saves presses, not speeches: every member and invited speaker took the floor.
      const spoke = new Set(state.log.flatMap((e) => (e.type === 'speech' ? [e.speaker] : [])));
      for (const d of [...s.speakersList.members, ...s.speakersList.rule37]) if (d !== seat) expect(spoke.has(d), `${seat}: ${d}`).toBe(true);
    }
  });

  it('counts only the first sentence of another delegation\'s speech: the rest is on request', () => {
    const state = typicalRun(s, 'KOR', 1030);
    const others = state.log.filter((e) => e.type === 'speech' && e.reaction === 'own' && e.speaker !== 'KOR');
    const longer = structuredClone(state);
    // The same game, with every other delegation's speech doubled: only first sentences count, so the
    // main path grows by no more than those first sentences.
    for (const e of longer.log) if (e.type === 'speech' && e.reaction === 'own' && e.speaker !== 'KOR') e.text = `${e.text} ${e.text}`;
    expect(others.length).toBeGreaterThan(5);
    expect(mainPathWords(s, longer).parts.meeting).toBe(mainPathWords(s, state).parts.meeting);
  });
});
