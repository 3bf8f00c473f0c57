/**
 * What a student hands in: the run code (with a copy button) and the name, class and date that the
 * printed record carries, asked once and kept in this browser.
 */
import { encodeRun, runOf } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { setStudent } from '../../store/gameStore';
import { h, type View } from '../dom';
import { t } from '../i18n';

const STUDENT_KEY = 'take-the-floor/student';

export function rememberedStudent(): { name: string; className: string; date: string } | null {
  try {
    const raw = window.localStorage.getItem(STUDENT_KEY);
    const v = raw ? JSON.parse(raw) as Record<string, unknown> : null;
    if (!v) return null;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 100) : '');
    return { name: str(v.name), className: str(v.className), date: str(v.date) };
  } catch { return null; }
}

function remember(name: string, className: string, date: string) {
  try { window.localStorage.setItem(STUDENT_KEY, JSON.stringify({ name, className, date })); } catch { /* kept for this visit only */ }
}

/** The date on the record: as typed, or today's, which the field shows until the student changes it. */
export const recordDate = (state: AppState) => state.date || new Date().toISOString().slice(0, 10);

/** The code to hand in: a class meeting's as its class server signed it, else the run's own. */
export function runCode(state: AppState): string {
  return state.signedCode ?? encodeRun(state.scenario!, runOf(state.scenario!, state.game!, state.name));
}

export function handIn(state: AppState): View {
  const code = runCode(state);
  const field = (id: string) => (document.getElementById(id) as HTMLInputElement).value.trim().slice(0, 100);
  return h('section', { class: 'hand-in card', 'aria-labelledby': 'hand-in-heading' },
    h('h2', { id: 'hand-in-heading' }, t('handIn.heading')),
    h('p', {}, t('handIn.codeIntro')),
    h('p', { class: 'run-code' }, h('code', { id: 'run-code' }, code)),
    state.signedCode ? h('p', { id: 'run-code-signed' }, t('handIn.signed')) : null,
    h('button', {
      id: 'copy-code',
      onclick: () => {
        // Clipboard access can be refused: the code is then selected, ready for Ctrl+C.
        const select = () => { const range = document.createRange(); range.selectNodeContents(document.getElementById('run-code')!); window.getSelection()?.removeAllRanges(); window.getSelection()?.addRange(range); };
        navigator.clipboard?.writeText(code).catch(select) ?? select();
      },
    }, t('handIn.copy')),
    // What is typed goes on the record as it is typed: a printout never depends on a button the
    // student did not know to press.
    h('form', {
      id: 'record-form',
      onsubmit: (event: Event) => event.preventDefault(),
      oninput: () => {
        const [name, className, date] = [field('record-name'), field('record-class'), field('record-date')];
        remember(name, className, date);
        setStudent(name, className, date);
      },
    },
    h('p', {}, t('handIn.recordIntro')),
    h('label', { for: 'record-name' }, t('handIn.name')),
    h('input', { id: 'record-name', type: 'text', maxlength: 60, defaultValue: state.name, autocomplete: 'name' }),
    h('label', { for: 'record-class' }, t('handIn.class')),
    h('input', { id: 'record-class', type: 'text', maxlength: 60, defaultValue: state.className }),
    h('label', { for: 'record-date' }, t('handIn.date')),
    h('input', { id: 'record-date', type: 'text', maxlength: 40, defaultValue: recordDate(state) })),
  );
}
