/** The President's part of a class meeting: who holds which seat, and the floor. */
import type { Scenario } from '../../engine';
import type { MeetingView } from '../../live/view';
import { sendLive } from '../../store/live';
import { h, type View } from '../dom';
import { t } from '../i18n';
import { shortNameOf } from '../names';

function seatPlan(s: Scenario, v: MeetingView): View {
  const held = new Map(v.seats.map((x) => [x.seat, x]));
  return h('table', { class: 'seat-plan' },
    h('caption', {}, t('live.chair.plan')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('live.chair.seat')), h('th', { scope: 'col' }, t('live.chair.student')), h('th', { scope: 'col' }, t('live.chair.state')))),
    h('tbody', {}, s.speakersList.members.map((id) => {
      const seat = held.get(id);
      return h('tr', { class: seat ? (seat.connected ? 'held' : 'away') : 'computer' },
        h('th', { scope: 'row' }, shortNameOf(s, id)),
        h('td', {}, seat ? seat.name : t('live.chair.computer')),
        h('td', {}, seat ? t(seat.connected ? 'live.chair.here' : 'live.chair.away') : ''));
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

function floorControls(s: Scenario, v: MeetingView): View {
  const give = (label: string, id = 'give-floor') => h('button', { id, class: 'primary', onclick: () => sendLive('giveFloor', { seen: v.turn }) }, label);
  const studentOf = (seat: string) => v.seats.find((x) => x.seat === seat)?.name ?? '';
  if (v.stage === 'gathering') return openForm(s);
  if (v.stage === 'over') return consultControls(s, v);
  if (v.stage === 'replies') {
    return h('div', { class: 'replies' },
      h('h3', {}, t('live.chair.replies')),
      v.waitingFor ? h('p', { role: 'status' }, t('live.chair.replying', { name: shortNameOf(s, v.waitingFor) }))
        : v.replyRequests.length === 0 ? h('p', {}, t('live.chair.noRequests'))
          : h('ul', { class: 'plain' }, v.replyRequests.map((seat) => h('li', {},
            h('button', { id: `grant-${seat}`, onclick: () => sendLive('grantReply', { seat, seen: v.turn }) }, t('live.chair.grant', { name: shortNameOf(s, seat) }))))),
      give(t('live.chair.close'), 'close-meeting'));
  }
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

export function presidentPanel(s: Scenario, v: MeetingView): View {
  return h('section', { class: 'card chair-panel', 'aria-labelledby': 'chair-heading' },
    h('h2', { id: 'chair-heading' }, t('live.chair.heading')),
    floorControls(s, v),
    seatPlan(s, v),
    handOver(s, v));
}
