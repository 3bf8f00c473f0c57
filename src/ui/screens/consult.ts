/**
 * The consultations after the meeting (a what-if): the draft elements as they stand, who supports,
 * amends or objects to each and why, the player's move, and what the President reads at the end.
 * Loaded with its own strings and the consultations' rules when a player opens it.
 */
import { applyConsultation, consultChoices, movesOpen, replayConsultations, stageOf, wording } from '../../engine/consultations';
import type { Choice, GameEvent, GameState, Run, Scenario } from '../../engine';
import { classElementsResult, replayClassConsultations } from '../../engine/consultations/class';
import { gameStore, goTo, keepGame, type AppState } from '../../store/gameStore';
import { h, type View } from '../dom';
import { focusAfterRender } from '../focus';
import { labelOf, labelled, list, t } from '../i18n';
import { shortNameOf } from '../names';
import { draftView, moveLabel } from './consultDraft';
import './consult.css';


type Move = Extract<Choice, { type: 'consult' }>;
const LETTERS = 'ABCDEFGHIJKLMNOP';

export function play(choice: Move) {
  const { scenario, game } = gameStore.getState();
  if (!scenario || !game) return;
  const step = applyConsultation(scenario, game, choice);
  if (!step.ok) { gameStore.setState((s) => { s.error = step.error; }); return; }
  focusAfterRender(step.state.consultations?.stage === 'done' ? 'screen-heading' : 'consult-moved');
  keepGame(step.state);
  const announcer = document.getElementById('announcer');
  if (announcer) announcer.textContent = movedLines(scenario, step.state, step.events).join(' ');
}

/**
 * A resumed save's or a run code's consultations, replayed after its meeting by their own stage now
 * that it is here: a solo game's moves, or a class's start and steps (each student's text is the class's).
 */
export function replayPending() {
  const { scenario, game, pendingConsult } = gameStore.getState();
  if (!scenario || !game || !pendingConsult) return;
  if (Array.isArray(pendingConsult)) { keepGame(replayConsultations(scenario, game, pendingConsult).state); return; }
  const run = pendingConsult as NonNullable<Run['classConsult']> & { seed: number };
  const cc = replayClassConsultations(scenario, run.start, run.seed, run.steps);
  keepGame({ ...game, consultations: cc.consultations, log: [...game.log, ...cc.log], result: game.result ? { ...game.result, elements: classElementsResult(scenario, cc, game.seat) } : game.result });
}

export function consultScreen(state: AppState): View {
  const s = state.scenario!;
  const game = state.game!;
  const c = game.consultations;
  const section = s.consultations!;
  return h('section', { class: 'screen consult' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('consult.heading')),
    h('p', { class: 'whatif notice' }, t('consult.whatIf')),
    h('p', {}, t('consult.pen', { name: section.penholder === game.seat ? t('consult.you') : shortNameOf(s, section.penholder) })),
    steps(s, game),
    !c ? intro(s, game) : c.stage === 'done' ? result(s, game) : [
      moved(s, game),
      draftView(s, game),
      moveForm(s, game, state.projector),
      brief(s, game.seat, false),
    ]);
}

/** The stage as steps, not a timer: each round, the silence procedure, the reading. */
function steps(s: Scenario, game: GameState): View {
  const c = game.consultations;
  const rounds = s.consultations!.rounds;
  const at = !c ? -1 : c.stage === 'round' ? c.round - 1 : c.stage === 'silence' ? rounds : rounds + 1;
  const labels = [...Array.from({ length: rounds }, (_, i) => t('consult.step.round', { n: i + 1 })), t('consult.step.silence'), t('consult.step.read')];
  return h('ol', { class: 'consult-steps', 'aria-label': t('consult.steps') },
    labels.map((label, i) => h('li', { class: i === at ? 'current' : i < at ? 'done' : '', 'aria-current': i === at ? 'step' : undefined }, label)));
}

function intro(s: Scenario, game: GameState): View {
  // A class meeting's game: the President opens the consultations for the whole class, in the class's screen.
  const inClass = game.choices.some((c) => c.type === 'hear');
  return [
    h('p', {}, s.consultations!.intro),
    brief(s, game.seat, true),
    inClass ? h('p', { class: 'notice', role: 'status' }, t('consult.inClass'))
      : h('button', { id: 'consult-begin', class: 'primary', onclick: () => play({ type: 'consult', move: 'begin' }) }, t('consult.begin')),
  ] as unknown as View;
}

/** What the player's capital instructs for the elements. */
function brief(s: Scenario, seat: string, open: boolean): View | null {
  const stage = stageOf(s);
  const b = stage.briefs.get(seat);
  if (!b) return null;
  const label = (id: string) => `“${stage.elements.get(id)?.label ?? id}”`;
  const ids = (key: 'consult.wants' | 'consult.keepOut' | 'consult.needs', xs: string[]) => (xs.length ? h('li', {}, t(key, { list: list(xs.map(label)) })) : null);
  return h('details', { class: 'consult-brief', id: 'consult-brief', open },
    h('summary', {}, t('consult.brief')),
    h('p', {}, b.summary),
    h('ul', {}, ids('consult.wants', b.wants), ids('consult.keepOut', b.keepOut), ids('consult.needs', b.needs),
      b.trades.map((x) => h('li', {}, t('consult.trade', { give: stage.elements.get(x.give)!.label, for: stage.elements.get(x.for)!.label })))),
    h('h2', {}, t('consult.objectives')), h('ul', { class: 'objectives' }, b.objectives.map((o) => h('li', {}, o.text))),
    b.redLines.length ? [h('h2', {}, t('consult.redLines')), h('ul', { class: 'objectives' }, b.redLines.map((o) => h('li', {}, o.text)))] : null);
}

/** The last move's effects, in words: each paragraph the penholder changed and why, and who broke silence. */
function movedLines(s: Scenario, game: GameState, events: GameEvent[]): string[] {
  const stage = stageOf(s);
  const who = (ids: string[]) => list(ids.map((id) => (id === game.seat ? t('consult.you') : shortNameOf(s, id))));
  const lines: string[] = [];
  const students = game.consultations?.humans ?? [];
  for (const e of events) {
    // In a class, what the other students asked for in the round just closed, in their delegations' words.
    if (e.type === 'consultMove' && e.seat !== game.seat && students.includes(e.seat) && students.length > 1 && ['amend', 'insist', 'object', 'break'].includes(e.move)) {
      const [label] = moveLabel(s, { ...game, seat: e.seat }, { type: 'consult', move: e.move, ...(e.target ? { target: e.target } : {}) }, true);
      lines.push(t('consult.said', { name: shortNameOf(s, e.seat), text: e.text ? labelled(label, `“${e.text}”`) : label }));
    }
    if (e.type === 'redraft') {
      if (e.changes.length === 0) lines.push(t('consult.nothingMoved'));
      for (const ch of e.changes) {
        const label = stage.elements.get(ch.element)!.label;
        const deletion = ch.out && ch.to === null && ch.by.some((b) => b !== s.consultations!.penholder);
        if (ch.out) lines.push(t(deletion ? 'consult.deleted' : 'consult.dropped', { label, list: who(deletion ? ch.by : game.consultations!.blocked.find((b) => b.element === ch.element && !b.silence)?.by ?? ch.by) }));
        else if (ch.by.length === 1 && ch.by[0] === game.seat && s.consultations!.penholder === game.seat) lines.push(t('consult.changePen', { label, wording: versionName(s, ch.element, ch.to) }));
        else lines.push(t('consult.change', { label, wording: versionName(s, ch.element, ch.to), list: who(ch.by) }));
      }
    }
    if (e.type === 'pressElements') lines.push(e.agreed.length ? t('consult.read') : t('consult.none'));
  }
  const breakers = events.filter((e): e is Extract<GameEvent, { type: 'consultMove' }> => e.type === 'consultMove' && e.move === 'break');
  if (breakers.length) lines.push(t('consult.breaks', { list: who([...new Set(breakers.map((b) => b.seat))]) }));
  return lines;
}

export function versionName(s: Scenario, element: string, version: string | null): string {
  const stage = stageOf(s);
  if (version === null) return t('consult.original');
  if (version === 'compromise') return t('consult.compromise', { label: stage.elements.get(element)!.compromise!.label });
  return t('consult.amended', { label: stage.amendments.get(version)!.amendment.label });
}

function moved(s: Scenario, game: GameState): View | null {
  const lines = movedLines(s, game, game.log.slice(game.saidFrom));
  if (lines.length === 0) return null;
  return h('section', { class: 'card moved', 'aria-labelledby': 'consult-moved' },
    h('h2', { id: 'consult-moved', tabindex: -1 }, t('consult.moved')),
    h('ul', {}, lines.map((l) => h('li', {}, l))));
}

function moveForm(s: Scenario, game: GameState, projector: boolean, choices = consultChoices(s, game), onMove: (m: Move) => void = play, chosen: Move | null = null): View {
  const c = game.consultations!;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const vote = form.querySelector<HTMLInputElement>('#consult-vote')?.value.trim().toUpperCase();
    const at = vote ? LETTERS.indexOf(vote) : Number((form.querySelector<HTMLInputElement>('input[name=consult-move]:checked'))?.value ?? -1);
    if (at >= 0 && at < choices.length) onMove(choices[at]!);
  };
  const legend = c.stage === 'silence' ? t('consult.yourSilence') : t('consult.yourMove', { n: c.round, count: s.consultations!.rounds });
  const picked = chosen ? choices.findIndex((x) => x.move === chosen.move && x.target === chosen.target) : 0;
  return h('form', { class: 'consult-move', onsubmit: submit },
    h('fieldset', {},
      h('legend', { id: 'consult-legend' }, legend),
      choices.map((choice, i) => {
        const [label, words] = moveLabel(s, game, choice);
        return h('div', { class: 'choice' },
          h('input', { type: 'radio', name: 'consult-move', id: `move-${i}`, value: String(i), checked: i === Math.max(0, picked) }),
          h('label', { for: `move-${i}` }, projector ? h('span', { class: 'letter' }, LETTERS[i]!) : null, h('strong', {}, label), words ? h('span', { class: 'quote' }, `“${words}”`) : null));
      })),
    projector ? h('p', {}, h('label', { for: 'consult-vote' }, t('vote.label', { letters: LETTERS.slice(0, choices.length).split('').join(', ') })), ' ',
      h('input', { id: 'consult-vote', type: 'text', maxlength: 1, autocomplete: 'off', class: 'vote-letter' })) : null,
    h('button', { type: 'submit', id: 'consult-go', class: 'primary' }, t('consult.go')));
}

/**
 * The class meeting's consultations on a student's or the President's screen: the class's draft,
 * and for a student the moves open to their seat (sent to the room; the President closes the round).
 */
export function classConsultPanel(s: Scenario, view: ClassView, send: (m: Move) => void): View {
  const game: GameState = { ...(view.you?.game ?? ({} as GameState)), seat: view.you?.seat ?? '', consultations: view.consult.consultations, log: view.consult.log, saidFrom: lastRoundStart(view.consult.log, view.consult.consultations.humans ?? []) };
  const c = view.consult.consultations;
  const seat = view.you?.seat;
  const mine = seat && c.humans?.includes(seat) && c.stage !== 'done' ? movesOpen(s, c, seat) : [];
  return h('section', { class: 'consult class-consult', 'aria-labelledby': 'class-consult-heading' },
    h('h2', { id: 'class-consult-heading' }, t('consult.heading')),
    h('p', { class: 'whatif notice' }, t('consult.whatIf')),
    steps(s, game),
    c.stage === 'done' ? result(s, game, false) : [
      moved(s, game),
      draftView(s, game),
      mine.length ? [
        view.you?.consultMove ? h('p', { role: 'status', id: 'consult-sent' }, t('consult.sent', { move: moveLabel(s, game, view.you.consultMove, true)[0] })) : null,
        moveForm(s, game, false, mine, send, view.you?.consultMove ?? null),
      ] : null,
      seat ? brief(s, seat, false) : null,
    ]);
}

/** What a class's screens read of the room's view. */
export interface ClassView {
  consult: { consultations: NonNullable<GameState['consultations']>; log: GameEvent[] };
  you: { seat: string; game: GameState | null; consultMove?: Move | null } | null;
}

/** Where the last step the President closed began: the students' moves of that round, then its redraft (or the silence). */
function lastRoundStart(log: GameEvent[], humans: string[]): number {
  let at = log.findLastIndex((e) => e.type === 'redraft' || e.type === 'pressElements');
  if (at < 0) return log.length;
  while (at > 0 && (log[at - 1]!.type === 'consultMove' && humans.includes((log[at - 1] as { seat: string }).seat) || log[at - 1]!.type === 'consultStage' || (log[at - 1]!.type === 'consultMove' && (log[at - 1] as { move: string }).move === 'break'))) at--;
  return at;
}

/** The end: what the President reads, or that nothing is read and who blocked what; the player's moves; what really happened. */
function result(s: Scenario, game: GameState, solo = true): View {
  const stage = stageOf(s);
  const c = game.consultations!;
  const who = (ids: string[]) => list(ids.map((id) => (id === game.seat ? t('consult.you') : shortNameOf(s, id))));
  const brief = stage.briefs.get(game.seat);
  const r = game.result?.elements;
  const mine = game.log.filter((e): e is Extract<GameEvent, { type: 'consultMove' }> => e.type === 'consultMove' && e.seat === game.seat && e.move !== 'begin');
  return [
    h('section', { class: 'card headline', id: 'consult-result' },
      h('h2', {}, (c.agreed ?? []).length ? t('consult.read') : t('consult.none')),
      (c.agreed ?? []).length ? h('ol', { class: 'press-elements' }, c.agreed!.map((p) => h('li', {}, wording(stage, p)!.text)))
        : [h('p', {}, t('consult.lastDraft')), h('ol', { class: 'press-elements' }, c.draft.filter((p) => !p.out).map((p) => h('li', {}, wording(stage, p)!.text)))],
      h('ul', {}, c.blocked.map((b) => h('li', {}, b.element === null ? t('consult.wholeFell', { list: who(b.by) })
        : t(b.silence ? 'consult.fell' : 'consult.takenOut', { label: stage.elements.get(b.element)!.label, list: who(b.by) }))))),
    brief && r ? h('ul', { class: 'objectives' },
      brief.objectives.map((o, i) => h('li', { class: r.objectives[i]!.met ? 'met' : 'missed' }, h('strong', {}, labelOf(r.objectives[i]!.met ? t('consult.met') : t('consult.missed'))), o.text)),
      brief.redLines.map((o, i) => h('li', { class: r.redLines[i]!.crossed ? 'missed' : 'met' }, h('strong', {}, labelOf(r.redLines[i]!.crossed ? t('consult.crossed') : t('consult.kept'))), o.text))) : null,
    h('h2', {}, t('consult.yourMoves')),
    h('ol', {}, mine.map((e) => {
      // What followed the move: the penholder's redraft of that round (nothing follows a silence move but the reading).
      const redraft = game.log.find((x): x is Extract<GameEvent, { type: 'redraft' }> => x.type === 'redraft' && x.round === e.round);
      const after = e.move === 'silent' || e.move === 'break' || !redraft ? [] : movedLines(s, game, [redraft]);
      return h('li', {}, moveLabel(s, game, { type: 'consult', move: e.move, ...(e.target ? { target: e.target } : {}) }, true)[0], after.length ? h('span', { class: 'quote' }, after.join(' ')) : null);
    })),
    h('h2', {}, t('consult.reality')),
    h('p', {}, s.consultations!.reality),
    solo ? h('button', { id: 'consult-back', class: 'primary', onclick: () => goTo('debrief') }, t('consult.back')) : null,
  ] as unknown as View;
}
