/**
 * "What if": the same meeting (seat, seed, every other choice) with one choice changed. The run
 * is replayed through the engine, so the other trajectory follows exactly the same rules.
 */
import type { Scenario } from './scenario/schema';
import { applyChoice, availableChoices, newGame } from './game';
import type { Choice, GameState } from './types';

export type Change = { topic: string; option: string | null } | { reply: string } | { chair: string };

export type WhatIf =
  | { ok: true; state: GameState; assumedReply: string | null }
  | { ok: false; reason: string };

function changed(choices: Choice[], change: Change): Choice[] {
  if ('topic' in change) {
    const deliver = choices.findIndex((c) => c.type === 'deliver');
    const kept = choices.filter((c, i) => !(i < deliver && c.type === 'pick' && c.topic === change.topic));
    const at = kept.findIndex((c) => c.type === 'deliver');
    return [...kept.slice(0, at), { type: 'pick', topic: change.topic, option: change.option }, ...kept.slice(at)];
  }
  if ('reply' in change) return choices.map((c) => (c.type === 'reply' ? { type: 'reply', option: change.reply } : c));
  return choices.map((c) => (c.type === 'chair' ? { type: 'chair', option: change.chair } : c));
}

export function whatIf(scenario: Scenario, state: GameState, change: Change): WhatIf {
  if (state.phase !== 'outcome') return { ok: false, reason: 'the meeting is not over yet' };
  const choices = changed(state.choices, change);
  const reply = state.choices.find((c) => c.type === 'reply');
  let run = newGame(scenario, state.seat, state.seed, state.mode);
  for (const choice of choices) {
    // A changed statement can spare the player an attack; the reply then never happens.
    if (choice.type === 'reply' && run.phase !== 'rightOfReply') continue;
    const step = applyChoice(scenario, run, choice);
    if (!step.ok) return { ok: false, reason: step.error.message };
    run = step.state;
  }
  let assumedReply: string | null = null;
  // ...or draw one the real run did not: then the player is assumed to reply as before, or to let it pass.
  while (run.phase !== 'outcome') {
    const options = availableChoices(scenario, run);
    const next = run.phase === 'rightOfReply'
      ? (reply?.type === 'reply' ? reply : options[0]!)
      : options.find((c) => c.type === 'continue') ?? options[0]!;
    if (next.type === 'reply') assumedReply = next.option;
    const step = applyChoice(scenario, run, next);
    if (!step.ok) return { ok: false, reason: step.error.message };
    run = step.state;
  }
  return { ok: true, state: run, assumedReply };
}
