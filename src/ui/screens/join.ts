/** Joining a class meeting: the class code on the board, and the student's name. */
import type { AppState } from '../../store/gameStore';
import { goTo } from '../../store/gameStore';
import { askForName, joinLive } from '../../store/live';
import { h, type View } from '../dom';
import { t, type MessageKey } from '../i18n';

export function joinScreen(state: AppState): View {
  const problem = state.live?.problem ? t(`live.problem.${state.live.problem}` as MessageKey, { code: state.live.code }) : null;
  return h('section', { class: 'screen join' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('join.heading')),
    h('p', {}, t('join.intro')),
    problem ? h('p', { class: 'notice', role: 'alert', id: 'join-problem' }, problem) : null,
    h('form', {
      class: 'join-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const code = (form.querySelector('#class-code') as HTMLInputElement).value;
        const name = (form.querySelector('#class-name') as HTMLInputElement).value.trim();
        if (!name) { askForName(code); (form.querySelector('#class-name') as HTMLInputElement).focus(); return; }
        void joinLive(code, name);
      },
    },
    h('div', { class: 'field' },
      h('label', { for: 'class-code' }, t('join.code')),
      h('input', {
        id: 'class-code', name: 'code', type: 'text', required: true, maxlength: 8, autocomplete: 'off', autocapitalize: 'characters',
        spellcheck: false, class: 'class-code', defaultValue: state.live?.code ?? '', 'aria-describedby': 'class-code-help',
      }),
      h('p', { id: 'class-code-help', class: 'help' }, t('join.codeHelp'))),
    h('div', { class: 'field' },
      h('label', { for: 'class-name' }, t('join.name')),
      h('input', { id: 'class-name', name: 'name', type: 'text', required: true, maxlength: 60, autocomplete: 'name', defaultValue: state.live?.name || state.name, 'aria-describedby': 'class-name-help' }),
      h('p', { id: 'class-name-help', class: 'help' }, t('join.nameHelp'))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'join-go', class: 'primary' }, t('join.go')),
      h('button', { type: 'button', id: 'join-back', onclick: () => goTo('title') }, t('join.back')))),
  );
}
