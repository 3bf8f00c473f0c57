/**
 * The engine's public moves: start a game, list the choices open now, apply one. applyChoice never
 * throws for a bad choice; it returns an error value the interface can show.
 */
import { produce } from 'immer';
import type { Scenario } from './scenario/schema';
import { compileScenario, type Model } from './model';
import { pickWeighted, nextRandom, seedState } from './rng';
import { startSituation } from './situation';
import { Step, membersAfter, membersBefore, nextOnTheList, writeBack } from './meeting';
import { cleanClosing } from './statement';
import { MODES, type Choice, type EngineError, type GameEvent, type GameState, type Mode, type Step as StepResult } from './types';

export const isMode = (value: unknown): value is Mode => typeof value === 'string' && (MODES as readonly string[]).includes(value);

export function newGame(scenario: Scenario, seat: string, seed: number, mode: Mode = 'standard'): GameState {
  const model = compileScenario(scenario);
  const seatIndex = model.delegationIndex.get(seat);
  if (seatIndex === undefined || !model.isMember[seatIndex]) {
    throw new Error(`"${seat}" is not a playable seat in ${scenario.id}`);
  }
  const [r, rng] = nextRandom(seedState(seed));
  const news = scenario.news[pickWeighted(scenario.news.map((n) => n.weight), r)]!.id;
  const state: GameState = {
    scenarioId: scenario.id, scenarioVersion: scenario.version, seat, seed: seedState(seed), mode: isMode(mode) ? mode : 'standard', rng,
    phase: 'preparation', news, newsArrived: false, cursor: 0, picks: {}, closing: '', applied: [],
    meters: {}, support: {}, impact: {}, attackedBy: [], choices: [], log: [], saidFrom: 0, history: [], result: null,
  };
  writeBack(model, startSituation(model, seatIndex), state);
  state.history.push({ step: 0, label: 'start', meters: { ...state.meters } });
  return state;
}

export function isPlayable(scenario: Scenario, seat: string): boolean {
  return scenario.delegations.some((d) => d.id === seat && d.kind === 'member');
}

export function isPresiding(scenario: Scenario, state: GameState): boolean {
  return scenario.presidency.seat === state.seat;
}

/** Seconds the current picks take, not counting the statement's frame. */
export function secondsUsed(scenario: Scenario, picks: Record<string, string | null>): number {
  const model = compileScenario(scenario);
  let total = 0;
  for (const id of Object.values(picks)) if (id) total += model.options[model.optionIndex.get(id)!]?.seconds ?? 0;
  return total;
}

/** The topics a seat addresses, in statement order, each with the options that seat is offered. */
export function topicsFor(scenario: Scenario, seat: string): { topic: Scenario['topics'][number]; options: Scenario['topics'][number]['options'] }[] {
  const model = compileScenario(scenario);
  const d = model.delegationIndex.get(seat);
  if (d === undefined) return [];
  return scenario.topics.flatMap((topic, ti) => {
    const options = model.seatTopicOptions[d]![ti]!.map((o) => model.options[o]!.option);
    return options.length ? [{ topic, options }] : [];
  });
}

/** The right-of-reply options a seat is offered. */
export function repliesFor(scenario: Scenario, seat: string): Scenario['rightOfReply']['options'] {
  const model = compileScenario(scenario);
  const d = model.delegationIndex.get(seat);
  return d === undefined ? [] : model.seatReplyOptions[d]!.map((o) => model.options[o]!.option);
}

export function availableChoices(scenario: Scenario, state: GameState): Choice[] {
  const model = compileScenario(scenario);
  switch (state.phase) {
    case 'preparation': return [{ type: 'begin' }];
    case 'opening':
      return isPresiding(scenario, state)
        ? scenario.presidency.options.map((o) => ({ type: 'chair', option: o.id }))
        : [{ type: 'continue' }];
    case 'speakers': case 'reactions': case 'rule37': return [{ type: 'continue' }];
    case 'playerTurn': {
      const choices: Choice[] = [];
      for (const { topic: t, options } of topicsFor(scenario, state.seat)) {
        const others = secondsUsed(scenario, { ...state.picks, [t.id]: null });
        choices.push({ type: 'pick', topic: t.id, option: null });
        for (const o of options) if (others + o.seconds <= model.budget) choices.push({ type: 'pick', topic: t.id, option: o.id });
      }
      choices.push({ type: 'closing', text: '' }, { type: 'deliver' });
      return choices;
    }
    case 'rightOfReply': return repliesFor(scenario, state.seat).map((o) => ({ type: 'reply', option: o.id }));
    case 'closing': return (scenario.presidency.closingOptions ?? []).map((o) => ({ type: 'adjourn', option: o.id }));
    case 'outcome': return [];
  }
}

const fail = (code: EngineError['code'], message: string): StepResult => ({ ok: false, error: { code, message } });

function check(scenario: Scenario, model: Model, state: GameState, choice: Choice): EngineError | null {
  const err = (code: EngineError['code'], message: string) => ({ code, message });
  if (state.phase === 'outcome') return err('game-over', 'the meeting is over');
  // The consultations' moves are not here: they are a stage of their own, played with applyConsultation.
  const expected: Partial<Record<Choice['type'], GameState['phase'][]>> = {
    begin: ['preparation'], continue: ['opening', 'speakers', 'reactions', 'rule37'], chair: ['opening'],
    pick: ['playerTurn'], closing: ['playerTurn'], deliver: ['playerTurn'], reply: ['rightOfReply'], hear: ['opening', 'speakers', 'reactions'], adjourn: ['closing'],
    // The consultations are a stage of their own, played with applyConsultation.
    consult: [],
  };
  if (!Object.hasOwn(expected, choice.type) || !expected[choice.type]!.includes(state.phase)) return err('wrong-phase', `"${choice.type}" is not possible during ${state.phase}`);
  const presiding = isPresiding(scenario, state);
  if (choice.type === 'continue' && state.phase === 'opening' && presiding) return err('wrong-phase', 'you are presiding: choose how to open the meeting');
  if (choice.type === 'chair') {
    if (!presiding) return err('wrong-phase', 'only the President opens the meeting');
    if (!scenario.presidency.options.some((o) => o.id === choice.option)) return err('unknown-option', `no chair's option "${shown(choice.option)}"`);
  }
  if (choice.type === 'adjourn' && !(scenario.presidency.closingOptions ?? []).some((o) => o.id === choice.option)) {
    return err('unknown-option', `no closing option "${shown(choice.option)}"`);
  }
  if (choice.type === 'pick') {
    const entry = topicsFor(scenario, state.seat).find((t) => t.topic.id === choice.topic);
    if (!entry) return err('unknown-topic', `your delegation has no topic "${shown(choice.topic)}"`);
    const topic = entry.topic;
    if (choice.option !== null) {
      if (!entry.options.some((o) => o.id === choice.option)) return err('unknown-option', `topic "${topic.id}" has no option "${shown(choice.option)}" for your delegation`);
      const used = secondsUsed(scenario, { ...state.picks, [topic.id]: choice.option });
      if (used > model.budget) return err('over-budget', `that would take ${used} s, over the ${model.budget} s your statement has`);
    }
  }
  if (choice.type === 'closing') {
    if (typeof choice.text !== 'string') return err('bad-choice', 'the closing sentence must be text');
    const max = scenario.rules.closingSentenceMax;
    if (cleanClosing(choice.text).length > max) return err('too-long', `the closing sentence is limited to ${max} characters`);
  }
  if (choice.type === 'hear' && state.phase === 'opening') {
    // The President's opening, chosen by the student who presides, heard in another student's game.
    if (presiding) return err('wrong-phase', 'you are presiding: choose how to open the meeting');
    if (choice.seat !== scenario.presidency.seat) return err('bad-choice', 'the meeting is opened by the President');
    if (choice.options.length !== 1 || !scenario.presidency.options.some((o) => o.id === choice.options[0])) return err('unknown-option', 'the President opens with one of the chair\'s options');
  } else if (choice.type === 'hear') {
    const speaker = nextOnTheList(model, state);
    if (speaker < 0 || !model.isMember[speaker]) return err('wrong-phase', 'no member of the Council is about to take the floor');
    const seat = model.delegations[speaker]!.id;
    if (choice.seat !== seat) return err('bad-choice', `${shown(choice.seat)} does not have the floor; ${seat} does`);
    const topics = topicsFor(scenario, seat);
    const addressed = new Set<string>();
    for (const id of choice.options) {
      const entry = topics.find((t) => t.options.some((o) => o.id === id));
      if (!entry) return err('unknown-option', `${seat} has no option "${shown(id)}"`);
      if (addressed.has(entry.topic.id)) return err('bad-choice', `a statement takes one option per topic; two are on "${entry.topic.id}"`);
      addressed.add(entry.topic.id);
    }
    const used = secondsUsed(scenario, Object.fromEntries(choice.options.map((id, i) => [String(i), id])));
    if (used > model.budget) return err('over-budget', `that statement would take ${used} s, over the ${model.budget} s a statement has`);
    if (choice.closing.length > scenario.rules.closingSentenceMax) return err('too-long', `the closing sentence is limited to ${scenario.rules.closingSentenceMax} characters`);
  }
  if (choice.type === 'reply' && !repliesFor(scenario, state.seat).some((o) => o.id === choice.option)) {
    return err('unknown-option', `no reply "${shown(choice.option)}"`);
  }
  return null;
}

const ID_MAX = 200;
const TEXT_MAX = 10_000;
const shown = (v: unknown) => { const t = typeof v === 'string' ? v : String(typeof v); return t.length > 60 ? `${t.slice(0, 57)}…` : t; };

/**
 * A choice as the engine stores it: only the fields its type has, each of the right kind. Anything
 * else (unknown types, prototype names, symbols, functions, extra keys, megabyte strings) is refused
 * here, so no choice can throw further in or make a save that cannot be written.
 */
export function normaliseChoice(input: unknown): Choice | EngineError {
  const bad = (message: string): EngineError => ({ code: 'bad-choice', message });
  if (!input || typeof input !== 'object' || Array.isArray(input)) return bad('not a choice');
  const c = input as Record<string, unknown>;
  const id = (v: unknown) => typeof v === 'string' && v.length <= ID_MAX;
  switch (Object.hasOwn(c, 'type') ? c.type : undefined) {
    case 'begin': return { type: 'begin' };
    case 'continue': return { type: 'continue' };
    case 'deliver': return { type: 'deliver' };
    case 'chair': return id(c.option) ? { type: 'chair', option: c.option as string } : bad('a chair choice names an option');
    case 'reply': return id(c.option) ? { type: 'reply', option: c.option as string } : bad('a reply names an option');
    case 'adjourn': return id(c.option) ? { type: 'adjourn', option: c.option as string } : bad('closing the meeting names one of the President\'s options');
    case 'pick':
      if (!id(c.topic)) return bad('a pick names a topic');
      if (c.option !== null && !id(c.option)) return bad('a pick names an option, or null to leave the topic out');
      return { type: 'pick', topic: c.topic as string, option: c.option as string | null };
    case 'hear': {
      if (!Array.isArray(c.options) || c.options.length > 50 || !c.options.every(id)) return bad('a statement heard lists its option ids');
      if (!id(c.seat)) return bad('a statement heard names the delegation that made it');
      if (typeof c.closing !== 'string') return bad('the closing sentence must be text');
      if (c.closing.length > TEXT_MAX) return { code: 'too-long', message: 'the closing sentence is far too long' };
      return { type: 'hear', seat: c.seat as string, options: [...c.options] as string[], closing: cleanClosing(c.closing) };
    }
    case 'closing':
      if (typeof c.text !== 'string') return bad('the closing sentence must be text');
      if (c.text.length > TEXT_MAX) return { code: 'too-long', message: 'the closing sentence is far too long' };
      return { type: 'closing', text: cleanClosing(c.text) };
    default: return bad(`"${shown(c.type)}" is not a kind of choice`);
  }
}

export function applyChoice(scenario: Scenario, state: GameState, input: Choice): StepResult {
  const model = compileScenario(scenario);
  const choice = normaliseChoice(input);
  if ('code' in choice) return { ok: false, error: choice };
  const problem = check(scenario, model, state, choice);
  if (problem) return { ok: false, error: problem };
  return commit(state, choice, (draft) => {
    const step = new Step(model, draft);
    // A changed mind replaces the earlier decision: the save keeps decisions, not every keypress.
    if (choice.type === 'pick') draft.choices = draft.choices.filter((c) => !(c.type === 'pick' && c.topic === choice.topic));
    if (choice.type === 'closing') draft.choices = draft.choices.filter((c) => c.type !== 'closing');
    play(step, choice);
    writeBack(model, step.sit, draft);
    return step.events;
  });
}

/**
 * The one place immer is applied in the engine: every rule, the meeting's and the consultations',
 * writes to a draft here. The choice is kept, the events logged, and the meters charted.
 */
export function commit(state: GameState, choice: Choice, rules: (draft: GameState) => GameEvent[]): StepResult {
  let events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    events = rules(draft);
    draft.choices.push(choice);
    if (events.some((e) => SAID.has(e.type))) draft.saidFrom = draft.log.length;
    draft.log.push(...events);
    if (events.some((e) => e.type === 'meter')) {
      draft.history.push({ step: draft.choices.length, label: labelFor(choice, events), meters: { ...draft.meters } });
    }
  });
  return { ok: true, state: next, events };
}

/** The events said aloud in the meeting: what a step puts "on the floor". */
const SAID = new Set<GameEvent['type']>(['speech', 'narration', 'news', 'statement', 'response']);

/** A short label for the meters-over-time chart: who or what moved the meters at this step. */
function labelFor(choice: Choice, events: GameEvent[]): string {
  if (choice.type === 'deliver') return 'statement';
  if (choice.type === 'reply') return 'reply';
  if (events.some((e) => e.type === 'news')) return 'opening';
  const speech = events.find((e) => e.type === 'speech');
  return speech?.type === 'speech' ? speech.speaker : choice.type;
}

function play(step: Step, choice: Choice) {
  const { model, state } = step;
  switch (choice.type) {
    case 'begin': step.enter('opening'); return;
    case 'chair': step.open(choice.option); return;
    case 'pick': state.picks[choice.topic] = choice.option; return;
    case 'closing': state.closing = cleanClosing(choice.text); return;
    case 'deliver': step.deliver(); return;
    case 'reply': step.reply(choice.option); return;
    case 'adjourn': step.adjourn(choice.option); return;
    case 'continue': case 'hear': break;
  }
  if (state.phase === 'opening') { step.open(choice.type === 'hear' ? choice.options[0]! : model.scenario.presidency.options[0]!.id); return; }
  const list = state.phase === 'speakers' ? membersBefore(model, state) : state.phase === 'reactions' ? membersAfter(model, state) : model.rule37;
  const d = list[state.cursor]!;
  if (choice.type === 'hear') step.hear(d, choice.options, choice.closing);
  else step.speak(d, state.phase !== 'speakers');
  state.cursor += 1;
  if (state.cursor < list.length) return;
  if (state.phase === 'speakers') step.enter('playerTurn');
  else if (state.phase === 'reactions') step.afterReactions();
  else step.afterRule37();
}
