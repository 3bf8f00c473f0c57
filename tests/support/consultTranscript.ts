/**
 * The consultations of a run as a readable transcript: who stood where on which paragraph and in
 * what words, how the penholder redrafted, who broke silence, and what the President read.
 */
import type { GameState, Scenario } from '../../src/engine';
import { stageOf, wording } from '../../src/engine/consultations';

export function consultTranscript(scenario: Scenario, state: GameState): string {
  const stage = stageOf(scenario);
  const name = (id: string) => (id === state.seat ? `YOU (${scenario.delegations.find((d) => d.id === id)?.shortName})` : scenario.delegations.find((d) => d.id === id)?.shortName ?? id);
  const label = (element: string) => `“${stage.elements.get(element)?.label ?? element}”`;
  const version = (element: string, v: string | null) => (v === null ? 'as drafted' : v === 'compromise' ? `the President's compromise “${stage.elements.get(element)!.compromise!.label}”` : `“${stage.amendments.get(v)!.amendment.label}”`);
  const issue = (why: string | undefined) => (!why ? '' : why === 'keepOut' ? ' (its capital wants it kept out)' : why.startsWith('needs:') ? ` (a text without ${label(why.slice(6))})` : why === 'temper' ? ' (the mood in the room)' : ` (over ${scenario.issues.find((i) => i.id === why)?.label ?? why})`);
  const out: string[] = [`# Consultations (what-if): ${scenario.delegations.find((d) => d.id === state.seat)?.shortName} (${state.seat}), seed ${state.seed}`];
  for (const e of state.log) {
    switch (e.type) {
      case 'consultStage': out.push('', e.stage === 'round' ? `## Round ${e.round} of ${stage.section.rounds}` : e.stage === 'silence' ? '## Under silence' : '## The silence procedure ends'); break;
      case 'consultMove': {
        const target = e.target ? (stage.amendments.has(e.target) ? `${label(stage.amendments.get(e.target)!.element.id)} → “${stage.amendments.get(e.target)!.amendment.label}”` : label(e.target)) : '';
        const words = e.text ? `: ${e.text}` : '';
        const what = {
          begin: 'circulates draft elements', agree: 'agrees to the draft as it stands', amend: `asks to amend ${target}`, insist: `insists on ${target}`,
          object: `objects to ${target}`, keep: 'keeps the draft as it stands', compromise: `offers compromise language on ${target}`, drop: `takes out ${target}`,
          silent: 'keeps silent', break: e.target ? `breaks silence on ${target}` : 'breaks silence on the whole text',
        }[e.move];
        out.push(`  ${name(e.seat)} ${what}${issue(e.why)}${words}`);
        break;
      }
      case 'redraft':
        out.push(e.changes.length ? `  The penholder redrafts: ${e.changes.map((c) => `${label(c.element)} ${c.out ? 'is taken out' : `now reads ${version(c.element, c.to)}`} (asked by ${c.by.map(name).join(', ')})`).join('; ')}` : '  The penholder keeps the draft as it stands.');
        break;
      case 'pressElements':
        out.push('', e.agreed.length ? '## Read to the press by the President' : '## Nothing is read to the press');
        e.agreed.forEach((p, i) => out.push(`  ${i + 1}. ${wording(stage, p)!.text}`));
        for (const b of e.blocked) out.push(`  ${b.element ? label(b.element) : 'The whole text'} ${b.silence ? 'fell when silence was broken by' : 'was taken out over the objections of'} ${b.by.map(name).join(', ') || 'nobody'}`);
        break;
      default: break;
    }
  }
  const brief = stage.briefs.get(state.seat);
  const r = state.result?.elements;
  if (brief && r) {
    out.push('');
    brief.objectives.forEach((o, i) => out.push(`  [${r.objectives[i]!.met ? 'met' : 'missed'}] ${o.text}`));
    brief.redLines.forEach((o, i) => out.push(`  [${r.redLines[i]!.crossed ? 'CROSSED' : 'kept'}] red line: ${o.text}`));
  }
  return `${out.join('\n')}\n`;
}
