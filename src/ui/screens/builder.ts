/**
 * The statement builder: the topics this delegation addresses, each with its own options, a preview
 * as the mode allows, the time budget and the draft as it grows. On a phone it shows one topic at a
 * time with a compact meter strip, so the meters stay in view.
 */
import {
  availableChoices, bandOf, cleanClosing, composeStatement, previewOption, secondsUsed, statementBudget, topicsFor,
  type GameState, type Mode, type OptionPreview, type Scenario,
} from '../../engine';
import { choose, draftClosing, showBuilderTopic } from '../../store/gameStore';
import { h, type View } from '../dom';
import { openGlossary } from '../focus';
import { list, listOr, t, type MessageKey } from '../i18n';
import { jargon } from '../jargon';
import { meterLabel, shortNameOf } from '../names';
import { firstSentence } from './transcript';

function previewLine(s: Scenario, p: OptionPreview, mode: Mode): View | null {
  if (mode === 'briefing') return null;
  const guided = mode === 'guided';
  const moves = p.meters.filter((m) => m.direction !== 'none').map((m) => {
    const words = t(m.direction === 'up' ? 'preview.up' : 'preview.down', { meter: meterLabel(s, m.meter) });
    if (!guided) return words;
    const size = t(`preview.${m.size}` as MessageKey);
    return `${words}${size ? ` ${size}` : ''} ${m.better ? t('preview.good') : t('preview.bad')}`;
  });
  return h('div', { class: 'preview' },
    h('span', { class: 'preview-label' }, t('preview.label')), ' ',
    moves.length ? moves.join('; ') : t('preview.none'),
    guided && p.warmer.length ? h('span', { class: 'warmer' }, t('preview.warmer', { list: list(p.warmer.map((d) => shortNameOf(s, d))) })) : null,
    guided && p.cooler.length ? h('span', { class: 'cooler' }, t('preview.cooler', { list: list(p.cooler.map((d) => shortNameOf(s, d))) })) : null,
    guided && p.overclaims.length ? h('span', { class: 'overclaim' }, t('preview.overclaim')) : null,
  );
}

const LETTERS = 'ABCDEFGH';

/**
 * Shows another topic (on a phone or a projector, one at a time) and puts focus on it, not on the
 * page, with its question at the top, just below the sticky time budget.
 */
function goToTopic(index: number) {
  showBuilderTopic(index);
  const topic = document.querySelector<HTMLElement>('.builder .topic.current');
  topic?.focus({ preventScroll: true });
  if (topic) scrollBy(0, topic.getBoundingClientRect().top - (document.querySelector<HTMLElement>('.budget')?.offsetHeight ?? 0));
}

/**
 * Projector mode: the class votes by letter, and the teacher enters the winning one. A letter whose
 * option cannot be taken keeps the class on the topic, with the reason beside the letter, rather
 * than moving on and leaving the topic undecided.
 */
function classVote(topic: string, options: { id: string }[], index: number, count: number, fits: Set<string>, picked: string | null | undefined): View {
  const letters = LETTERS.slice(0, options.length + 1);
  const id = `vote-${topic}`;
  return h('form', {
    class: 'vote',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const input = document.getElementById(id) as HTMLInputElement;
      const letter = input.value.trim().toUpperCase();
      const at = letter ? letters.indexOf(letter) : -1;
      const option = at < 0 ? undefined : at < options.length ? options[at]!.id : null;
      // Written straight into the page: the message is about this form only, and a vote that
      // applies clears it.
      const problem = document.getElementById(`${id}-problem`)!;
      problem.textContent = at < 0 ? t('vote.notALetter', { letter, letters: letters.split('').join(', ') })
        : option && option !== picked && !fits.has(option) ? t('vote.noFit', { letter, reason: t('builder.doesNotFit') }) : '';
      if (problem.textContent) { input.select(); return; }
      if (option !== picked) choose({ type: 'pick', topic, option: option! });
      if (index < count - 1) goToTopic(index + 1);
    },
  },
  h('label', { for: id }, t('vote.label', { letters: listOr(letters.split('')) })),
  h('input', { id, type: 'text', maxlength: 1, autocomplete: 'off', class: 'vote-letter', pattern: `[${letters}${letters.toLowerCase()}]`, 'aria-describedby': `${id}-problem` }),
  h('button', { type: 'submit', id: `${id}-go` }, t('vote.apply')),
  h('p', { id: `${id}-problem`, class: 'vote-problem', role: 'alert' }));
}

function topicFieldset(s: Scenario, game: GameState, entry: ReturnType<typeof topicsFor>[number], index: number, count: number, current: number, fits: Set<string>, projector: boolean): View {
  const { topic, options } = entry;
  const picked = game.picks[topic.id];
  const name = `topic-${topic.id}`;
  const radio = (id: string, option: string | null, label: (View | string | null)[], disabled: boolean) =>
    h('div', { class: `choice${disabled ? ' disabled' : ''}` },
      h('input', {
        type: 'radio', name, id, value: option ?? '', checked: picked === option || (option === null && picked === null),
        disabled, 'aria-describedby': disabled ? `${id}-nofit` : undefined,
        // A decision is stored when it changes, not on every arrow key that passes over it.
        onchange: () => { if (game.picks[topic.id] !== option) choose({ type: 'pick', topic: topic.id, option }); },
      }),
      h('label', { for: id }, ...label),
      disabled ? h('p', { id: `${id}-nofit`, class: 'nofit' }, t('builder.doesNotFit')) : null);
  const j = (x: string) => jargon(s, x, openGlossary);
  return h('fieldset', { class: `topic${index === current ? ' current' : ''}`, id: `topic-${topic.id}`, tabindex: -1, 'aria-describedby': `prompt-${topic.id}` },
    h('legend', {}, h('span', { class: 'topic-count' }, t('builder.topicOf', { n: index + 1, count })), ' ', h('span', { class: 'topic-label' }, topic.label)),
    h('p', { class: 'topic-prompt', id: `prompt-${topic.id}` }, j(topic.prompt)),
    h('div', { class: 'options' }, options.map((o, k) => radio(`pick-${o.id}`, o.id, [
      h('span', { class: 'option-head' }, projector ? h('span', { class: 'letter' }, LETTERS[k]!) : null, h('strong', {}, o.label), h('span', { class: 'seconds' }, t('builder.seconds', { n: o.seconds }))),
      optionText(o.text, j),
      previewLine(s, previewOption(s, game, o.id), game.mode),
    ], !fits.has(o.id) && picked !== o.id)),
    radio(`pick-${topic.id}-omit`, null, [h('span', { class: 'option-head' }, projector ? h('span', { class: 'letter' }, LETTERS[options.length]!) : null, h('span', {}, t('builder.leaveOut')))], false)),
    projector ? classVote(topic.id, options, index, count, fits, picked) : null,
    h('div', { class: 'topic-steps' },
      index > 0 ? h('button', { type: 'button', id: `prev-${topic.id}`, onclick: () => goToTopic(index - 1) }, t('builder.prev')) : null,
      index < count - 1 ? h('button', { type: 'button', id: `next-${topic.id}`, onclick: () => goToTopic(index + 1) }, t('builder.next')) : null),
  );
}

/**
 * An option's words: the first sentence always; the rest shows when the option is selected (arrow
 * keys select as they move), so a reader skims each option's gist and reads in full the one they
 * weigh. On a projector every word shows, for the class to read together (styles.css).
 */
export function optionText(text: string, j: (x: string) => (string | View)[] = (x) => [x]): View {
  const [first, rest] = firstSentence(text);
  return h('span', { class: 'option-text' }, '“', ...j(first), rest ? [h('span', { class: 'option-rest' }, ' ', ...j(rest)), h('span', { class: 'option-more', 'aria-hidden': 'true' }, ' …')] : null, '”');
}

function moveInIndex(event: Event) {
  const e = event as KeyboardEvent;
  // Left and right follow the reading direction: in Arabic, the next topic is to the left.
  const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
  const step = e.key === 'ArrowDown' || e.key === forward ? 1 : e.key === 'ArrowUp' || e.key === back ? -1 : 0;
  if (!step) return;
  const links = [...(e.currentTarget as HTMLElement).closest('ol')!.querySelectorAll<HTMLElement>('a')];
  const next = links[links.indexOf(e.currentTarget as HTMLElement) + step];
  if (next) { e.preventDefault(); next.focus(); }
}

/** The meters in one line, for a phone, where the side panel sits below the builder. */
function meterStrip(s: Scenario, game: GameState): View {
  return h('p', { class: 'meter-strip', 'aria-hidden': 'true' },
    s.meters.map((m, i) => [i ? ' · ' : '', h('strong', {}, m.label), ` ${game.meters[m.id]} ${bandOf(s, m.id, game.meters[m.id] ?? 0)}`]));
}

export function statementBuilder(s: Scenario, game: GameState, current: number, typed: string | null, projector = false): View {
  const budget = statementBudget(s);
  const used = secondsUsed(s, game.picks);
  const entries = topicsFor(s, game.seat);
  const at = Math.min(current, entries.length - 1);
  const fits = new Set(availableChoices(s, game).flatMap((c) => (c.type === 'pick' && c.option ? [c.option] : [])));
  const chosen = entries.flatMap(({ topic }) => (game.picks[topic.id] ? [game.picks[topic.id]!] : []));
  const undecided = entries.filter(({ topic }) => !(topic.id in game.picks)).length;
  const max = s.rules.closingSentenceMax;
  const saveClosing = (value: string) => { if (value !== game.closing) choose({ type: 'closing', text: value }); };
  return h('section', { class: 'builder', 'aria-labelledby': 'builder-heading' },
    h('h2', { id: 'builder-heading' }, t('builder.heading')),
    h('p', {}, t('builder.intro', { budget, count: entries.length })),
    h('div', { class: 'budget', role: 'status' },
      h('span', { id: 'budget-text' }, t('builder.budget', { used, budget, left: budget - used })),
      h('meter', { min: 0, max: budget, value: used, 'aria-labelledby': 'budget-text' }),
      meterStrip(s, game)),
    h('nav', { class: 'topic-index', 'aria-label': t('builder.index') },
      h('ol', {}, entries.map(({ topic, options }, i) => {
        const pick = game.picks[topic.id];
        const choice = pick === undefined ? t('builder.undecidedShort') : pick === null ? t('builder.leaveOut') : options.find((o) => o.id === pick)?.label ?? '';
        return h('li', {}, h('a', {
          href: `#topic-${topic.id}`, id: `index-${topic.id}`,
          // One Tab stop for the whole index: arrow keys move along it (a toolbar's roving focus).
          tabindex: i === 0 ? 0 : -1, onkeydown: moveInIndex,
          // The fieldset takes focus, so a keyboard user lands on the topic and not at the top of the page.
          onclick: (event: Event) => { event.preventDefault(); goToTopic(i); },
        }, t('builder.indexItem', { topic: topic.label, choice })));
      }))),
    entries.map((entry, i) => topicFieldset(s, game, entry, i, entries.length, at, fits, projector)),
    h('div', { class: 'closing' },
      h('label', { for: 'closing' }, t('builder.closingLabel')),
      h('input', {
        id: 'closing', type: 'text', maxlength: max, defaultValue: game.closing, 'aria-describedby': 'closing-help', autocomplete: 'off',
        // The draft follows the typing at once; the engine is told when the field is left, by which
        // time the draft already shows the sentence, so nothing moves under a click on Deliver.
        oninput: (event: Event) => draftClosing((event.target as HTMLInputElement).value),
        onchange: (event: Event) => saveClosing((event.target as HTMLInputElement).value),
      }),
      h('p', { id: 'closing-help', class: 'help' }, t('builder.closingHelp', { max }))),
    h('section', { class: 'draft', 'aria-labelledby': 'draft-heading' },
      h('h3', { id: 'draft-heading' }, t('builder.draft')),
      composeStatement(s, game.seat, chosen, typed === null ? game.closing : cleanClosing(typed)).split('\n\n').map((p) => h('p', {}, p))),
    undecided ? h('p', { class: 'help' }, t(undecided === 1 ? 'builder.undecidedOne' : 'builder.undecided', { count: undecided })) : null,
    h('button', {
      id: 'deliver', class: 'primary',
      onclick: () => {
        const typed = (document.getElementById('closing') as HTMLInputElement | null)?.value ?? game.closing;
        saveClosing(typed);
        choose({ type: 'deliver' });
      },
    }, t('builder.deliver')),
  );
}
