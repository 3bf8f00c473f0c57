/**
 * For teachers: the guide (the same text as docs/teacher-guide.md), dealing seats with one short
 * link and QR code per seat, the printables, and the ways into the class summary and projector mode.
 */
import { MODES, type Mode, type Scenario } from '../../engine';
import { dealSeats, type SeatPlan } from '../../classroom/seatPlan';
import { guideBlocks, guideMarkdown, type Inline } from '../../classroom/guide';
import type { AppState } from '../../store/gameStore';
import { goTo, setPlan, setProjector } from '../../store/gameStore';
import { h, type View } from '../dom';
import { labelled, currentLanguage, formatDate, loadGuideText, t, type MessageKey } from '../i18n';
import { nameOf } from '../names';
import { qrCode } from '../parts/qr';
import './teacher.css';

// The teacher's strings load with the teacher's screens, not before the title's first control; the
// guide's own text in the reader's language only (each is a file of its own: lang-<code>-guide).
let general = '';
export const loadGuide = () => loadGuideText().then((text) => { general = text; });

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null)?.value ?? '';

function makePlan(s: Scenario) {
  const size = Number(value('class-size'));
  const names = value('class-names').split(/\r?\n/).map((n) => n.trim()).filter(Boolean);
  const seed = /^\d{1,10}$/.test(value('class-seed')) ? Number(value('class-seed')) : 1;
  const mode = (MODES as readonly string[]).includes(value('class-mode')) ? value('class-mode') as Mode : 'guided';
  const base = `${window.location.origin}${window.location.pathname}`;
  setPlan(dealSeats(s, Number.isFinite(size) && size > 0 ? size : Math.max(names.length, 1), names, seed, mode, base, {
    student: (n) => t('teacher.student', { n }), pair: (a, b) => t('teacher.pair', { a, b }),
    // English is the default; another language travels with each link (a student may still switch).
    ...(currentLanguage() === 'en' ? {} : { language: currentLanguage() }),
  }));
}

/** A pair of students as the plan names them ("Ana & Ben"). */
const together = (students: string[]) => (students.length === 2 ? t('teacher.pair', { a: students[0]!, b: students[1]! }) : students.join(', '));

/** Prints one part of the page (the guide, or the seat plan): the other is hidden while printing. */
export function printOnly(part: string) {
  document.body.dataset.print = part;
  window.print();
  delete document.body.dataset.print;
}

/** Every seat's link, one a line with its student and seat, for a message to the class. */
function planText(s: Scenario, plan: SeatPlan): string {
  return plan.assignments.filter((a) => a.link).map((a) => `${together(a.students)} — ${labelled(nameOf(s, a.seat!), a.link!)}`).join('\n');
}

/** Copies the links; where the browser will not, the text is shown selected for Ctrl+C. */
async function copyAll(text: string) {
  const said = document.getElementById('copy-said')!;
  const box = document.getElementById('plan-links') as HTMLTextAreaElement;
  try {
    await navigator.clipboard.writeText(text);
    said.textContent = t('teacher.copied');
  } catch {
    box.hidden = false;
    box.focus();
    box.select();
    said.textContent = t('teacher.copySelect');
  }
}

function planView(s: Scenario, plan: SeatPlan): View {
  const text = planText(s, plan);
  return h('section', { class: 'seat-plan', 'aria-labelledby': 'plan-heading' },
    h('h2', { id: 'plan-heading', tabindex: -1 }, t('teacher.planHeading', { size: plan.size })),
    h('div', { class: 'actions' },
      h('button', { id: 'print-plan', onclick: () => printOnly('plan') }, t('teacher.printPlan')),
      text ? h('button', { id: 'copy-links', onclick: () => void copyAll(text) }, t('teacher.copyAll')) : null),
    h('p', { id: 'copy-said', role: 'status', class: 'help' }),
    h('textarea', { id: 'plan-links', class: 'copy-fallback', readonly: true, hidden: true, rows: 6, 'aria-label': t('teacher.copyAll'), value: text }),
    h('table', { class: 'plan-table' },
      h('thead', {}, h('tr', {}, ['teacher.who', 'teacher.role', 'teacher.seat', 'teacher.link'].map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
      h('tbody', {}, plan.assignments.map((a, i) => h('tr', {},
        h('th', { scope: 'row' }, together(a.students)),
        h('td', {}, t(`teacher.role.${a.role}` as MessageKey)),
        h('td', {}, a.seat ? `${nameOf(s, a.seat)} (${a.seat})` : a.follows ? t('teacher.follows', { name: nameOf(s, a.follows) }) : '—'),
        h('td', { class: 'plan-link' }, a.link
          ? [h('a', { href: a.link, id: `plan-link-${i}` }, a.link), qrCode(a.link, t('teacher.qr', { who: together(a.students), seat: nameOf(s, a.seat!) }), 112)]
          : '—'))))),
    plan.computerSeats.length ? h('p', {}, t('teacher.computer', { names: plan.computerSeats.map((id) => nameOf(s, id)).join(', ') })) : null);
}

/** The guide's own marks, drawn as elements (never as markup): *emphasis* and `code`. */
const runs = (inline: Inline[]) => inline.map((r) => (r.kind === 'text' ? r.text : h(r.kind, {}, r.text)));
const HEADING = { h1: 'h2', h2: 'h3', h3: 'h4', p: 'p' } as const;

function guideView(s: Scenario): View {
  return h('article', { class: 'guide', 'aria-label': t('teacher.guide') }, guideBlocks(guideMarkdown(s, general, (key, vars) => t(key, vars), formatDate(s.meta.date))).map((b) =>
    b.kind === 'ul' ? h('ul', {}, b.items.map((x) => h('li', {}, runs(x)))) : h(HEADING[b.kind], {}, runs(b.inline))));
}

export function teacherScreen(state: AppState): View {
  const s = state.scenario!;
  return h('section', { class: 'screen teacher sheet' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('teacher.heading')),
    h('p', { class: 'lead' }, t('teacher.intro')),
    h('p', {}, t('teacher.classMeeting'), ' ', h('code', {}, 'npm run class'), t('teacher.classMeetingAfter')),
    h('div', { class: 'actions' },
      h('button', { id: 'to-summary', class: 'primary', onclick: () => goTo('summary') }, t('teacher.summary')),
      h('button', { id: 'to-printables', onclick: () => goTo('printables') }, t('teacher.printables')),
      h('button', { id: 'print-guide', onclick: () => printOnly('guide') }, t('teacher.printGuide')),
      h('button', { id: 'projector-on', onclick: () => { setProjector(true); goTo('seats'); } }, t('teacher.projector'))),
    h('section', { class: 'card deal', 'aria-labelledby': 'deal-heading' },
      h('h2', { id: 'deal-heading' }, t('teacher.deal')),
      h('p', {}, t('teacher.dealHelp')),
      h('form', {
        id: 'deal-form',
        onsubmit: (event: Event) => { event.preventDefault(); makePlan(s); document.getElementById('plan-heading')?.focus(); },
      },
      h('label', { for: 'class-size' }, t('teacher.size')),
      h('input', { id: 'class-size', type: 'number', min: 1, max: 60, defaultValue: '30', inputmode: 'numeric' }),
      h('label', { for: 'class-names' }, t('teacher.names')),
      h('textarea', { id: 'class-names', rows: 6, 'aria-describedby': 'class-names-help' }),
      h('p', { id: 'class-names-help', class: 'help' }, t('teacher.namesHelp')),
      h('label', { for: 'class-mode' }, t('teacher.mode')),
      // Guided by default: the guide recommends it for a first game.
      h('select', { id: 'class-mode' }, MODES.map((m) => h('option', { value: m, selected: m === 'guided' }, t(`mode.${m}` as MessageKey).replace(/[:：]$/, '')))),
      h('label', { for: 'class-seed' }, t('teacher.seed')),
      h('input', { id: 'class-seed', type: 'text', inputmode: 'numeric', defaultValue: '1030', 'aria-describedby': 'class-seed-help' }),
      h('p', { id: 'class-seed-help', class: 'help' }, t('teacher.seedHelp')),
      h('button', { type: 'submit', id: 'deal-go', class: 'primary' }, t('teacher.dealGo')))),
    state.plan ? planView(s, state.plan) : null,
    guideView(s),
  );
}
