/**
 * Renders a run as a readable transcript: what was said, what moved and why. Golden playthroughs
 * are stored in this form, so a change to the rules or the scenario shows up as a readable diff.
 */
import { debrief, type GameEvent, type GameState, type Scenario } from '../../src/engine';

const cite = (paragraphs: number[]) => (paragraphs.length ? ` [¶${paragraphs.join(', ¶')}]` : '');

export function transcript(scenario: Scenario, state: GameState): string {
  const name = (id: string) => scenario.delegations.find((d) => d.id === id)?.shortName ?? id;
  const out: string[] = [`# ${name(state.seat)} (${state.seat}), seed ${state.seed}`, ''];
  const start = state.history[0]!.meters;
  out.push(`Start: ${scenario.meters.map((m) => `${m.id} ${start[m.id]}`).join(', ')}`);
  const why = (e: Extract<GameEvent, { type: 'meter' }>) => {
    const c = e.cause;
    switch (c.kind) {
      case 'option': case 'chair': case 'reply': return `${c.kind} ${c.option}`;
      case 'overclaim': return `overclaim in ${c.option} (${c.facts.join(', ')})`;
      case 'news': return `news ${c.news}`;
      case 'speech': return `${name(c.delegation)} speaks`;
      case 'heard': return `${name(c.delegation)} said ${c.option}`;
      case 'reaction': return `${name(c.delegation)} ${{ align: 'aligns', rebut: 'pushes back', attack: 'attacks you', answer: 'answers your reply' }[c.reaction]}`;
    }
  };
  for (const e of state.log) {
    switch (e.type) {
      case 'phase': out.push('', `## ${e.phase}`); break;
      case 'narration': out.push(`  (${e.text})`); break;
      case 'news': out.push(`  NEWS: ${scenario.news.find((n) => n.id === e.news)!.headline}`); break;
      case 'speech': {
        const tag = { own: '', briefing: ' briefs', chair: ' (chair)', reply: ' (right of reply)', close: ' (President, closing)', heard: ' (a student\'s statement)' }[e.reaction];
        out.push(`  ${name(e.speaker)}${tag}${e.attack ? ', attacking you' : ''}: ${e.text || '(no line)'}`);
        break;
      }
      case 'response': {
        const tag = { align: 'on your statement', rebut: 'pushing back on your statement', attack: 'ATTACKING YOU', answer: 'answering your reply' }[e.response];
        const on = e.answers ? `, answering your “${scenario.topics.flatMap((t) => t.options).find((o) => o.id === e.answers)?.label ?? e.answers}”` : '';
        out.push(`    ↳ ${name(e.speaker)}, ${tag}${on} (strength ${e.strength}): ${e.text}`);
        break;
      }
      case 'statement':
        out.push(`  YOUR STATEMENT (${e.seconds} s):`, ...e.text.split('\n\n').map((p) => `  > ${p}`));
        break;
      case 'meter': {
        const who = e.joined?.length || e.left?.length
          ? ` ${[...(e.joined ?? []).map((d) => `+${d}`), ...(e.left ?? []).map((d) => `-${d}`)].join(' ')}` : '';
        out.push(`      ${e.meter} ${e.from} → ${e.to} (${why(e)})${who}${cite(e.citations)}`);
        break;
      }
      case 'attacked': break;
      case 'outcome': break;
    }
  }
  const d = debrief(scenario, state);
  if (d) {
    out.push('', `## Outcome: ${d.outcome.title}`, `  "${d.outcome.headline}"`);
    out.push(`  Final: ${scenario.meters.map((m) => `${m.id} ${d.finalMeters[m.id]}`).join(', ')}; standing with you: ${d.aligned.join(', ') || 'nobody'}`);
    for (const o of d.objectives) out.push(`  [${o.met ? 'met' : 'missed'}] ${o.text}`);
    for (const r of d.redLines) out.push(`  [${r.crossed ? 'CROSSED' : 'kept'}] red line: ${r.text}`);
    for (const t of d.trades) out.push(`  trade: ${t.option} gained ${t.gained.join(', ')} and paid in ${t.paid.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
