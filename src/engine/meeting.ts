/**
 * The meeting's steps, written against an immer draft of the game state. Each step rebuilds the
 * numeric Situation from the state, runs the shared rules, and writes the result back, so the JSON
 * state stays the single source of truth.
 */
import { fill } from './grammar';
import type { Model } from './model';
import type { GameEvent, GameState, Phase } from './types';
import { applyEffects, applyNews, applyOption, emptySituation, verdict, type Cause, type MeterChange, type Situation } from './situation';
import { answerReply, answeredBy, newTurn, speak } from './speech';
import { nextRandom } from './rng';
import { composeStatement } from './statement';

export function situationFromState(model: Model, state: GameState): Situation {
  const sit = emptySituation(model, model.delegationIndex.get(state.seat)!);
  sit.news = state.newsArrived ? model.scenario.news.findIndex((n) => n.id === state.news) : -1;
  model.meterIds.forEach((id, i) => { sit.meters[i] = state.meters[id] ?? 0; });
  model.delegations.forEach((d, i) => {
    sit.support[i] = state.support[d.id] ?? 0;
    sit.impact[i] = state.impact[d.id] ?? 0;
  });
  for (const id of state.applied) {
    const o = model.options[model.optionIndex.get(id)!]!;
    sit.chosen[o.index] = 1;
    sit.overclaims += o.overclaimSteps;
    if (o.kind !== 'topic') continue;
    sit.addressed[o.topic] = 1;
    sit.seconds += o.seconds;
    for (let k = 0; k < o.stance.length; k++) sit.stance[k]! += o.stance[k]!;
    for (const t of o.targets) sit.named[t]! += 1;
  }
  sit.attacked = state.attackedBy.length > 0;
  const alignAt = model.scenario.rules.alignAt;
  for (let d = 0; d < sit.support.length; d++) if (model.isMember[d] && d !== sit.seat && sit.support[d]! >= alignAt) sit.aligned++;
  return sit;
}

export function writeBack(model: Model, sit: Situation, state: GameState) {
  model.meterIds.forEach((id, i) => { state.meters[id] = sit.meters[i]!; });
  model.delegations.forEach((d, i) => {
    if (i === sit.seat) return;
    state.support[d.id] = sit.support[i]!;
    state.impact[d.id] = sit.impact[i]!;
  });
}

/** The paragraphs behind a meter change, so "why it moved" can always show its source. */
function citationsFor(model: Model, cause: Cause): number[] {
  const s = model.scenario;
  switch (cause.kind) {
    case 'option': case 'chair': case 'reply': case 'heard':
      return model.options[model.optionIndex.get(cause.option)!]!.option.cite;
    case 'overclaim':
      return [...new Set(cause.facts.flatMap((f) => s.facts.find((x) => x.id === f)?.cite ?? []))];
    case 'news':
      return s.news.find((n) => n.id === cause.news)?.cite ?? [];
    case 'reaction': case 'speech':
      return model.lines.find((l) => l.line.id === cause.line)?.line.cite ?? [];
  }
}

export class Step {
  readonly sit: Situation;
  readonly events: GameEvent[] = [];
  constructor(readonly model: Model, readonly state: GameState) {
    this.sit = situationFromState(model, state);
  }

  /** Where the current speech's events begin, so its meter changes can follow its words. */
  mark = 0;
  readonly record = (change: MeterChange) => {
    this.events.push({ type: 'meter', ...change, citations: citationsFor(this.model, change.cause) });
  };

  random(): number {
    const [value, next] = nextRandom(this.state.rng);
    this.state.rng = next;
    return value;
  }

  /** One of a line's variants, drawn with the game's own random state: its words and which it was. */
  variant(variants: string[]): { text: string; variant: number } {
    const drawn = Math.floor(this.random() * variants.length);
    const variant = variants[drawn] === undefined ? 0 : drawn;
    return { text: withPlayer(this.model.scenario, this.state.seat, variants[variant]!), variant };
  }

  enter(phase: Phase) {
    this.state.phase = phase;
    this.state.cursor = 0;
    this.events.push({ type: 'phase', phase });
  }

  /** The President's opening, the briefing, and the news that arrives while it is given. */
  open(chairOption: string) {
    const { model, state, sit } = this;
    const s = model.scenario;
    s.presidency.opening.forEach((text, at) => this.events.push({ type: 'narration', text, at }));
    const o = model.options[model.optionIndex.get(chairOption)!]!;
    state.applied.push(o.id);
    this.events.push({ type: 'speech', speaker: s.presidency.seat, line: o.id, text: o.option.text, reaction: 'chair', attack: false });
    applyOption(model, sit, o, this.record);
    this.events.push({ type: 'speech', speaker: s.briefing.speaker, line: null, ...this.variant(s.briefing.variants), reaction: 'briefing', attack: false });
    const news = s.news.findIndex((n) => n.id === state.news);
    state.newsArrived = true;
    this.events.push({ type: 'news', news: state.news });
    applyNews(model, sit, news, this.record);
    this.enter(membersBefore(model, state).length > 0 ? 'speakers' : 'playerTurn');
  }

  /** One delegation takes the floor: its own position, then (after the player) its response. */
  speak(d: number, afterPlayer: boolean) {
    const { model, sit } = this;
    this.mark = this.events.length;
    const turn = speak(model, sit, d, afterPlayer, this.record, newTurn());
    const id = model.delegations[d]!.id;
    const own = turn.own >= 0 ? model.lines[turn.own]!.line : null;
    // The speech comes first in the log, then the meter changes it caused: record() has already run.
    const changes = this.events.splice(this.mark);
    this.events.push({
      type: 'speech', speaker: id, line: own?.id ?? null, reaction: 'own',
      attack: turn.attack && turn.response !== 'attack', ...(own ? this.variant(own.variants) : { text: '' }),
    });
    const ownChanges = changes.filter((e) => e.type === 'meter' && e.cause.kind === 'speech');
    this.events.push(...ownChanges);
    if (turn.response !== null) {
      const line = model.lines[turn.responseLine]!.line;
      const answered = answeredBy(model, sit, turn.responseLine);
      this.events.push({
        type: 'response', speaker: id, response: turn.response, line: line.id, ...this.variant(line.variants),
        strength: turn.strength, attack: turn.response === 'attack', ...(answered >= 0 ? { answers: model.options[answered]!.id } : {}),
      });
      this.events.push(...changes.filter((e) => !ownChanges.includes(e)));
    }
    if (turn.attack) {
      this.state.attackedBy.push(id);
      this.events.push({ type: 'attacked', by: id });
    }
  }

  /**
   * In a live meeting, a delegation held by another student takes the floor with the statement that
   * student delivered. In this player's game it moves only the room's meters (escalation), by
   * maxSwing at most, as a computer delegation's own position does; it is an attack when it names
   * the player, before or after the player has spoken. It moves no one's support for the player: what it won
   * or lost is that student's own result, in that student's game.
   */
  hear(d: number, options: string[], closing: string) {
    const { model, sit } = this;
    const id = model.delegations[d]!.id;
    this.mark = this.events.length;
    const before = Float64Array.from(sit.meters);
    const room = new Float64Array(before.length);
    let attack = false;
    for (const optionId of options) {
      const o = model.options[model.optionIndex.get(optionId)!]!;
      for (let m = 0; m < room.length; m++) room[m] = model.sharedMeters[m] ? Math.max(0, model.maxSwing[m]! - Math.abs(sit.meters[m]! - before[m]!)) : 0;
      applyEffects(model, sit, o.effects, 1, { kind: 'heard', delegation: id, option: o.id }, this.record, room);
      if (o.targets.includes(sit.seat)) attack = true;
    }
    const changes = this.events.splice(this.mark);
    const text = composeStatement(model.scenario, id, options, closing);
    this.events.push({ type: 'speech', speaker: id, line: null, text, reaction: 'heard', attack, options, closing }, ...changes);
    if (attack) {
      sit.attacked = true;
      this.state.attackedBy.push(id);
      this.events.push({ type: 'attacked', by: id });
    }
  }

  deliver() {
    const { model, state, sit } = this;
    const applied: string[] = [];
    model.scenario.topics.forEach((t) => {
      const pick = state.picks[t.id];
      if (pick) applied.push(pick);
    });
    state.applied.push(...applied);
    const statement = composeStatement(model.scenario, state.seat, applied, state.closing);
    // The seconds the positions take, which is what the speaking-time budget counts.
    const seconds = applied.reduce((n, id) => n + model.options[model.optionIndex.get(id)!]!.seconds, 0);
    this.events.push({ type: 'statement', options: applied, seconds, text: statement, closing: state.closing });
    for (const id of applied) applyOption(model, sit, model.options[model.optionIndex.get(id)!]!, this.record);
    this.afterStatement();
  }

  afterStatement() {
    if (membersAfter(this.model, this.state).length > 0) this.enter('reactions');
    else this.afterReactions();
  }

  afterReactions() {
    if (this.model.rule37.length > 0) this.enter('rule37');
    else this.afterRule37();
  }

  afterRule37() {
    if (this.state.attackedBy.length > 0) this.enter('rightOfReply');
    else this.finish();
  }

  /** The player's right of reply, named to every attacker; each attacker may answer once. */
  reply(option: string) {
    const { model, state, sit } = this;
    const o = model.options[model.optionIndex.get(option)!]!;
    state.applied.push(o.id);
    this.events.push({ type: 'speech', speaker: state.seat, line: o.id, text: this.attackersNamed(o.option.text), reaction: 'reply', attack: false });
    applyOption(model, sit, o, this.record);
    if (o.option.answers) {
      for (const id of state.attackedBy) {
        const d = model.delegationIndex.get(id)!;
        this.mark = this.events.length;
        const li = answerReply(model, sit, d, this.record);
        if (li < 0) continue;
        const changes = this.events.splice(this.mark);
        const line = model.lines[li]!.line;
        this.events.push({ type: 'response', speaker: id, response: 'answer', line: line.id, ...this.variant(line.variants), strength: 1, attack: false }, ...changes);
      }
    }
    this.finish();
  }

  attackersNamed(text: string): string {
    return nameAttackers(this.model.scenario, this.state.attackedBy, text);
  }

  /**
   * The President closes the meeting: a presiding player chooses its own closing words (when the
   * scenario offers them); otherwise the President's closing is said. Then the outcome.
   */
  finish() {
    const s = this.model.scenario;
    if (s.presidency.seat === this.state.seat && s.presidency.closingOptions) { this.enter('closing'); return; }
    s.presidency.closing.forEach((text, at) => this.events.push({ type: 'speech', speaker: s.presidency.seat, line: null, text, reaction: 'close', attack: false, at }));
    this.conclude();
  }

  /** The presiding player's closing words (procedural: they move no meter). */
  adjourn(option: string) {
    const s = this.model.scenario;
    const o = s.presidency.closingOptions!.find((x) => x.id === option)!;
    this.events.push({ type: 'speech', speaker: s.presidency.seat, line: o.id, text: o.text, reaction: 'close', attack: false });
    this.conclude();
  }

  conclude() {
    const { model, state, sit } = this;
    const s = model.scenario;
    const v = verdict(model, sit);
    const ins = s.instructions.find((i) => i.seat === state.seat);
    const outcome = s.outcomes[v.outcome]!.id;
    state.result = {
      outcome,
      objectives: (ins?.objectives ?? []).map((o, i) => ({ id: o.id, met: v.objectives[i]! })),
      redLines: (ins?.redLines ?? []).map((o, i) => ({ id: o.id, crossed: v.redLines[i]! })),
    };
    this.enter('outcome');
    this.events.push({ type: 'outcome', outcome });
  }
}

/** "{player}" in a delegation's words: the player's delegation as named mid-sentence. */
export function withPlayer(scenario: Model['scenario'], seat: string, text: string): string {
  const d = scenario.delegations.find((x) => x.id === seat);
  return fill(text, 'player', d ? d.inText ?? d.shortName : seat, scenario.meta.language);
}

/**
 * The locale Intl formats a language's lists, dates and numbers in, as the UN writes them: English
 * without a comma before "and" (en-GB's way, not en-US's), Arabic with Western digits (as UN Arabic
 * documents are), Chinese simplified.
 */
export const listLocale = (language: string) => ({ en: 'en-GB', ar: 'ar-u-nu-latn', zh: 'zh-Hans' } as Record<string, string>)[language] ?? language;

/** "{attackers}" in a reply: every delegation that attacked, by name, listed in the scenario's language. */
export function nameAttackers(scenario: Model['scenario'], attackedBy: string[], text: string): string {
  const names = attackedBy.map((id) => {
    const d = scenario.delegations.find((x) => x.id === id);
    return d ? d.inText ?? d.shortName : id;
  });
  const joined = new Intl.ListFormat(listLocale(scenario.meta.language ?? 'en'), { type: 'conjunction' }).format(names);
  const frame = names.length > 1 ? scenario.statementFrame.representativesOf : scenario.statementFrame.representativeOf;
  const language = scenario.meta.language ?? 'en';
  return fill(text, 'attackers', fill(frame, 'names', joined, language), language);
}

/** Who speaks on the next "continue" (or "hear"): a delegation index, or -1 outside the lists. */
export function nextOnTheList(model: Model, state: GameState): number {
  return stillToSpeak(model, state)[0] ?? -1;
}

/** Who is still to speak at this stage of the list, in order: none outside the lists. */
export function stillToSpeak(model: Model, state: GameState): number[] {
  const list = state.phase === 'speakers' ? membersBefore(model, state) : state.phase === 'reactions' ? membersAfter(model, state) : state.phase === 'rule37' ? model.rule37 : [];
  return list.slice(state.cursor);
}

export function membersBefore(model: Model, state: GameState): number[] {
  const seat = model.delegationIndex.get(state.seat)!;
  return model.speakers.slice(0, model.speakers.indexOf(seat));
}

export function membersAfter(model: Model, state: GameState): number[] {
  const seat = model.delegationIndex.get(state.seat)!;
  return model.speakers.slice(model.speakers.indexOf(seat) + 1);
}

