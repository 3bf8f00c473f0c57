/** The President's part of a class meeting: who holds which seat, and the floor. */
import type { Scenario } from '../../engine';
import type { MeetingView } from '../../live/view';
import { askToClose, sendLive } from '../../store/live';
import { h, type View } from '../dom';
import { t, type MessageKey } from '../i18n';
import { shortNameOf } from '../names';
import { classDoor, resultsView, setupForm, type ChairExtras } from './liveLesson';

/** Where each seat stands on the floor, for the President's table. */
function floorState(v: MeetingView, seat: string): string {
  if (v.waitingFor === seat) return t('live.list.floor');
  if (v.owed.includes(seat)) return t(v.replyRequests.includes(seat) ? 'live.chair.owedAsked' : 'live.chair.owed');
  if (v.standIns.includes(seat)) return t('live.chair.stoodIn');
  return v.spoken.includes(seat) ? t('live.list.spoken') : '';
}

function seatPlan(s: Scenario, v: MeetingView): View {
  const held = new Map(v.seats.map((x) => [x.seat, x]));
  return h('table', { class: 'seat-plan' },
    h('caption', {}, t('live.chair.plan')),
    h('thead', {}, h('tr', {}, ['live.chair.seat', 'live.chair.student', 'live.chair.state', 'live.chair.floor'].map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
    h('tbody', {}, s.speakersList.members.map((id) => {
      const seat = held.get(id);
      return h('tr', { class: seat ? (seat.connected ? 'held' : 'away') : 'computer', id: `plan-${id}` },
        h('th', { scope: 'row' }, shortNameOf(s, id)),
        h('td', {}, seat ? seat.name : t('live.chair.computer')),
        h('td', {}, seat ? t(seat.connected ? 'live.chair.here' : seat.returning ? 'live.chair.returning' : 'live.chair.away') : ''),
        h('td', {}, floorState(v, id)));
    })));
}

function openForm(s: Scenario): View {
  return h('form', {
    class: 'option-form', id: 'open-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const picked = ((event.currentTarget as HTMLFormElement).querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value;
      sendLive('open', picked ? { option: picked } : {});
    },
  },
  h('fieldset', {},
    h('legend', {}, t('live.chair.openHeading')),
    s.presidency.options.map((o, i) => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'open-option', id: `open-${o.id}`, value: o.id, defaultChecked: i === 0 }),
      h('label', { for: `open-${o.id}` }, h('strong', {}, o.label), h('span', { class: 'option-text' }, `“${o.text}”`))))),
  h('button', { type: 'submit', class: 'primary', id: 'open-meeting' }, t('live.chair.open')));
}

/**
 * Rights of reply: every delegation still owed one, asked for or not, each with its floor button.
 * Closing on an owed reply asks once, and says the computer will stand in for it.
 */
function replyControls(s: Scenario, v: MeetingView, confirmClose: boolean): View {
  const studentOf = (seat: string) => v.seats.find((x) => x.seat === seat)?.name ?? '';
  const waiting = v.owed.filter((seat) => seat !== v.waitingFor);
  const close = () => sendLive('giveFloor', { seen: v.turn });
  return h('div', { class: 'replies' },
    h('h3', {}, t('live.chair.replies')),
    v.waitingFor ? h('p', { role: 'status' }, t('live.chair.replying', { name: shortNameOf(s, v.waitingFor) })) : null,
    waiting.length === 0 ? h('p', {}, t('live.chair.noneOwed'))
      : h('ul', { class: 'plain owed-list', id: 'owed-list' }, waiting.map((seat) => h('li', {},
        t(v.replyRequests.includes(seat) ? 'live.chair.owedLineAsked' : 'live.chair.owedLine', { name: shortNameOf(s, seat), student: studentOf(seat) }), ' ',
        v.waitingFor ? null : h('button', { id: `grant-${seat}`, onclick: () => sendLive('grantReply', { seat, seen: v.turn }) }, t('live.chair.grant', { name: shortNameOf(s, seat) }))))),
    confirmClose && v.owed.length
      ? h('div', { class: 'notice', role: 'alert', id: 'close-confirm' },
        h('p', {}, t('live.chair.closeOwed', { count: v.owed.length, list: v.owed.map((seat) => shortNameOf(s, seat)).join(', ') })),
        h('button', { id: 'close-anyway', onclick: close }, t('live.chair.closeAnyway')), ' ',
        h('button', { id: 'close-wait', class: 'primary', onclick: () => askToClose(false) }, t('live.chair.closeWait')))
      : h('button', { id: 'close-meeting', class: v.owed.length ? '' : 'primary', onclick: () => (v.owed.length ? askToClose(true) : close()) }, t('live.chair.close')));
}

function floorControls(s: Scenario, v: MeetingView & ChairExtras, confirmClose: boolean): View | (View | null)[] {
  const give = (label: string, id = 'give-floor') => h('button', { id, class: 'primary', onclick: () => sendLive('giveFloor', { seen: v.turn }) }, label);
  const studentOf = (seat: string) => v.seats.find((x) => x.seat === seat)?.name ?? '';
  if (v.stage === 'gathering') return [classDoor(v), setupForm(v), openForm(s)];
  if (v.stage === 'over') return [resultsView(s, v), consultControls(s, v)];
  if (v.stage === 'replies') return replyControls(s, v, confirmClose);
  if (v.waitingFor) {
    return h('div', {},
      h('p', { role: 'status' }, t('live.chair.holding', { name: shortNameOf(s, v.waitingFor), student: studentOf(v.waitingFor) })),
      h('button', { id: 'move-on', onclick: () => sendLive('giveFloor', { seen: v.turn }) }, t('live.chair.moveOn', { name: shortNameOf(s, v.waitingFor) })));
  }
  return give(v.next ? t('live.chair.give', { name: shortNameOf(s, v.next) }) : t('live.chair.endList'));
}

/** After the meeting: the President opens the consultations (a what-if), then closes each round and the silence. */
function consultControls(s: Scenario, v: MeetingView): View {
  const c = v.consult?.consultations;
  if (!s.consultations || c?.stage === 'done') return h('p', { role: 'status' }, t(c ? 'live.chair.consultOver' : 'live.chair.over'));
  if (!c) {
    // Keyed, so that the button that closed the meeting is not reused for this one under the President's focus.
    return h('div', { key: 'consult' }, h('p', { role: 'status' }, t('live.chair.over')),
      h('button', { id: 'open-consult', key: 'open-consult', onclick: () => sendLive('openConsult', { seen: v.turn }) }, t('live.chair.openConsult')));
  }
  const humans = c.humans ?? [];
  const waiting = humans.filter((seat) => !v.consult!.moved.includes(seat));
  return h('div', {},
    h('p', { role: 'status', id: 'consult-moved-count' }, t('live.chair.movedCount', { n: humans.length - waiting.length, count: humans.length })),
    waiting.length ? h('p', {}, t('live.chair.waiting', { list: waiting.map((seat) => shortNameOf(s, seat)).join(', ') })) : null,
    h('button', { id: 'consult-next', class: 'primary', onclick: () => sendLive('consultNext', { seen: v.turn }) },
      c.stage === 'silence' ? t('live.chair.closeSilence') : t('live.chair.closeRound', { n: c.round })));
}

/** The President may hand the chair to a seated student (to leave early, or to let a student preside). */
function handOver(s: Scenario, v: MeetingView): View | null {
  const seated = v.seats.filter((x) => x.connected);
  if (!seated.length || v.stage === 'over') return null;
  return h('form', {
    class: 'hand-over',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const to = ((event.currentTarget as HTMLFormElement).querySelector('select') as HTMLSelectElement).value;
      if (to) sendLive('handChair', { to });
    },
  },
  h('label', { for: 'hand-to' }, t('live.chair.handTo')), ' ',
  h('select', { id: 'hand-to' }, seated.map((x) => h('option', { value: x.seat }, `${x.name} (${shortNameOf(s, x.seat)})`))), ' ',
  h('button', { type: 'submit', id: 'hand-chair' }, t('live.chair.hand')));
}

export function presidentPanel(s: Scenario, v: MeetingView & ChairExtras, confirmClose = false): View {
  return h('section', { class: 'card chair-panel', 'aria-labelledby': 'chair-heading' },
    h('h2', { id: 'chair-heading' }, t('live.chair.heading')),
    floorControls(s, v, confirmClose),
    seatPlan(s, v),
    handOver(s, v));
}
