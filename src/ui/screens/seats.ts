import { MODES, type Mode } from '../../engine';
import type { AppState } from '../../store/gameStore';
import { startGame } from '../../store/gameStore';
import { h, type View } from '../dom';
import { openGlossary } from '../focus';
import { t, type MessageKey } from '../i18n';
import { jargon } from '../jargon';

/**
 * What a teacher's link asks for: a seat (?seat=), a seed that gives a class the same news
 * (?seed=), and a mode (?mode=guided|standard|briefing). Anything odd is shown back as text.
 */
export interface SeatRequest { seat: string | null; seed: number | null; badSeed: string | null; mode: Mode | null; badMode: string | null; unknownLanguage?: string | null }

function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

/** The mode picked on this screen; a teacher's link sets where it starts. */
let picked: Mode | null = null;
const chosenMode = (request: SeatRequest): Mode => picked ?? request.mode ?? 'standard';

function modePicker(request: SeatRequest): View {
  const mode = chosenMode(request);
  return h('fieldset', { class: 'modes' },
    h('legend', {}, t('mode.legend')),
    MODES.map((m) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'mode', id: `mode-${m}`, value: m, checked: m === mode, onchange: () => { picked = m; } }),
      h('label', { for: `mode-${m}` }, h('strong', {}, t(`mode.${m}` as MessageKey)), ' ', h('span', {}, t(`mode.explain.${m}` as MessageKey))))));
}

/**
 * On a seat's button, a letter moves to the next seat whose name starts with it (as in a list box;
 * failing that, any word of the name), so Switzerland is three presses of S away, not fifteen of Tab.
 */
function jumpToSeat(event: Event) {
  const e = event as KeyboardEvent;
  if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || !/\p{L}/u.test(e.key)) return;
  const seats = [...document.querySelectorAll<HTMLButtonElement>('button[data-name]')];
  const from = seats.indexOf(e.target as HTMLButtonElement);
  const key = e.key.toLowerCase();
  const words = (b: HTMLButtonElement) => b.dataset.name!.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2);
  // Names that start with the letter first, as in a list box; failing those, any word of a name
  // ("K": the United Kingdom, then the Republic of Korea), short ones such as "of" aside.
  const order = [...seats.slice(from + 1), ...seats.slice(0, from + 1)];
  const next = order.find((b) => words(b)[0]?.startsWith(key)) ?? order.find((b) => words(b).some((w) => w.startsWith(key)));
  if (next) { e.preventDefault(); next.focus(); }
}

export function seatScreen(state: AppState, request: SeatRequest): View {
  const s = state.scenario!;
  // Sorted by the name a student looks for: Algeria under A, not under "People's Democratic…".
  const members = s.speakersList.members.map((id) => s.delegations.find((d) => d.id === id)!)
    .sort((a, b) => Number(b.permanent) - Number(a.permanent) || a.shortName.localeCompare(b.shortName));
  const requested = members.find((d) => d.id === request.seat);
  const unknownSeat = request.seat !== null && !requested;
  const j = (x: string) => jargon(s, x, openGlossary);
  const take = (id: string) => startGame(id, request.seed ?? freshSeed(), chosenMode(request));
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('seats.heading')),
    requested ? h('div', { class: 'card banner', role: 'status' },
      h('p', {}, state.name ? t('seats.linkSeatNamed', { student: state.name, name: requested.name }) : t('seats.linkSeat', { name: requested.name })),
      h('p', { class: 'help' }, t('seats.linkReady', { mode: t(`mode.${chosenMode(request)}` as MessageKey).replace(/[:：]$/, '') })),
      h('button', { id: 'take-linked', class: 'primary', onclick: () => take(requested.id) }, t('seats.take', { name: requested.shortName }))) : null,
    h('p', { class: 'lead' }, t('seats.intro')),
    unknownSeat ? h('p', { class: 'notice', role: 'status' }, t('seats.urlProblem', { seat: request.seat! })) : null,
    request.badSeed !== null ? h('p', { class: 'notice', role: 'status' }, t('seats.seedProblem', { seed: request.badSeed })) : null,
    request.badMode !== null ? h('p', { class: 'notice', role: 'status' }, t('seats.modeProblem', { mode: request.badMode })) : null,
    modePicker(request),
    h('ul', { class: 'seat-list' }, members.map((d) =>
      h('li', { class: `card seat${d.id === request.seat ? ' suggested' : ''}` },
        h('h2', {}, d.name),
        h('p', { class: 'meta' }, `${d.permanent ? t('seats.permanent') : t('seats.elected')} · `, j(d.group)),
        // The brief says what the seat stands for; its part in this meeting comes with its instructions.
        h('p', {}, j(d.brief)),
        d.id === s.presidency.seat ? h('p', { class: 'presides' }, t('seats.presides')) : null,
        h('button', { id: `seat-${d.id}`, 'data-name': d.shortName, onclick: () => take(d.id), onkeydown: jumpToSeat }, t('seats.take', { name: d.shortName })),
      ))),
  );
}
