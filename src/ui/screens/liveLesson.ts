/**
 * The President's screen as it runs a lesson: before the meeting, the address students open (as text
 * and as a QR code drawn in the page) beside the class code, and how the meeting is played (mode and
 * seed); at the end, every student's result, sized for a projector, with their signed run codes
 * already collected for the class summary.
 */
import { MODES, type Scenario } from '../../engine';
import { showClassCode } from '../../live/types';
import type { MeetingView } from '../../live/view';
import { goTo, setSummaryText } from '../../store/gameStore';
import { sendLive } from '../../store/live';
import { h, type View } from '../dom';
import { currentLanguage, loadParts, t, type MessageKey } from '../i18n';
import { nameOf } from '../names';
import { qrCode } from '../parts/qr';

export interface ChairExtras { address?: string | null; runCodes?: Record<string, string> | null }

/**
 * Where students go: the class server's address on the school network, with the class code in the
 * link, and the President's language (each student may choose another on the joining screen).
 */
export function studentLink(v: MeetingView & ChairExtras): string {
  const base = v.address || `${window.location.origin}/`;
  return `${base}?class=${v.code}${currentLanguage() === 'en' ? '' : `&lang=${currentLanguage()}`}`;
}

export function classDoor(v: MeetingView & ChairExtras): View {
  const link = studentLink(v);
  return h('section', { class: 'card class-door', 'aria-labelledby': 'door-heading' },
    h('div', {},
      h('h3', { id: 'door-heading' }, t('live.door.heading')),
      h('p', { class: 'door-code', id: 'door-code' }, showClassCode(v.code)),
      h('p', { class: 'door-address' }, t('live.door.open'), ' ', h('a', { href: link, id: 'door-link' }, link)),
      h('p', { class: 'help' }, t('live.door.help'))),
    qrCode(link, t('live.door.qr', { code: showClassCode(v.code) }), 200));
}

/** Mode and seed, chosen before opening: guided by default for a first game, as the teacher's guide recommends. */
export function setupForm(v: MeetingView): View {
  const seedOf = (e: Event) => (e.currentTarget as HTMLInputElement).value.trim();
  return h('fieldset', { class: 'meeting-setup' },
    h('legend', {}, t('live.setup.heading')),
    h('label', { for: 'setup-mode' }, t('live.setup.mode')), ' ',
    h('select', { id: 'setup-mode', onchange: (e: Event) => sendLive('setup', { mode: (e.currentTarget as HTMLSelectElement).value }) },
      MODES.map((m) => h('option', { value: m, selected: m === v.mode }, t(`mode.${m}` as MessageKey).replace(/[:：]$/, '')))),
    ' ',
    h('label', { for: 'setup-seed' }, t('live.setup.seed')), ' ',
    h('input', {
      id: 'setup-seed', type: 'text', inputmode: 'numeric', size: 10, value: String(v.seed), 'aria-describedby': 'setup-seed-help',
      onchange: (e: Event) => { const x = seedOf(e); if (/^\d{1,10}$/.test(x) && Number(x) < 2 ** 31) sendLive('setup', { seed: Number(x) }); },
    }),
    h('p', { id: 'setup-seed-help', class: 'help' }, t('live.setup.seedHelp')));
}

/** The end of the lesson on the projector: each student's delegation, its outcome, objectives and red lines. */
export function resultsView(s: Scenario, v: MeetingView & ChairExtras): View | null {
  if (!v.results.length) return null;
  const codes = v.runCodes ?? {};
  const collected = Object.values(codes).filter(Boolean);
  return h('section', { class: 'card class-results', 'aria-labelledby': 'results-heading' },
    h('h3', { id: 'results-heading', tabindex: -1 }, t('live.results.heading')),
    h('table', { class: 'results-table' },
      h('thead', {}, h('tr', {}, ['live.results.seat', 'live.results.student', 'live.results.outcome', 'live.results.objectives', 'live.results.redLines']
        .map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
      h('tbody', {}, v.results.map((r) => h('tr', {},
        h('th', { scope: 'row' }, nameOf(s, r.seat)),
        h('td', {}, r.name),
        h('td', {}, r.outcome),
        h('td', {}, t('live.results.met', { n: r.objectivesMet, count: r.objectives })),
        h('td', {}, r.redLinesCrossed ? t('live.results.crossed', { n: r.redLinesCrossed }) : t('live.results.none')))))),
    h('p', { role: 'status', id: 'codes-collected' }, t('live.results.codes', { n: collected.length, count: v.results.length })),
    h('div', { class: 'actions' },
      h('button', { id: 'results-summary', class: 'primary', disabled: !collected.length, onclick: () => { setSummaryText(collected.join('\n')); goTo('summary'); } }, t('live.results.summary')),
      h('button', { id: 'results-csv', disabled: !collected.length, onclick: () => { void Promise.all([import('./summary'), loadParts('teacher', 'debrief')]).then(([m]) => m.downloadClassCsv(s, collected.join('\n'))); } }, t('live.results.csv'))));
}
