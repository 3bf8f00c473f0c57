/** The meeting: the chair's opening, the speakers' list, your turn, rule 37, right of reply. */
import { isPresiding, nameAttackers, spokenText, nextGroup, repliesFor, type GameState, type Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { choose, toggleHelp } from '../../store/gameStore';
import { causeLines, type MeterEvent } from '../causes';
import { h, type View } from '../dom';
import { list, t, type MessageKey } from '../i18n';
import { nameOf, shortNameOf } from '../names';
import { helpPanel } from '../parts/reference';
import { optionText, statementBuilder } from './builder';
import { firstSentence, splitAtLastSaid, transcript } from './transcript';

function optionForm(id: string, legend: string, options: { id: string; label: string; text: string }[], button: string, act: (option: string) => void) {
  return h('form', {
    class: 'option-form', id,
    onsubmit: (event: Event) => {
      event.preventDefault();
      const picked = ((event.currentTarget as HTMLFormElement).querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value;
      if (picked) act(picked);
    },
  },
  h('fieldset', {},
    h('legend', {}, legend),
    options.map((o, i) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: `${id}-option`, id: `${id}-${o.id}`, value: o.id, defaultChecked: i === 0 }),
      h('label', { for: `${id}-${o.id}` }, h('strong', {}, o.label), optionText(o.text))))),
  h('button', { type: 'submit', class: 'primary', id: `${id}-submit` }, button));
}

function quoteStart(text: string): string {
  const [first, rest] = firstSentence(text);
  return rest ? `${first} …` : first;
}

function action(s: Scenario, game: GameState, state: AppState): View | null {
  switch (game.phase) {
    case 'opening':
      if (isPresiding(s, game)) {
        return h('div', { class: 'action' },
          h('p', {}, t('meeting.chairPrompt')),
          optionForm('chair', t('meeting.chairHeading'), s.presidency.options, t('meeting.chairDo'), (option) => choose({ type: 'chair', option })));
      }
      return h('button', { id: 'continue', class: 'primary', onclick: () => choose({ type: 'continue' }) }, t('meeting.openMeeting', { name: shortNameOf(s, s.presidency.seat) }));
    case 'speakers': case 'reactions': case 'rule37': {
      const next = nextGroup(s, game);
      return h('button', { id: 'continue', class: 'primary', onclick: () => choose({ type: 'continue' }) },
        next.length === 1 ? t('meeting.continueNext', { name: shortNameOf(s, next[0]!) })
          : next.length > 1 ? t('meeting.continueGroup', { names: list(next.map((d) => shortNameOf(s, d))) }) : t('meeting.continue'));
    }
    case 'playerTurn':
      return statementBuilder(s, game, state.builderTopic, state.closingDraft, state.projector);
    case 'rightOfReply': {
      const replies = repliesFor(s, game.seat).map((o) => ({ ...o, text: nameAttackers(s, game.attackedBy, o.text) }));
      // What each attacker said, in their own words: a reply answers words the player has read.
      const attacks = game.log.filter((e) => (e.type === 'speech' || e.type === 'response') && e.attack && game.attackedBy.includes(e.speaker));
      return h('div', { class: 'action' },
        h('p', {}, t('reply.by', { names: list(game.attackedBy.map((d) => nameOf(s, d))) })),
        h('ul', { class: 'attacks', id: 'attacks' }, attacks.map((e) => h('li', {},
          h('span', { class: 'speaker' }, nameOf(s, e.type === 'speech' || e.type === 'response' ? e.speaker : '')),
          // A response aimed at the player is quoted whole; a speech by its first sentence (it is all
          // under "Earlier in the meeting"), so the reply is a few key presses away.
          h('blockquote', {}, e.type === 'response' ? spokenText(s, game.seat, game.attackedBy, e) : e.type === 'speech' ? quoteStart(spokenText(s, game.seat, game.attackedBy, e)) : '')))),
        h('p', {}, s.rightOfReply.prompt),
        optionForm('reply', t('reply.heading'), replies, t('reply.take'), (option) => choose({ type: 'reply', option })));
    }
    case 'closing':
      return h('div', { class: 'action' },
        h('p', {}, t('meeting.closePrompt')),
        optionForm('adjourn', t('meeting.closeHeading'), s.presidency.closingOptions ?? [], t('meeting.closeDo'), (option) => choose({ type: 'adjourn', option })));
    default:
      return null;
  }
}

/** What the last step moved, and why, in words and numbers: the screen says it where it happens (and is silent when nothing moved). */
export function whatMoved(s: Scenario, game: GameState, events: AppState['lastEvents']): View | null {
  const changes = events.filter((e): e is MeterEvent => e.type === 'meter');
  if (changes.length === 0) return null;
  return h('section', { class: 'moved card', 'aria-labelledby': 'moved-heading' },
    h('h2', { id: 'moved-heading' }, t('moved.heading')),
    h('ul', {}, causeLines(s, game.seat, changes).map((line) => h('li', {}, line))));
}

/** What the last step said, newest last, just above what the player does next. */
export function justSaid(s: Scenario, game: GameState, title = t('meeting.now'), heardFrom: number | null = null): [View | null, View | null] {
  const [before, now] = splitAtLastSaid({ log: game.log, saidFrom: heardFrom ?? game.saidFrom });
  return [transcript(s, game.seat, now, 'transcript-heading', title, undefined, game.attackedBy), transcript(s, game.seat, before, 'earlier-heading', t('meeting.earlier'), undefined, game.attackedBy)];
}

/** Shown once, after a save from an earlier version of the meeting is resumed: what changed for the player. */
export function carriedNotice({ carried: c, scenario: s }: AppState): View | null {
  const label = (id: string) => [...s!.topics.flatMap((tp) => tp.options), ...s!.presidency.options, ...s!.rightOfReply.options].find((o) => o.id === id)?.label ?? id;
  return c && h('div', { class: 'notice', role: 'status', id: 'carried' },
    h('p', {}, t('carried.intro')),
    h('ul', {}, c.dropped.map((ch) => h('li', {}, ch.type === 'pick'
      ? t('carried.pick', { option: label(ch.option!), topic: s!.topics.find((tp) => tp.id === ch.topic)?.label ?? ch.topic })
      : t('carried.other', { option: 'option' in ch ? label(ch.option) : 'text' in ch ? ch.text : ch.type }))),
    c.stopped ? h('li', {}, t('carried.stopped')) : null));
}

export function meetingScreen(state: AppState): View {
  const s = state.scenario!;
  const game = state.game!;
  const heading = h('h1', { id: 'screen-heading', tabindex: -1 }, t(`meeting.phase.${game.phase}` as MessageKey));
  const tools = h('div', { class: 'tools' },
    h('button', { id: 'open-reference', class: 'link', 'aria-keyshortcuts': 'G', 'aria-expanded': state.help === 'reference' ? 'true' : 'false', onclick: () => toggleHelp('reference') }, t('help.reference')),
    h('button', { id: 'open-meters', class: 'link', 'aria-keyshortcuts': 'M', 'aria-expanded': state.help === 'meters' ? 'true' : 'false', onclick: () => toggleHelp('meters') }, t('meters.help')));
  // What the last step said sits just above the button, as in a chat, whatever stage the meeting
  // has moved to; what came before is one click away, so the button is never a long Tab away.
  // On a projector the class votes on one screen: at the class's turn the last speech, heard on the
  // screen before, joins what came earlier.
  const voting = state.projector && game.phase === 'playerTurn';
  const [now, earlier] = voting ? [null, transcript(s, game.seat, game.log, 'earlier-heading', t('meeting.earlier'), undefined, game.attackedBy)] : justSaid(s, game, undefined, state.heardFrom);
  return h('section', { class: `screen meeting phase-${game.phase}` },
    heading,
    carriedNotice(state),
    state.saveTrouble ? h('p', { class: 'notice', role: 'status', id: 'save-trouble' }, t(`saveTrouble.${state.saveTrouble}` as MessageKey)) : null,
    tools,
    state.help ? helpPanel(s, game.seat, state.help) : null,
    whatMoved(s, game, state.lastEvents),
    now,
    action(s, game, state),
    earlier ? h('details', { class: 'earlier' }, h('summary', {}, t('meeting.earlier')), earlier) : null,
  );
}
