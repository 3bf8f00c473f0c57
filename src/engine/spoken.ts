/**
 * The words of a logged speech in the scenario's own language. A game's log keeps the text as it was
 * said and what it was said from (a line and its variant, the President's sentence, the options of a
 * statement), so the same game reads in French on one screen and in Arabic on another, and a save
 * outlives a change of language. A speech logged before these ids were kept reads as it was said.
 */
import type { Scenario } from './scenario/schema';
import type { GameEvent } from './types';
import { nameAttackers, withPlayer } from './meeting';
import { composeStatement } from './statement';

type Said = Extract<GameEvent, { type: 'narration' | 'speech' | 'response' | 'statement' }>;

/** `seat`: the player's delegation ({player}); `attackedBy`: those a right of reply names ({attackers}). */
export function spokenText(s: Scenario, seat: string, attackedBy: readonly string[], e: Said): string {
  const found = said(s, seat, attackedBy, e);
  return found ?? e.text;
}

function said(s: Scenario, seat: string, attackedBy: readonly string[], e: Said): string | undefined {
  switch (e.type) {
    case 'narration': return e.at === undefined ? undefined : s.presidency.opening[e.at];
    case 'statement': return composeStatement(s, seat, e.options, e.closing);
    case 'response': return e.variant === undefined ? undefined : lineText(s, seat, e.speaker, e.line, e.variant);
    case 'speech':
      switch (e.reaction) {
        case 'chair': return s.presidency.options.find((o) => o.id === e.line)?.text;
        case 'briefing': return e.variant === undefined ? undefined : withVariant(s, seat, s.briefing.variants, e.variant);
        case 'own': return e.variant === undefined || !e.line ? undefined : lineText(s, seat, e.speaker, e.line, e.variant);
        case 'reply': { const o = s.rightOfReply.options.find((x) => x.id === e.line); return o ? nameAttackers(s, [...attackedBy], o.text) : undefined; }
        case 'close': return e.line ? s.presidency.closingOptions?.find((o) => o.id === e.line)?.text : e.at === undefined ? undefined : s.presidency.closing[e.at];
        case 'heard': return e.options ? composeStatement(s, e.speaker, e.options, e.closing ?? '') : undefined;
      }
  }
  return undefined;
}

function withVariant(s: Scenario, seat: string, variants: readonly string[], variant: number): string | undefined {
  const text = variants[variant];
  return text === undefined ? undefined : withPlayer(s, seat, text);
}

function lineText(s: Scenario, seat: string, speaker: string, lineId: string, variant: number): string | undefined {
  const speech = s.delegations.find((d) => d.id === speaker)?.speech;
  if (!speech) return undefined;
  for (const lines of Object.values(speech)) {
    const line = lines.find((l) => l.id === lineId);
    if (line) return withVariant(s, seat, line.variants, variant);
  }
  return undefined;
}
