/** The statement builder: topic by topic, with previews, the time budget and the draft as it grows. */
import { availableChoices, composeStatement, previewOption, secondsUsed, statementBudget, type GameState, type OptionPreview, type Scenario } from '../../engine';
import { choose } from '../../store/gameStore';
import { h } from '../dom';
import { list, t, type MessageKey } from '../i18n';
import { meterLabel, shortNameOf } from '../names';

function previewLine(s: Scenario, p: OptionPreview): HTMLElement {
  const moves = p.meters.filter((m) => m.direction !== 'none').map((m) => {
    const size = t(`preview.${m.size}` as MessageKey);
    const words = t(m.direction === 'up' ? 'preview.up' : 'preview.down', { meter: meterLabel(s, m.meter) });
    return `${words}${size ? ` ${size}` : ''} ${m.better ? t('preview.good') : t('preview.bad')}`;
  });
  return h('div', { class: 'preview' },
    h('span', { class: 'preview-label' }, t('preview.label')), ' ',
    moves.length ? moves.join('; ') : t('preview.none'),
    p.warmer.length ? h('span', { class: 'warmer' }, t('preview.warmer', { list: list(p.warmer.map((d) => shortNameOf(s, d))) })) : null,
    p.cooler.length ? h('span', { class: 'cooler' }, t('preview.cooler', { list: list(p.cooler.map((d) => shortNameOf(s, d))) })) : null,
    p.overclaims.length ? h('span', { class: 'overclaim' }, t('preview.overclaim')) : null,
  );
}

function topicFieldset(s: Scenario, game: GameState, topicIndex: number, fits: Set<string>): HTMLElement {
  const topic = s.topics[topicIndex]!;
  const current = game.picks[topic.id];
  const name = `topic-${topic.id}`;
  const radio = (id: string, option: string | null, label: HTMLElement[], disabled: boolean) => {
    const input = h('input', {
      type: 'radio', name, id, value: option ?? '', checked: current === option || (option === null && current === null),
      disabled, 'aria-describedby': disabled ? `${id}-nofit` : undefined,
      onchange: () => choose({ type: 'pick', topic: topic.id, option }),
    });
    return h('div', { class: `choice${disabled ? ' disabled' : ''}` }, input, h('label', { for: id }, ...label),
      disabled ? h('p', { id: `${id}-nofit`, class: 'nofit' }, t('builder.doesNotFit')) : null);
  };
  return h('fieldset', { class: 'topic', id: `topic-${topic.id}`, 'aria-describedby': `prompt-${topic.id}` },
    h('legend', {}, h('span', { class: 'topic-label' }, topic.label)),
    h('p', { class: 'topic-prompt', id: `prompt-${topic.id}` }, topic.prompt),
    topic.options.map((o) => radio(`pick-${o.id}`, o.id, [
      h('span', { class: 'option-head' }, h('strong', {}, o.label), h('span', { class: 'seconds' }, t('builder.seconds', { n: o.seconds }))),
      h('span', { class: 'option-text' }, `“${o.text}”`),
      previewLine(s, previewOption(s, game, o.id)),
    ], !fits.has(o.id) && current !== o.id)),
    radio(`pick-${topic.id}-omit`, null, [h('span', {}, t('builder.leaveOut'))], false),
  );
}

export function statementBuilder(s: Scenario, game: GameState): HTMLElement {
  const budget = statementBudget(s);
  const used = secondsUsed(s, game.picks);
  const fits = new Set(availableChoices(s, game).flatMap((c) => (c.type === 'pick' && c.option ? [c.option] : [])));
  const chosen = s.topics.flatMap((tp) => (game.picks[tp.id] ? [game.picks[tp.id]!] : []));
  const undecided = s.topics.filter((tp) => !(tp.id in game.picks)).length;
  const max = s.rules.closingSentenceMax;
  const closing = h('input', { id: 'closing', type: 'text', maxlength: max, value: game.closing, 'aria-describedby': 'closing-help', autocomplete: 'off' });
  const saveClosing = () => choose({ type: 'closing', text: closing.value });
  closing.addEventListener('change', saveClosing);
  return h('section', { class: 'builder', 'aria-labelledby': 'builder-heading' },
    h('h2', { id: 'builder-heading' }, t('builder.heading')),
    h('p', {}, t('builder.intro', { budget })),
    h('div', { class: 'budget', role: 'status' },
      h('span', { id: 'budget-text' }, t('builder.budget', { used, budget, left: budget - used })),
      h('meter', { min: 0, max: budget, value: used, 'aria-labelledby': 'budget-text' })),
    h('nav', { class: 'topic-index', 'aria-label': t('builder.index') },
      h('ol', {}, s.topics.map((tp) => {
        const pick = game.picks[tp.id];
        const choice = pick === undefined ? t('builder.undecidedShort') : pick === null ? t('builder.leaveOut') : tp.options.find((o) => o.id === pick)!.label;
        return h('li', {}, h('a', { href: `#topic-${tp.id}` }, t('builder.indexItem', { topic: tp.label, choice })));
      }))),
    s.topics.map((_, i) => topicFieldset(s, game, i, fits)),
    h('div', { class: 'closing' },
      h('label', { for: 'closing' }, t('builder.closingLabel')),
      closing,
      h('p', { id: 'closing-help', class: 'help' }, t('builder.closingHelp', { max }))),
    h('section', { class: 'draft', 'aria-labelledby': 'draft-heading' },
      h('h3', { id: 'draft-heading' }, t('builder.draft')),
      composeStatement(s, game.seat, chosen, game.closing).split('\n\n').map((p) => h('p', {}, p))),
    undecided ? h('p', { class: 'help' }, t('builder.undecided', { count: undecided })) : null,
    h('button', {
      id: 'deliver', class: 'primary',
      onclick: () => { if (closing.value !== game.closing) saveClosing(); choose({ type: 'deliver' }); },
    }, t('builder.deliver')),
  );
}
