/**
 * A connection's message budget: `perSecond` on average with a burst of `burst`. A message over
 * budget is refused; a connection that keeps going over (more than `floodLimit` refusals within
 * `floodWindowMs`) is to be disconnected. Time is passed in, so the rule is tested without a clock.
 */
export interface Budget { take(now: number): 'ok' | 'over' | 'flooding'; }

export function messageBudget({ perSecond = 20, burst = 40, floodLimit = 200, floodWindowMs = 10_000 } = {}): Budget {
  let tokens = burst;
  let last = -Infinity;
  let windowStart = 0;
  let overInWindow = 0;
  return {
    take(now) {
      tokens = Math.min(burst, tokens + ((now - Math.max(last, now - 60_000)) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) { tokens -= 1; return 'ok'; }
      if (now - windowStart > floodWindowMs) { windowStart = now; overInWindow = 0; }
      overInWindow += 1;
      return overInWindow > floodLimit ? 'flooding' : 'over';
    },
  };
}
