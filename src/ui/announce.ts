/**
 * Turns the events of the last step into one polite announcement: who spoke, and how the meters
 * moved, so a screen-reader user hears what a sighted player sees change.
 */
import { bandOf, spokenText, type GameEvent, type Scenario } from '../engine';
import { list, t, type MessageKey } from './i18n';
import { meterLabel, shortNameOf } from './names';

export function announcement(s: Scenario, seat: string, events: GameEvent[]): string {
  const parts: string[] = [];
  for (const e of events) {
    if (e.type === 'speech' && e.text && e.speaker !== seat) parts.push(t('announce.speech', { name: shortNameOf(s, e.speaker), text: spokenText(s, seat, [], e) }));
    // A response to the player (agreeing, pushing back, attacking, answering a reply) is heard too, with what kind it is.
    if (e.type === 'response') parts.push(t('announce.response', { name: shortNameOf(s, e.speaker), kind: t(`meeting.response.${e.response}` as MessageKey), text: spokenText(s, seat, [], e) }));
    if (e.type === 'news') parts.push(t('meeting.news', { headline: s.news.find((n) => n.id === e.news)?.headline ?? '' }));
  }
  // One line per meter: where it started this step and where it ended.
  const net = new Map<string, { from: number; to: number; joined: string[]; left: string[] }>();
  for (const e of events) {
    if (e.type !== 'meter') continue;
    const m = net.get(e.meter) ?? { from: e.from, to: e.from, joined: [], left: [] };
    m.to = e.to;
    m.joined.push(...(e.joined ?? []));
    m.left.push(...(e.left ?? []));
    net.set(e.meter, m);
  }
  for (const [meter, m] of net) {
    if (m.to !== m.from) {
      const key = m.to > m.from ? 'announce.rose' : 'announce.fell';
      parts.push(t(key, { label: meterLabel(s, meter), from: m.from, to: m.to, band: bandOf(s, meter, m.to) }));
    }
    const joined = m.joined.filter((d) => !m.left.includes(d));
    const left = m.left.filter((d) => !m.joined.includes(d));
    if (joined.length) parts.push(t('announce.joined', { names: list(joined.map((d) => shortNameOf(s, d))) }));
    if (left.length) parts.push(t('announce.left', { names: list(left.map((d) => shortNameOf(s, d))) }));
  }
  return parts.join(' ');
}
