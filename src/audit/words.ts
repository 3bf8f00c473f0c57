/**
 * How much a student reads on the main path of one game: the screens and words they pass through
 * from choosing a seat to the debrief's verdict, not what sits one keypress away (the briefing
 * pack, the glossary, the rest of other delegations' speeches). A lesson has room for about 4,000.
 */
import { applyChoice, availableChoices, debrief, newGame, nextGroup, repliesFor, topicsFor, type GameState, type Scenario } from '../engine';

const count = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** Words the interface itself adds around each thing: labels, buttons, previews. */
const CHROME = { option: 8, preview: 6, step: 6, meterLine: 10 };

function firstSentence(text: string): string {
  const m = /^(.+?[.!?…][”"’)]?)\s+(?=[A-Z“"‘(])/.exec(text);
  return m ? m[1]! : text;
}

export interface WordCount { total: number; parts: Record<string, number> }

export function mainPathWords(s: Scenario, state: GameState): WordCount {
  const parts: Record<string, number> = {};
  const add = (part: string, n: number) => { parts[part] = (parts[part] ?? 0) + n; };
  const seat = s.delegations.find((d) => d.id === state.seat)!;
  add('seat', count(`${seat.name} ${seat.group} ${seat.role} ${seat.brief}`) + 40);
  const ins = s.instructions.find((i) => i.seat === state.seat)!;
  add('instructions', count([ins.summary, ...ins.objectives.map((o) => o.text), ...ins.redLines.map((o) => o.text)].join(' ')) + 30);
  for (const { topic, options } of topicsFor(s, state.seat)) {
    add('builder', count(`${topic.label} ${topic.prompt}`) + CHROME.step);
    // An option shows its first sentence; the one chosen shows in full (and in the draft statement).
    for (const o of options) add('builder', count(`${o.label} ${state.picks[topic.id] === o.id ? o.text : firstSentence(o.text)}`) + CHROME.option + (state.mode === 'briefing' ? 0 : CHROME.preview));
  }
  for (const e of state.log) {
    switch (e.type) {
      case 'narration': add('meeting', count(e.text)); break;
      case 'news': { const n = s.news.find((x) => x.id === e.news)!; add('meeting', count(`${n.headline} ${n.text}`)); break; }
      case 'speech':
        add('meeting', CHROME.step + count(e.speaker === state.seat || e.reaction !== 'own' ? e.text : firstSentence(e.text)));
        break;
      case 'response': add('meeting', CHROME.step + count(e.text)); break;
      case 'statement': add('meeting', count(e.text)); break;
      case 'meter': add('what moved', CHROME.meterLine); break;
      default: break;
    }
  }
  if (state.attackedBy.length) {
    add('reply', count(s.rightOfReply.prompt));
    for (const o of repliesFor(s, state.seat)) add('reply', count(`${o.label} ${o.text}`) + CHROME.option);
  }
  const d = debrief(s, state);
  // The outcome screen, then the debrief's first screen: outcome, instructions and the turning point (the rest is folded).
  if (d) {
    add('outcome', count(`${d.outcome.title} ${d.outcome.headline} ${d.outcome.text}`) + 10);
    add('debrief', count(`${d.outcome.title} ${d.outcome.headline}`) + count([...d.objectives, ...d.redLines].map((o) => o.text).join(' ')) + d.turningPoint.length * CHROME.meterLine + 30);
  }
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

/** The most words from the title to the debrief's first screen, and the most Continue presses, in a game that fits a lesson. */
export const LESSON = { words: 4_000, continues: 15 } as const;

/**
 * A typical game for the count: the President opens plainly, the player takes the first option that
 * still fits on every topic (so the statement is as full as the time allows), and answers an attack
 * with the first reply on offer.
 */
export function typicalRun(s: Scenario, seat: string, seed: number): GameState {
  return typicalGame(s, seat, seed).state;
}

/** The typical game, and how many times its player pressed Continue (one press hears a group of speakers). */
export function typicalGame(s: Scenario, seat: string, seed: number): { state: GameState; continues: number } {
  let state = newGame(s, seat, seed, 'standard');
  let continues = 0;
  let group = 0;
  for (let i = 0; i < 500 && state.phase !== 'outcome'; i++) {
    const choices = availableChoices(s, state);
    let choice = choices[0]!;
    if (choice.type === 'continue') {
      if (group === 0) { continues++; group = Math.max(1, nextGroup(s, state).length); }
      group--;
    }
    if (state.phase === 'playerTurn') {
      const next = topicsFor(s, seat).find(({ topic }) => !(topic.id in state.picks));
      choice = next
        ? choices.find((c) => c.type === 'pick' && c.topic === next.topic.id && c.option !== null) ?? { type: 'pick', topic: next.topic.id, option: null }
        : { type: 'deliver' };
    }
    const step = applyChoice(s, state, choice);
    if (!step.ok) throw new Error(step.error.message);
    state = step.state;
  }
  return { state, continues };
}
