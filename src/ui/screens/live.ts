/**
 * A class meeting on a student's or the President's screen. Everything shown comes from the room's
 * latest view; every control sends a request, and the room's answer redraws the screen.
 */
import { composeStatement, nameAttackers, newGame, spokenText, repliesFor, type GameState, type Scenario } from '../../engine';
import { showClassCode } from '../../live/types';
import type { MeetingView } from '../../live/view';
import type { AppState } from '../../store/gameStore';
import { claimSeat, leaveLive, openLiveDebrief, sendLive, type LiveUi } from '../../store/live';
import { h, type View } from '../dom';
import { loadParts, t, type MessageKey } from '../i18n';
import { refusalText } from '../refusal';
import { inTextOf, nameOf, shortNameOf } from '../names';
import { causeLines, type MeterEvent } from '../causes';
import { briefingPack, glossary, helpPanel, instructions } from '../parts/reference';
import './live.css';
import { statementBuilder } from './builder';
import { presidentPanel } from './liveChair';
import { transcript } from './transcript';

export { joinScreen } from './join';

// The consultations' screens come with their rules, fetched once the meeting is over (before the President opens them).
let consultUi: typeof import('./consult') | null = null;
let consultAsked = false;
const loadConsultUi = () => { if (!consultAsked) { consultAsked = true; void Promise.all([import('./consult'), loadParts('consult')]).then(([m]) => { consultUi = m; }, () => { consultAsked = false; }); } };


function statusLine(live: LiveUi): View {
  const v = live.view;
  const code = showClassCode(live.code);
  const text = live.problem ? t(`live.problem.${live.problem}` as MessageKey, { code }) : (live.status === 'connected' && v
    ? t('live.status.connected', { code, chair: v.chairName })
    : t(`live.status.${live.status}` as MessageKey));
  return h('p', { id: 'live-status', class: `live-status ${live.status}`, role: 'status' }, text);
}

function seatPicker(s: Scenario, v: MeetingView): View {
  const held = new Map(v.seats.map((x) => [x.seat, x.name]));
  return h('section', { class: 'seat-picker', 'aria-labelledby': 'pick-seat-heading' },
    h('h2', { id: 'pick-seat-heading' }, t('live.seats.heading')),
    h('p', {}, t('live.seats.intro')),
    h('ul', { class: 'plain seat-buttons' }, s.delegations.filter((d) => d.kind === 'member').map((d) => {
      const student = held.get(d.id);
      const gone = v.spoken.includes(d.id);
      const label = student ? t('live.seats.heldBy', { name: d.shortName, student }) : gone ? t('live.seats.spoken', { name: d.shortName }) : t('live.seats.take', { name: d.shortName });
      return h('li', {}, h('button', { id: `take-${d.id}`, disabled: !!student || gone, onclick: () => claimSeat(d.id) }, label));
    })));
}

/** The builder works on a game: before the meeting opens, a fresh one for this seat, with the draft. */
function draftGame(s: Scenario, v: MeetingView, seat: string, mode: GameState['mode']): GameState {
  const base = v.you?.game ?? newGame(s, seat, 1, mode);
  return { ...base, phase: 'playerTurn', picks: { ...v.you!.draft.picks }, closing: v.you!.draft.closing };
}

function replyPart(s: Scenario, v: MeetingView, game: GameState): View {
  const seat = game.seat;
  if (v.waitingFor === seat) {
    const replies = repliesFor(s, seat);
    return h('form', {
      class: 'option-form', id: 'reply',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const picked = ((event.currentTarget as HTMLFormElement).querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value;
        if (picked) sendLive('reply', { option: picked });
      },
    },
    h('p', { role: 'status' }, t('live.you.replyNow')),
    h('fieldset', {}, h('legend', {}, t('live.you.replyHeading')),
      replies.map((o, i) => h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'reply-option', id: `reply-${o.id}`, value: o.id, defaultChecked: i === 0 }),
        h('label', { for: `reply-${o.id}` }, h('strong', {}, o.label), h('span', { class: 'option-text' }, `“${nameAttackers(s, game.attackedBy, o.text)}”`))))),
    h('button', { type: 'submit', class: 'primary', id: 'reply-submit' }, t('live.you.replySend')));
  }
  if (v.replyRequests.includes(seat)) return h('p', { role: 'status' }, t('live.you.replyAsked'));
  return h('button', { id: 'ask-reply', class: 'primary', disabled: v.stage !== 'replies', onclick: () => sendLive('requestReply') }, t('live.you.replyAsk'));
}

function yourDelegation(state: AppState, s: Scenario, v: MeetingView): View {
  const { seat, game } = v.you!;
  const delivered = v.statements.some((x) => x.seat === seat);
  const ahead = s.speakersList.members.indexOf(seat) - s.speakersList.members.indexOf(v.next ?? seat);
  let part: View | (View | null)[];
  if (game?.phase === 'outcome') {
    const outcome = s.outcomes.find((o) => o.id === game.result?.outcome)?.title ?? '';
    part = [h('p', { role: 'status' }, t('live.you.over', { outcome })), h('button', { id: 'live-debrief', class: 'primary', onclick: () => openLiveDebrief() }, t('live.you.debrief'))];
  } else if (game?.phase === 'rightOfReply') part = replyPart(s, v, game);
  else if (delivered) part = h('p', { role: 'status' }, t('live.you.delivered'));
  else {
    const prompt = v.waitingFor === seat ? h('p', { class: 'notice floor', role: 'status', id: 'your-floor' }, t('live.you.floor'))
      : h('p', {}, v.stage === 'gathering' ? t('live.you.waitOpen') : t('live.you.waitTurn', { ahead: Math.max(0, ahead) }));
    part = [prompt, statementBuilder(s, draftGame(s, v, seat, game?.mode ?? 'standard'), state.builderTopic, state.closingDraft, false)];
  }
  return h('section', { class: 'your-delegation', 'aria-labelledby': 'you-heading' },
    h('h2', { id: 'you-heading' }, t('live.you.heading', { name: nameOf(s, seat) })),
    // What the meters mean (M) and the brief with the glossary (G), as in the solo meeting.
    state.help ? helpPanel(s, seat, state.help) : yourBrief(s, seat, v),
    v.standIns.includes(seat) ? h('p', { class: 'notice', role: 'status', id: 'stand-in-told' }, t('live.you.standInReply')) : null,
    game ? lastMoves(s, game) : null,
    part,
    v.stage === 'gathering' ? h('button', { id: 'release-seat', class: 'link', onclick: () => sendLive('release') }, t('live.you.release')) : null,
    floorBar(s, v, seat, game));
}

/**
 * The student's brief, there from the moment they sit down: open before the meeting opens, folded
 * once it has (G opens it in full, M the meters).
 */
function yourBrief(s: Scenario, seat: string, v: MeetingView): View {
  return h('details', { class: 'card your-brief', id: 'your-brief', open: v.stage === 'gathering' },
    h('summary', {}, t('live.you.brief')),
    h('p', { class: 'help' }, t('live.you.briefHelp')),
    instructions(s, seat, 'brief'), briefingPack(s, 'brief'), glossary(s, 'brief'));
}

/**
 * A bar that stays in view at the foot of the screen: how many speak before this student, and when
 * the floor comes, "You have the floor" with the one thing to do.
 */
function floorBar(s: Scenario, v: MeetingView, seat: string, game: GameState | null): View | null {
  if (v.waitingFor === seat && v.stage === 'meeting') {
    return h('div', { class: 'floor-bar yours', id: 'floor-bar' },
      h('p', {}, t('live.floorBar.yours')),
      h('button', { id: 'floor-deliver', class: 'primary', onclick: () => sendLive('deliver', { seen: v.turn }) }, t('live.floorBar.deliver')));
  }
  if (v.waitingFor === seat && v.stage === 'replies' && game?.phase === 'rightOfReply') {
    return h('div', { class: 'floor-bar yours', id: 'floor-bar' },
      h('p', {}, t('live.floorBar.reply')),
      h('button', { id: 'floor-deliver', class: 'primary', onclick: () => (document.querySelector('#reply input[type=radio]:checked') as HTMLElement | null)?.focus() }, t('live.floorBar.toReply')));
  }
  if (v.stage !== 'meeting' || v.spoken.includes(seat)) return null;
  const order = s.speakersList.members;
  const ahead = order.indexOf(seat) - order.indexOf(v.waitingFor ?? v.next ?? seat);
  return h('div', { class: 'floor-bar', id: 'floor-bar', role: 'status' }, h('p', {}, ahead <= 0 ? t('live.floorBar.next') : t('live.floorBar.ahead', { ahead })));
}

/** Seats held by other students: what the computer says for them in this student's game is said to be a stand-in. */
function standInsFor(v: MeetingView): ReadonlySet<string> {
  const held = new Set(v.seats.map((x) => x.seat).filter((seat) => seat !== v.you?.seat));
  if (v.you && v.standIns.includes(v.you.seat)) held.add(v.you.seat);
  return held;
}

let floorWasMine = false;

/**
 * After each draw of a class meeting: when the floor comes to this student, focus goes to Deliver
 * and a screen reader hears it; while the floor is theirs the tab's title says so.
 */
export function liveAfterDraw(state: AppState, announcer: HTMLElement) {
  const v = state.live?.view;
  const seat = v?.you?.seat;
  const mine = !!seat && v!.waitingFor === seat && (v!.stage === 'meeting' || v!.stage === 'replies');
  if (mine) document.title = `${t('live.floorBar.title')} — ${t('app.title')}`;
  if (mine && !floorWasMine) {
    document.getElementById('floor-deliver')?.focus();
    announcer.textContent = t(v!.stage === 'replies' ? 'live.floorBar.saidReply' : 'live.floorBar.said');
  }
  floorWasMine = mine;
}

/** What moved this student's meters since the last speech began, and why, as in the solo game. */
function lastMoves(s: Scenario, game: GameState): View | null {
  let from = game.log.length;
  while (from > 0 && game.log[from - 1]!.type !== 'speech' && game.log[from - 1]!.type !== 'statement') from--;
  from = Math.max(0, from - 1);
  const moves = game.log.slice(from).filter((e): e is MeterEvent => e.type === 'meter');
  if (!moves.length) return null;
  return h('section', { class: 'moved card', 'aria-labelledby': 'moved-heading' },
    h('h2', { id: 'moved-heading' }, t('moved.heading')),
    h('ul', {}, causeLines(s, game.seat, moves).map((line) => h('li', {}, line))));
}

function speakersList(s: Scenario, v: MeetingView): View {
  const spoken = new Set(v.spoken);
  const order = [...s.speakersList.members, ...s.speakersList.rule37];
  const student = new Map(v.seats.map((x) => [x.seat, x.name]));
  return h('section', { class: 'live-list', 'aria-labelledby': 'live-list-heading' },
    h('h2', { id: 'live-list-heading' }, t('live.list.heading')),
    h('ol', {}, order.map((id) => {
      const state = v.waitingFor === id ? t('live.list.floor') : spoken.has(id) ? t('live.list.spoken') : id === v.next && v.stage !== 'gathering' ? t('live.list.next') : '';
      return h('li', { class: v.waitingFor === id ? 'floor' : '' }, shortNameOf(s, id), ' · ', student.get(id) ?? t('live.list.computer'), state ? ` · ${state}` : '');
    })));
}

/** How the room answered each student: every student hears what was said to the others. */
function answersHeard(s: Scenario, v: MeetingView): View | null {
  const others = v.answers.filter((a) => a.to !== v.you?.seat);
  if (!others.length) return null;
  return h('section', { class: 'live-answers', 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, t('live.answers')),
    h('ol', { class: 'transcript' }, others.map((a) => h('li', { class: `speech response ${a.response}` },
      h('span', { class: 'speaker' }, t(`live.answer.${a.response}` as MessageKey, { speaker: shortNameOf(s, a.speaker), student: inTextOf(s, a.to) }),
        a.standIn ? h('span', { class: 'stand-in' }, ` ${t('live.standIn')}`) : null),
      // Said in this reader's language, from the line the room sent (the student answered is {player}).
      h('p', {}, spokenText(s, a.to, [], { type: 'response', speaker: a.speaker, response: a.response, line: a.line, text: a.text, strength: 1, attack: false, ...(a.variant === undefined ? {} : { variant: a.variant }) }))))));
}

export function liveScreen(state: AppState): View {
  const s = state.scenario!;
  const live = state.live!;
  const v = live.view;
  const seated = v?.you?.seat;
  return h('section', { class: 'screen live' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t(v ? 'live.heading' : 'live.connecting', { code: showClassCode(live.code) })),
    statusLine(live),
    live.refused ? h('p', { class: 'notice', role: 'alert', id: 'live-refused' }, refusalText(live.refused)) : null,
    v && v.chairAway && !v.youPreside && seated
      ? h('p', { class: 'notice' }, t('live.chairAway'), ' ', h('button', { id: 'take-chair', onclick: () => sendLive('handChair', { to: seated }) }, t('live.takeChair')))
      : null,
    v?.youPreside ? presidentPanel(s, v, !!live.confirmClose) : null,
    v && !v.you ? (v.youPreside ? h('details', { class: 'also-seat' }, h('summary', {}, t('live.seats.alsoTake')), seatPicker(s, v)) : seatPicker(s, v)) : null,
    v?.stage === 'over' ? (loadConsultUi(), null) : null,
    v?.consult ? (consultUi ? consultUi.classConsultPanel(s, { consult: v.consult, you: v.you }, (m) => sendLive('consultMove', { move: m.move, ...(m.target ? { target: m.target } : {}), seen: v.turn })) : h('p', { role: 'status' }, t('live.consultLoading'))) : null,
    v?.you ? yourDelegation(state, s, v) : null,
    v && v.stage !== 'gathering' ? speakersList(s, v) : null,
    v ? answersHeard(s, v) : null,
    v?.you?.game ? transcript(s, v.you.seat, v.you.game.log, 'live-transcript-heading', t('live.meeting'), standInsFor(v), v.you.game.attackedBy)
      : v?.said.length ? transcript(s, '', v.said, 'live-transcript-heading', t('live.aloud'))
        : v && v.statements.length ? h('section', { 'aria-labelledby': 'statements-heading' },
          h('h2', { id: 'statements-heading' }, t('live.statements')),
          h('ol', { class: 'transcript' }, v.statements.map((x) => h('li', { class: 'speech' }, h('span', { class: 'speaker' }, nameOf(s, x.seat)), (x.options ? composeStatement(s, x.seat, x.options, x.closing) : x.text).split('\n\n').map((p) => h('p', {}, p)))))) : null,
    h('button', { id: 'leave-class', class: 'link', onclick: () => { void leaveLive(); } }, t('live.leave')),
  );
}
