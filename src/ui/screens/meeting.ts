/** The meeting: the chair's opening, the speakers' list, your turn, rule 37, right of reply. */
import { isPresiding, nextSpeaker, type GameState, type Scenario } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { choose } from '../../store/gameStore';
import { h } from '../dom';
import { list, t, type MessageKey } from '../i18n';
import { nameOf, shortNameOf } from '../names';
import { statementBuilder } from './builder';
import { transcript } from './transcript';

function optionForm(id: string, legend: string, options: { id: string; label: string; text: string }[], button: string, act: (option: string) => void) {
  const form = h('form', { class: 'option-form', id },
    h('fieldset', {},
      h('legend', {}, legend),
      options.map((o, i) => h('div', { class: 'choice' },
        h('input', { type: 'radio', name: `${id}-option`, id: `${id}-${o.id}`, value: o.id, checked: i === 0 }),
        h('label', { for: `${id}-${o.id}` }, h('strong', {}, o.label), h('span', { class: 'option-text' }, `“${o.text}”`))))),
    h('button', { type: 'submit', class: 'primary', id: `${id}-submit` }, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = (form.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value;
    if (picked) act(picked);
  });
  return form;
}

function action(s: Scenario, game: GameState): HTMLElement | null {
  switch (game.phase) {
    case 'opening':
      if (isPresiding(s, game)) {
        return h('div', { class: 'action' },
          h('p', {}, t('meeting.chairPrompt')),
          optionForm('chair', t('meeting.chairHeading'), s.presidency.options, t('meeting.chairDo'), (option) => choose({ type: 'chair', option })));
      }
      return h('button', { id: 'continue', class: 'primary', onclick: () => choose({ type: 'continue' }) }, t('meeting.openMeeting'));
    case 'speakers': case 'reactions': case 'rule37': {
      const next = nextSpeaker(s, game);
      return h('button', { id: 'continue', class: 'primary', onclick: () => choose({ type: 'continue' }) },
        next ? t('meeting.continueNext', { name: shortNameOf(s, next) }) : t('meeting.continue'));
    }
    case 'playerTurn':
      return statementBuilder(s, game);
    case 'rightOfReply':
      return h('div', { class: 'action' },
        h('p', {}, t('reply.by', { names: list(game.attackedBy.map((d) => nameOf(s, d))) })),
        h('p', {}, s.rightOfReply.prompt),
        optionForm('reply', t('reply.heading'), s.rightOfReply.options, t('reply.take'), (option) => choose({ type: 'reply', option })));
    default:
      return null;
  }
}

export function meetingScreen(state: AppState): HTMLElement {
  const s = state.scenario!;
  const game = state.game!;
  const log = transcript(s, game.seat, game.log);
  const heading = h('h1', { id: 'screen-heading', tabindex: -1 }, t(`meeting.phase.${game.phase}` as MessageKey));
  // While others speak, the newest speech sits just above the button, as in a chat.
  const choosing = game.phase === 'playerTurn' || game.phase === 'rightOfReply' || (game.phase === 'opening' && isPresiding(s, game));
  return h('section', { class: `screen meeting phase-${game.phase}` },
    heading,
    choosing
      ? [action(s, game), log ? h('details', { class: 'earlier' }, h('summary', {}, t('meeting.transcript')), log) : null]
      : [log, action(s, game)],
  );
}
