/** A seat's recorded statement: what its delegation actually argued, as the scenario's options. */
import { statementBudget, topicsFor, type Scenario } from '../../src/engine';

/**
 * Per topic, the first option offered to the seat that follows its own delegation's record
 * (`basis: record`, a `record` naming it), in topic order while it fits the speaking time. Seats
 * whose statement was not found get none.
 */
export function recordedStatement(scenario: Scenario, seat: string): Record<string, string> {
  const d = scenario.delegations.find((x) => x.id === seat)!;
  const picks: Record<string, string> = {};
  let seconds = 0;
  for (const { topic, options } of topicsFor(scenario, seat)) {
    const o = options.find((x) => x.basis === 'record' && (x.record ?? '').includes(d.shortName));
    if (o && seconds + o.seconds <= statementBudget(scenario)) { picks[topic.id] = o.id; seconds += o.seconds; }
  }
  return picks;
}
