/** A connection's message budget, with time passed in. */
import { describe, expect, it } from 'vitest';
import { messageBudget } from '../../server/budget';

describe('the message budget', () => {
  it('takes a burst, then 20 a second, refusing the excess', () => {
    const budget = messageBudget({ perSecond: 20, burst: 40 });
    const first = Array.from({ length: 50 }, () => budget.take(0));
    expect(first.filter((v) => v === 'ok')).toHaveLength(40);
    expect(first.slice(40).every((v) => v === 'over')).toBe(true);
    expect(budget.take(100)).toBe('ok'); // two more have come in after 100 ms
    expect(budget.take(100)).toBe('ok');
    expect(budget.take(100)).toBe('over');
  });

  it('a student working at a normal pace is never refused', () => {
    const budget = messageBudget();
    for (let t = 0; t < 60_000; t += 100) expect(budget.take(t)).toBe('ok');
  });

  it('calls it flooding after 200 refusals within ten seconds', () => {
    const budget = messageBudget({ perSecond: 20, burst: 40, floodLimit: 200, floodWindowMs: 10_000 });
    const verdicts = Array.from({ length: 241 }, () => budget.take(0));
    expect(verdicts.at(-2)).toBe('over');
    expect(verdicts.at(-1)).toBe('flooding');
  });
});
