/**
 * What has been said so far, as an ordered list the player can read back at any time. Another
 * delegation's speech shows its first sentence; the rest is one keypress away, so the main path of
 * a game stays short enough for a lesson.
 */
import { spokenText, type GameEvent, type Scenario } from '../../engine';
import { h, type View } from '../dom';
import { openGlossary } from '../focus';
import { t, type MessageKey } from '../i18n';
import { jargon } from '../jargon';
import { nameOf } from '../names';

/**
 * The first sentence and the rest, split after a full stop, question or exclamation mark followed
 * by a space and a capital, an opening quote or an Arabic letter (not the full stop of a title such
 * as "Mr." or "M."), or after Chinese and Japanese full stops, which need no space.
 */
export function firstSentence(text: string): [string, string] {
  const m = /^(.+?(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|M|Sr|Sra|Г|г-н|г-жа))[.!?…؟][”"’)»]?)\s+(?=[\p{Lu}“"‘(«\p{Script=Arabic}])/u.exec(text)
    ?? /^(.+?[。！？][”」』）]?)(?=\S)/u.exec(text);
  return m ? [m[1]!, text.slice(m[0].length)] : [text, ''];
}

function spoken(s: Scenario, text: string, statement = false): View[] {
  // A student's statement in a class meeting opens with the salutation: it leads with its first position.
  const paragraphs = text.split('\n\n');
  const [first, rest] = statement && paragraphs.length > 2 ? [paragraphs[1]!, [paragraphs[0], ...paragraphs.slice(2)].join(' ')] : firstSentence(text);
  const j = (x: string) => jargon(s, x, openGlossary);
  if (!rest) return [h('p', {}, j(text))];
  return [h('p', {}, j(first)), h('details', { class: 'full-speech' }, h('summary', {}, t('meeting.fullSpeech')), h('p', {}, j(rest)))];
}

/** The label of the player's position a response answers, so the reader sees what it is answering. */
function answered(s: Scenario, option: string | undefined): string | null {
  if (!option) return null;
  for (const tp of s.topics) for (const o of tp.options) if (o.id === option) return o.label;
  return null;
}

/** Who attacked the player by name, in order: a right of reply names them. */
export const attackersIn = (log: readonly GameEvent[]) => log.flatMap((e) => (e.type === 'attacked' ? [e.by] : []));

/**
 * `standIns`: in a class meeting, seats held by students whose words here are the computer's, said to be so.
 * Every speech is read in the scenario's language (spokenText), whatever language it was played in.
 */
export function transcriptItem(s: Scenario, seat: string, e: GameEvent, follows = false, standIns?: ReadonlySet<string>, attackedBy: readonly string[] = []): View | null {
  const standIn = (who: string) => (standIns?.has(who) ? h('span', { class: 'stand-in' }, ` ${t('live.standIn')}`) : null);
  switch (e.type) {
    case 'narration':
      return h('li', { class: 'narration' }, h('span', { class: 'speaker' }, t('meeting.narration')), h('p', {}, spokenText(s, seat, attackedBy, e)));
    case 'news': {
      const news = s.news.find((n) => n.id === e.news)!;
      return h('li', { class: 'news' }, h('span', { class: 'speaker' }, t('meeting.news', { headline: news.headline })), h('p', {}, news.text));
    }
    case 'speech': {
      if (!e.text) return null;
      const text = spokenText(s, seat, attackedBy, e);
      const mine = e.speaker === seat;
      const who = e.reaction === 'chair' || e.reaction === 'close'
        ? (mine ? t('meeting.youPreside') : `${t('meeting.chair')} (${nameOf(s, e.speaker)})`)
        : mine ? t(e.reaction === 'reply' ? 'meeting.youReply' : 'meeting.you', { name: nameOf(s, seat) }) : nameOf(s, e.speaker);
      return h('li', { class: `speech ${e.reaction}${e.attack ? ' attack' : ''}` },
        h('span', { class: 'speaker' }, who, e.reaction === 'reply' ? standIn(e.speaker) : null),
        e.attack ? h('span', { class: 'badge badge-rebut' }, t('meeting.attacks')) : null,
        mine || e.reaction === 'close' || e.reaction === 'chair' ? h('p', {}, text) : spoken(s, text, e.reaction === 'heard'));
    }
    case 'response':
      return h('li', { class: `speech response ${e.response}${e.attack ? ' attack' : ''}` },
        // Right after its own speech the speaker is plain to see; a screen reader still hears who.
        h('span', { class: follows && !standIns?.has(e.speaker) ? 'speaker visually-hidden' : 'speaker' }, nameOf(s, e.speaker), standIn(e.speaker)),
        h('span', { class: `badge ${e.response === 'align' ? 'badge-align' : 'badge-rebut'}` }, answered(s, e.answers)
          ? t(`meeting.response.${e.response}On` as MessageKey, { position: answered(s, e.answers)! })
          : t(`meeting.response.${e.response}` as MessageKey)),
        h('p', {}, spokenText(s, seat, attackedBy, e)));
    case 'statement':
      return h('li', { class: 'speech statement' },
        h('span', { class: 'speaker' }, t('meeting.yourStatement', { seconds: e.seconds, budget: s.rules.speakingTime.budget - s.rules.speakingTime.frame })),
        spokenText(s, seat, attackedBy, e).split('\n\n').map((p) => h('p', {}, p)));
    default:
      return null;
  }
}

/** Who last took the floor before this point of the log. */
function saidLast(log: GameEvent[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = log[k]!;
    if (e.type === 'speech') return e.speaker;
    if (e.type === 'statement' || e.type === 'response') return null;
  }
  return null;
}

const shown = (e: GameEvent) => e.type === 'speech' || e.type === 'narration' || e.type === 'news' || e.type === 'statement' || e.type === 'response';

/**
 * `attackedBy`: those a right of reply in this stretch names, from the whole game (a stretch of the
 * log, such as what the last step said, may not hold the attacks themselves).
 */
export function transcript(s: Scenario, seat: string, log: GameEvent[], id = 'transcript-heading', title = t('meeting.transcript'), standIns?: ReadonlySet<string>, attackedBy: readonly string[] = attackersIn(log)): View | null {
  if (!log.some(shown)) return null;
  const attackers = attackedBy;
  return h('section', { class: 'transcript-section', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('ol', { class: 'transcript' }, log.map((e, i) => transcriptItem(s, seat, e, e.type === 'response' && saidLast(log, i) === e.speaker, standIns, attackers))),
  );
}

/**
 * The log split into what came before and what the last step that said anything said: every speech
 * is on screen when it is said, even when that step also moved the meeting to its next stage.
 */
export function splitAtLastSaid(game: { log: GameEvent[]; saidFrom: number }): [GameEvent[], GameEvent[]] {
  return [game.log.slice(0, game.saidFrom), game.log.slice(game.saidFrom)];
}
