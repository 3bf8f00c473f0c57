/** What has been said so far, as an ordered list the player can read back at any time. */
import type { GameEvent, Scenario } from '../../engine';
import { h } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';

export function transcriptItem(s: Scenario, seat: string, e: GameEvent): HTMLElement | null {
  switch (e.type) {
    case 'narration':
      return h('li', { class: 'narration' }, h('span', { class: 'speaker' }, t('meeting.narration')), h('p', {}, e.text));
    case 'news': {
      const news = s.news.find((n) => n.id === e.news)!;
      return h('li', { class: 'news' }, h('span', { class: 'speaker' }, t('meeting.news', { headline: news.headline })), h('p', {}, news.text));
    }
    case 'speech': {
      if (!e.text) return null;
      const who = e.speaker === seat ? t('meeting.you', { name: nameOf(s, seat) })
        : e.reaction === 'chair' ? `${t('meeting.chair')} (${nameOf(s, e.speaker)})` : nameOf(s, e.speaker);
      const badges = [
        e.reaction === 'align' ? t('meeting.aligns') : null,
        e.reaction === 'rebut' ? t('meeting.rebuts') : null,
        e.attack ? t('meeting.attacks') : null,
      ].filter((x): x is string => x !== null);
      return h('li', { class: `speech ${e.reaction}${e.attack ? ' attack' : ''}` },
        h('span', { class: 'speaker' }, who),
        badges.map((b) => h('span', { class: `badge ${b === t('meeting.aligns') ? 'badge-align' : 'badge-rebut'}` }, b)),
        h('p', {}, e.text));
    }
    case 'statement':
      return h('li', { class: 'speech statement' },
        h('span', { class: 'speaker' }, t('meeting.yourStatement', { seconds: e.seconds })),
        e.text.split('\n\n').map((p) => h('p', {}, p)));
    default:
      return null;
  }
}

export function transcript(s: Scenario, seat: string, log: GameEvent[]): HTMLElement | null {
  if (!log.some((e) => e.type === 'speech' || e.type === 'narration' || e.type === 'news' || e.type === 'statement')) return null;
  return h('section', { class: 'transcript-section', 'aria-labelledby': 'transcript-heading' },
    h('h2', { id: 'transcript-heading' }, t('meeting.transcript')),
    h('ol', { class: 'transcript' }, log.map((e) => transcriptItem(s, seat, e))),
  );
}
