/** Composes the player's statement in the order a delegate would deliver it. */
import type { Scenario } from './scenario/schema';

/**
 * Whitespace folded, control and direction-override characters dropped: the closing sentence is
 * quoted back verbatim. Zero-width joiners stay, or family emoji and some scripts fall apart.
 */
export function cleanClosing(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function composeStatement(s: Scenario, seat: string, optionIds: string[], closing: string): string {
  const frame = s.statementFrame;
  const presiding = seat === s.presidency.seat;
  const byId = new Map(s.topics.flatMap((t) => t.options.map((o) => [o.id, o.text] as const)));
  const order = new Map(s.topics.flatMap((t, ti) => t.options.map((o) => [o.id, ti] as const)));
  const body = [...optionIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => byId.get(id) ?? '');
  // Chinese and Japanese put no space between sentences.
  const gap = /^(zh|ja)\b/.test(s.meta.language ?? 'en') ? '' : ' ';
  const paragraphs = [
    presiding ? `${frame.nationalCapacity}${gap}${frame.thanksBriefer}` : `${frame.salutation}${gap}${frame.thanksBriefer}`,
    ...body,
    ...(closing ? [closing] : []),
    // The President speaks in its national capacity, then takes the chair back.
    presiding ? `${frame.closing}${gap}${frame.resumePresidency}` : frame.closing,
  ];
  return paragraphs.join('\n\n');
}
