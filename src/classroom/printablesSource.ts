/**
 * The teacher's notes say what each option follows in the record, or why it is a design
 * assumption. The built site leaves those words out of the scenario every student downloads, so
 * `npm run guide` keeps them in src/classroom/printablesBasis.ts, which only the printables load.
 */
import type { Scenario } from '../engine';

/** One entry per option that rests on the record ("r:SC/15877, China") or on an assumption ("a:why"). */
export function optionBasisTable(s: Scenario): Record<string, string> {
  const table: Record<string, string> = {};
  for (const topic of s.topics) {
    for (const o of topic.options) {
      if (o.basis === 'record' && o.record) table[o.id] = `r:${o.record}`;
      else if (o.basis === 'assumption' && o.rationale) table[o.id] = `a:${o.rationale}`;
    }
  }
  return table;
}

export function optionBasisModule(s: Scenario): string {
  return `/** Written by \`npm run guide\` from the scenario (see printablesSource.ts): do not edit. */\nconst basis: Record<string, string> = ${JSON.stringify(optionBasisTable(s), null, 1)};\nexport default basis;\n`;
}
