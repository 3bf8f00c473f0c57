/** Opening a run code, and the question asked before a new game would replace a saved one. */
import { cleanName, decodeRun, replayRun } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { goTo, resume, showReplayedRun, startGame } from '../../store/gameStore';
import { h, type View } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';

let problem: string | null = null;

/** A code from a link that could not be read: the code screen says why. */
export function showCodeProblem(reason: string) { problem = reason; }

/** Replays a code to its debrief; anything wrong with it is said, and nothing else happens. */
export function openCode(state: AppState, code: string): string | null {
  const s = state.scenario!;
  const decoded = decodeRun(s, code);
  if (!decoded.ok) return decoded.reason;
  const replayed = replayRun(s, decoded.run);
  if (!replayed.ok) return replayed.reason;
  // A class meeting's code is shown as it came, with its class server's signature.
  const { consult, classConsult } = decoded.run;
  showReplayedRun(replayed.state, cleanName(decoded.run.name), decoded.signedBy ? code.trim() : null, classConsult ? { ...classConsult, seed: decoded.run.seed } : consult ?? null);
  return null;
}

export function codeScreen(state: AppState): View {
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('code.heading')),
    h('p', { class: 'lead' }, t('code.intro')),
    h('form', {
      id: 'code-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        problem = openCode(state, (document.getElementById('code-input') as HTMLInputElement).value);
        if (problem) goTo('code');
      },
    },
    h('label', { for: 'code-input' }, t('code.label')),
    h('input', { id: 'code-input', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 2100 }),
    h('button', { type: 'submit', id: 'code-go', class: 'primary' }, t('code.go'))),
    problem ? h('p', { class: 'notice', role: 'alert', id: 'code-problem' }, t('code.problem', { reason: problem })) : null,
  );
}

export function confirmScreen(state: AppState): View {
  const s = state.scenario!;
  const pending = state.pendingStart!;
  const existing = pending.existing;
  const described = 'problem' in existing ? t('confirm.unreadable', { reason: existing.problem })
    : existing.phase === 'outcome' ? t('confirm.finished', { outcome: s.outcomes.find((o) => o.id === existing.outcome)?.title ?? '' })
    : t('confirm.inProgress', { steps: existing.steps });
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('confirm.heading')),
    h('p', {}, t('confirm.body', { seat: nameOf(s, pending.seat), name: state.name || t('confirm.noName'), described })),
    h('div', { class: 'actions' },
      'problem' in existing ? null : h('button', { id: 'keep', class: 'primary', onclick: () => resume(existing.key) }, t(existing.phase === 'outcome' ? 'confirm.open' : 'confirm.keep')),
      h('button', { id: 'replace', onclick: () => startGame(pending.seat, pending.seed, pending.mode, true) }, t('confirm.replace')),
      h('button', { id: 'back', onclick: () => goTo('seats') }, t('confirm.back'))),
  );
}
