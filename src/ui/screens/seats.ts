import type { AppState } from '../../store/gameStore';
import { startGame } from '../../store/gameStore';
import { h } from '../dom';
import { t } from '../i18n';

/** A seed from a teacher's link (?seed=) gives a class the same news; otherwise a fresh one. */
export interface SeatRequest { seat: string | null; seed: number | null; badSeed: string | null }

function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

export function seatScreen(state: AppState, request: SeatRequest): HTMLElement {
  const s = state.scenario!;
  const members = s.speakersList.members.map((id) => s.delegations.find((d) => d.id === id)!)
    .sort((a, b) => Number(b.permanent) - Number(a.permanent) || a.name.localeCompare(b.name));
  const unknownSeat = request.seat !== null && !members.some((d) => d.id === request.seat);
  return h('section', { class: 'screen' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('seats.heading')),
    h('p', { class: 'lead' }, t('seats.intro')),
    unknownSeat ? h('p', { class: 'notice', role: 'status' }, t('seats.urlProblem', { seat: request.seat! })) : null,
    request.badSeed !== null ? h('p', { class: 'notice', role: 'status' }, t('seats.seedProblem', { seed: request.badSeed })) : null,
    h('ul', { class: 'seat-list' }, members.map((d) =>
      h('li', { class: `card seat${d.id === request.seat ? ' suggested' : ''}` },
        h('h2', {}, d.name),
        h('p', { class: 'meta' }, `${d.permanent ? t('seats.permanent') : t('seats.elected')} · ${d.group}`),
        h('p', { class: 'role' }, d.role),
        h('p', {}, d.brief),
        d.id === s.presidency.seat ? h('p', { class: 'presides' }, t('seats.presides')) : null,
        h('button', { id: `seat-${d.id}`, onclick: () => startGame(d.id, request.seed ?? freshSeed()) }, t('seats.take', { name: d.shortName })),
      ))),
  );
}
