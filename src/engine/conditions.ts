/**
 * Conditions (objectives, red lines, outcome rules, line choices) compiled once into closures over
 * a Situation, so the audit can test millions of runs without re-reading the scenario.
 */
import type { Model } from './model';
import type { Situation } from './situation';
import type { Condition } from './scenario/schema';

export type Predicate = (sit: Situation) => boolean;

const compiledConditions = new WeakMap<Condition, Predicate>();

export function compileCondition(model: Model, cond: Condition): Predicate {
  const cached = compiledConditions.get(cond);
  if (cached) return cached;
  const predicate = build(model, cond);
  compiledConditions.set(cond, predicate);
  return predicate;
}

function between(value: number, c: Condition): boolean {
  return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
}

function build(model: Model, c: Condition): Predicate {
  const need = (map: Map<string, number>, id: string) => {
    const i = map.get(id);
    if (i === undefined) throw new Error(`condition names unknown id "${id}" (the scenario loader should have caught this)`);
    return i;
  };
  const alignAt = model.scenario.rules.alignAt;
  if (c.always) return () => true;
  if (c.all) {
    const parts = c.all.map((x) => compileCondition(model, x));
    return (s) => { for (let i = 0; i < parts.length; i++) if (!parts[i]!(s)) return false; return true; };
  }
  if (c.any) {
    const parts = c.any.map((x) => compileCondition(model, x));
    return (s) => { for (let i = 0; i < parts.length; i++) if (parts[i]!(s)) return true; return false; };
  }
  if (c.not) { const inner = compileCondition(model, c.not); return (s) => !inner(s); }
  if (c.meter !== undefined) { const i = need(model.meterIndex, c.meter); return (s) => between(s.meters[i]!, c); }
  if (c.stance !== undefined) { const i = need(model.issueIndex, c.stance); return (s) => between(s.stance[i]!, c); }
  if (c.alignedOf !== undefined) {
    const ds = c.alignedOf.map((id) => need(model.delegationIndex, id));
    return (s) => {
      let n = 0;
      for (const d of ds) if (d !== s.seat && s.support[d]! >= alignAt) n++;
      return between(n, c);
    };
  }
  if (c.aligned !== undefined) { const d = need(model.delegationIndex, c.aligned); return (s) => d !== s.seat && s.support[d]! >= alignAt; }
  if (c.chose !== undefined) { const o = need(model.optionIndex, c.chose); return (s) => s.chosen[o] === 1; }
  if (c.addressed !== undefined) { const t = need(model.topicIndex, c.addressed); return (s) => s.addressed[t] === 1; }
  if (c.attacked !== undefined) { const want = c.attacked; return (s) => s.attacked === want; }
  if (c.overclaimed !== undefined) { const want = c.overclaimed; return (s) => (s.overclaims > 0) === want; }
  if (c.news !== undefined) { const n = model.scenario.news.findIndex((x) => x.id === c.news); return (s) => s.news === n; }
  if (c.named !== undefined) { const d = need(model.delegationIndex, c.named); return (s) => s.named[d]! > 0; }
  if (c.seat !== undefined) { const d = need(model.delegationIndex, c.seat); return (s) => s.seat === d; }
  throw new Error('empty condition (the scenario loader should have caught this)');
}
