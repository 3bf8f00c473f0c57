/**
 * Why a meter moved, in the game's words: "Escalation +7, now 64 (Heated): you said “Name the
 * violation” — ¶6, ¶14". The meeting screen shows these after every step; the debrief reads them back.
 */
import { bandOf, type Debrief, type GameEvent, type Scenario, type Trade } from '../engine';
import { labelled, list, t, type MessageKey } from './i18n';
import { sourced } from './jargon';
import { meterLabel, shortNameOf } from './names';

export type MeterEvent = Extract<GameEvent, { type: 'meter' }>;

function optionLabel(s: Scenario, id: string): string {
  const all = [...s.topics.flatMap((tp) => tp.options), ...s.presidency.options, ...s.rightOfReply.options];
  return all.find((o) => o.id === id)?.label ?? id;
}

export function causeText(s: Scenario, seat: string, e: MeterEvent): string {
  const c = e.cause;
  switch (c.kind) {
    case 'option': return t('cause.option', { label: optionLabel(s, c.option) });
    case 'overclaim': return t('cause.overclaim', { label: optionLabel(s, c.option) });
    case 'chair': return t(s.presidency.seat === seat ? 'cause.chairYou' : 'cause.chair', { label: optionLabel(s, c.option) });
    case 'reply': return t('cause.reply', { label: optionLabel(s, c.option) });
    case 'news': return t('cause.news', { headline: s.news.find((n) => n.id === c.news)?.headline ?? '' });
    case 'speech': return t('cause.speech', { name: shortNameOf(s, c.delegation) });
    case 'heard': return t('cause.heard', { name: shortNameOf(s, c.delegation), label: optionLabel(s, c.option) });
    case 'reaction': return t(`cause.reaction.${c.reaction}` as MessageKey, { name: shortNameOf(s, c.delegation) });
  }
}

/** A meter's move in words ("Escalation +4, now 59 (Heated)" as the locale orders it), and who joined or left. */
function moveVars(s: Scenario, e: MeterEvent) {
  const delta = e.to - e.from;
  return { meter: meterLabel(s, e.meter), delta: `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`, to: e.to, band: bandOf(s, e.meter, e.to) };
}

function whoMoved(s: Scenario, e: MeterEvent): string[] {
  const parts: string[] = [];
  if (e.joined?.length) parts.push(t('cause.joined', { names: list(e.joined.map((d) => shortNameOf(s, d))) }));
  if (e.left?.length) parts.push(t('cause.left', { names: list(e.left.map((d) => shortNameOf(s, d))) }));
  return parts;
}

export function changeLine(s: Scenario, seat: string, e: MeterEvent): string {
  const parts = [t('cause.line', { ...moveVars(s, e), cause: causeText(s, seat, e) }), ...whoMoved(s, e)];
  if (e.citations.length) parts.push(`— ${sourced(e.citations)}`);
  return parts.join(' ');
}

/**
 * What one cause moved, in one line: "France welcomed your statement: Escalation −3, now 73
 * (Heated); Credibility +4, now 65 (Credible)". Changes come grouped by their cause, in order.
 */
export function causeLines(s: Scenario, seat: string, events: MeterEvent[]): string[] {
  const groups: { cause: string; events: MeterEvent[] }[] = [];
  for (const e of events) {
    const cause = causeText(s, seat, e);
    const last = groups.at(-1);
    if (last && last.cause === cause) last.events.push(e);
    else groups.push({ cause, events: [e] });
  }
  return groups.map(({ cause, events: es }) => {
    const moves = es.map((e) => [t('cause.move', moveVars(s, e)), ...whoMoved(s, e)].join(' '));
    const cited = [...new Set(es.flatMap((e) => e.citations))];
    return `${labelled(`${cause.charAt(0).toUpperCase()}${cause.slice(1)}`, moves.join('; '))}${cited.length ? ` — ${sourced(cited)}` : ''}`;
  });
}

/** A trade as it happened: "“X” raised Coalition by 2, at a cost: it raised Escalation by 4." */
export function tradeLine(s: Scenario, d: Debrief, tr: Trade): string {
  const c = d.choices.find((x) => x.option === tr.option);
  const moved = (ms: string[]) => list(ms.map((m) => {
    const n = c?.net[m] ?? 0;
    return t(n > 0 ? 'debrief.raised' : 'debrief.lowered', { meter: meterLabel(s, m), n: Math.abs(n) });
  }));
  return t('debrief.trade', { label: c?.label ?? tr.option, gained: moved(tr.gained), paid: moved(tr.paid) });
}
