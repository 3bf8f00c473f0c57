/**
 * Joining a class meeting: the class code on the board, and the student's name. When someone else
 * used this browser in that class, the screen first asks whether this is them.
 */
import type { AppState } from '../../store/gameStore';
import { goTo } from '../../store/gameStore';
import { joinAsStudent, notThem, type LiveUi } from '../../store/live';
import { showClassCode } from '../../live/types';
import { h, type View } from '../dom';
import { languageSwitcher } from './title';
import { focusAfterRender } from '../focus';
import { t, type MessageKey } from '../i18n';

let lastAsked: string | null = null;

/** "This browser was last used in this class by Ana. Are you Ana?" */
function whoAreYou(live: LiveUi, last: string): View {
  return h('div', { class: 'card who', role: 'group', 'aria-labelledby': 'who-question' },
    h('p', { id: 'who-question', class: 'lead', tabindex: -1 }, t('join.who', { name: last })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'who-continue', class: 'primary', onclick: () => { void joinAsStudent(live.code, last); } }, t('join.continueAs', { name: last })),
      h('button', {
        type: 'button', id: 'who-else',
        // With a name typed, that student joins with a key of their own; without, the form asks for it.
        onclick: () => { if (live.name) void joinAsStudent(live.code, live.name, true); else { notThem(); focusAfterRender('class-name'); } },
      }, t('join.someoneElse'))));
}

export function joinScreen(state: AppState): View {
  const live = state.live;
  const problem = live?.problem ? t(`live.problem.${live.problem}` as MessageKey, { code: showClassCode(live.code) }) : null;
  // The question takes focus once, when it is asked (never a button: Enter pressed twice must not make anyone Ana).
  const asked = live?.ask ? `${live.code}|${live.name}|${live.ask}` : null;
  if (asked && asked !== lastAsked) focusAfterRender('who-question');
  lastAsked = asked;
  return h('section', { class: 'screen join' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('join.heading')),
    // A class link carries the President's language; each student may read the meeting in another.
    languageSwitcher(),
    h('p', {}, t('join.intro')),
    problem ? h('p', { class: 'notice', role: 'alert', id: 'join-problem' }, problem) : null,
    live?.ask ? whoAreYou(live, live.ask) : h('form', {
      class: 'join-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const code = (form.querySelector('#class-code') as HTMLInputElement).value;
        const name = (form.querySelector('#class-name') as HTMLInputElement).value.trim();
        void joinAsStudent(code, name);
        if (!name) (form.querySelector('#class-name') as HTMLInputElement).focus();
      },
    },
    h('div', { class: 'field' },
      h('label', { for: 'class-code' }, t('join.code')),
      h('input', {
        id: 'class-code', name: 'code', type: 'text', required: true, maxlength: 15, autocomplete: 'off', autocapitalize: 'characters',
        spellcheck: false, class: 'class-code', defaultValue: live ? showClassCode(live.code) : '', 'aria-describedby': 'class-code-help',
      }),
      h('p', { id: 'class-code-help', class: 'help' }, t('join.codeHelp'))),
    h('div', { class: 'field' },
      h('label', { for: 'class-name' }, t('join.name')),
      // The name is typed each time: on a shared computer, a name the browser remembers may be another student's.
      h('input', { id: 'class-name', name: 'name', type: 'text', required: true, maxlength: 60, autocomplete: 'off', defaultValue: live?.name ?? '', 'aria-describedby': 'class-name-help' }),
      h('p', { id: 'class-name-help', class: 'help' }, t('join.nameHelp'))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'join-go', class: 'primary' }, t('join.go')),
      h('button', { type: 'button', id: 'join-back', onclick: () => goTo('title') }, t('join.back')))),
  );
}
