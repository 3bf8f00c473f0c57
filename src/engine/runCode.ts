/**
 * Run codes: a finished run as a short, URL-safe text a student can hand in. A code holds the
 * inputs (scenario, seat, seed, mode, every decision, the closing sentence, an optional name), not
 * the outcome: opening it replays the run through the engine, so a code can never claim a result the
 * rules did not produce. Shape: `TF1.<base64url payload>.<check character>`.
 *
 * A run from a class meeting also holds what the student heard: the President's opening and each
 * other student's positions (not their closing sentences, which move no meter), in a section after
 * the name. A code without that section is a solo run, as before.
 */
import type { Scenario } from './scenario/schema';
import { applyChoice, availableChoices, newGame, repliesFor, topicsFor } from './game';
import { nextSpeaker as nextSpeakerOf } from './view';
import { cleanClosing } from './statement';
import { Reader, checkLetter, fromBase64Url, idHash, signed, text, toBase64Url, unsigned, varint } from './runBytes';
import { CONSULT_MOVES, MODES, type Choice, type GameState, type Mode } from './types';

export const RUN_CODE_VERSION = 1;
const PREFIX = `TF${RUN_CODE_VERSION}.`;
export const NAME_MAX = 60;
const CODE_MAX = 2_000;

export interface Run {
  seat: string;
  seed: number;
  mode: Mode;
  chair: string | null;
  /** The presiding player's closing words (an option id), or null for the first (and for other seats). */
  adjourn?: string | null;
  picks: Record<string, string | null>; // every topic the seat sees: an option id, or null for left out
  closing: string;
  reply: string | null;
  name: string;
  /** In a class meeting: the opening the President chose, and the positions each other student delivered. */
  heard?: Heard;
  /** The consultations after the meeting, move by move (replayed by their own stage, after the meeting). */
  consult?: Extract<Choice, { type: 'consult' }>[];
  /** In a class meeting, the class's consultations: where they started, and every student's move at each step. */
  classConsult?: { start: { humans: string[]; temper: number; goodwillOf: Record<string, Record<string, number>> }; steps: Record<string, Extract<Choice, { type: 'consult' }>>[] };
}

export interface Heard { opening: string | null; statements: Record<string, string[]> }

/**
 * A code from a class meeting carries a fourth segment, the class server's signature: the class code
 * and 22 characters (src/live/signature.ts). The engine reads its shape and passes back the class
 * code; only a browser holding the class's secret can check it.
 */
export type Decoded = { ok: true; run: Run; signedBy: string | null } | { ok: false; reason: string };
const SIGNED_BY = /^([A-Z]{9})[A-Za-z0-9_-]{22}$/;

/** Names are shown as text; control and direction-override characters are dropped, length capped. */
export function cleanName(name: string): string {
  return cleanClosing(name).slice(0, NAME_MAX);
}

/** The decisions of a run, read from its state (the order in which they were made does not matter). */
export function runOf(scenario: Scenario, state: GameState, name = ''): Run {
  const chair = state.applied.find((id) => scenario.presidency.options.some((o) => o.id === id));
  const reply = state.applied.find((id) => scenario.rightOfReply.options.some((o) => o.id === id));
  const adjourn = state.choices.find((c): c is Extract<Choice, { type: 'adjourn' }> => c.type === 'adjourn')?.option ?? null;
  const picks: Record<string, string | null> = {};
  for (const { topic } of topicsFor(scenario, state.seat)) picks[topic.id] = state.picks[topic.id] ?? null;
  const run: Run = {
    seat: state.seat, seed: state.seed, mode: state.mode, chair: scenario.presidency.seat === state.seat ? chair ?? null : null,
    picks, closing: state.closing, reply: reply ?? null, name: cleanName(name), ...(adjourn ? { adjourn } : {}),
  };
  const hears = state.choices.filter((c): c is Extract<Choice, { type: 'hear' }> => c.type === 'hear');
  if (hears.length) {
    const opening = hears.find((c) => c.seat === scenario.presidency.seat && c.options.length === 1 && scenario.presidency.options.some((o) => o.id === c.options[0]));
    run.heard = { opening: opening?.options[0] ?? null, statements: Object.fromEntries(hears.filter((c) => c !== opening).map((c) => [c.seat, c.options])) };
  }
  const consult = state.choices.filter((c): c is Extract<Choice, { type: 'consult' }> => c.type === 'consult');
  if (consult.length) run.consult = consult;
  const k = state.consultations;
  if (k?.humans && k.goodwillOf && k.classSteps) run.classConsult = { start: { humans: k.humans, temper: k.temper, goodwillOf: k.goodwillOf }, steps: k.classSteps };
  return run;
}

// --- codes ------------------------------------------------------------------------------------

export function encodeRun(scenario: Scenario, run: Run): string {
  const members = scenario.delegations.filter((d) => d.kind === 'member');
  const out: number[] = [RUN_CODE_VERSION];
  const hash = idHash(scenario.id);
  out.push(hash >> 8, hash & 255);
  varint(out, scenario.version);
  out.push(members.findIndex((d) => d.id === run.seat));
  const seed = run.seed >>> 0;
  out.push((seed >>> 24) & 255, (seed >>> 16) & 255, (seed >>> 8) & 255, seed & 255);
  out.push(MODES.indexOf(run.mode));
  // The chair's byte: the opening (low four bits) and, for a presiding player, the closing words
  // (high four bits; 0 is the first, so codes made before there was a choice read the same).
  const closingIndex = Math.max(0, (scenario.presidency.closingOptions ?? []).findIndex((o) => o.id === run.adjourn));
  out.push(run.chair === null ? 0 : scenario.presidency.options.findIndex((o) => o.id === run.chair) + 1 + 16 * closingIndex);
  for (const { topic, options } of topicsFor(scenario, run.seat)) {
    const pick = run.picks[topic.id] ?? null;
    out.push(pick === null ? 0 : options.findIndex((o) => o.id === pick) + 1);
  }
  out.push(run.reply === null ? 0 : repliesFor(scenario, run.seat).findIndex((o) => o.id === run.reply) + 1);
  text(out, run.closing);
  text(out, cleanName(run.name));
  if (run.heard) {
    out.push(1, run.heard.opening === null ? 0 : scenario.presidency.options.findIndex((o) => o.id === run.heard!.opening) + 1);
    const said = Object.entries(run.heard.statements);
    out.push(said.length);
    for (const [seat, options] of said) {
      out.push(members.findIndex((d) => d.id === seat));
      for (const { options: menu } of topicsFor(scenario, seat)) {
        const pick = menu.findIndex((o) => options.includes(o.id));
        out.push(pick + 1);
      }
    }
  }
  // The consultations: a section of their own, each move and what it names (an element or an amendment).
  if (run.consult?.length) {
    const targets = consultTargets(scenario);
    out.push(2, run.consult.length);
    for (const c of run.consult) out.push(CONSULT_MOVES.indexOf(c.move), c.target === undefined ? 0 : targets.indexOf(c.target) + 1);
  }
  // A class's consultations: its students, the room's temper and each student's goodwill (in hundredths), then each step's moves.
  if (run.classConsult) {
    const { start, steps } = run.classConsult;
    const targets = consultTargets(scenario);
    const index = (seat: string) => members.findIndex((d) => d.id === seat);
    out.push(3, start.humans.length, ...start.humans.map(index));
    signed(out, start.temper);
    for (const h of start.humans) for (const d of members) if (d.id !== h) signed(out, start.goodwillOf[h]?.[d.id] ?? 0);
    varint(out, steps.length);
    for (const step of steps) for (const h of start.humans) {
      const m = step[h];
      out.push(m ? CONSULT_MOVES.indexOf(m.move) + 1 : 0, m?.target === undefined ? 0 : targets.indexOf(m.target) + 1);
    }
  }
  const payload = toBase64Url(out);
  return `${PREFIX}${payload}.${checkLetter(payload)}`;
}


/** What a consultations move can name, in a fixed order: each element, then each amendment. */
const consultTargets = (scenario: Scenario) => (scenario.consultations?.elements ?? []).flatMap((e) => [e.id, ...e.amendments.map((a) => a.id)]);

export function decodeRun(scenario: Scenario, input: unknown): Decoded {
  const refuse = (reason: string): Decoded => ({ ok: false, reason });
  if (typeof input !== 'string') return refuse('a run code is text');
  const code = input.trim();
  if (code.length === 0) return refuse('the code is empty');
  if (code.length > CODE_MAX) return refuse(`a run code is at most ${CODE_MAX} characters; this text has ${code.length}`);
  if (!code.startsWith('TF')) return refuse('this is not a Take the Floor run code (they start with “TF1.”)');
  if (!code.startsWith(PREFIX)) return refuse(`this run code was made by another version of the game (it starts with “${code.slice(0, 4)}”, this version reads “${PREFIX}”)`);
  const parts = code.slice(PREFIX.length).split('.');
  if (parts.length < 2 || parts.length > 3 || !parts[0] || parts[1]!.length !== 1) return refuse('the code is incomplete: it should end with a dot and one check character');
  const [payload, check, signature] = parts as [string, string, string?];
  const signedBy = signature === undefined ? null : SIGNED_BY.exec(signature)?.[1];
  if (signedBy === undefined) return refuse('the code is damaged: the class server\'s signature at its end is not complete');
  if (checkLetter(payload) !== check) return refuse('the code is damaged: its check character does not match (a character was changed, lost or added)');
  const bytes = fromBase64Url(payload);
  if (!bytes) return refuse('the code is damaged: it contains characters a run code never has');
  try {
    const r = new Reader(bytes);
    if (r.byte() !== RUN_CODE_VERSION) return refuse('the code was made by another version of the game');
    const hash = (r.byte() << 8) | r.byte();
    if (hash !== idHash(scenario.id)) return refuse(`the code is for another meeting, not “${scenario.meta.title}”`);
    const version = r.varint();
    if (version !== scenario.version) {
      return refuse(`the code was made with version ${version} of this meeting's scenario and this is version ${scenario.version}, so it cannot be replayed exactly`);
    }
    const members = scenario.delegations.filter((d) => d.kind === 'member');
    const seat = members[r.byte()];
    if (!seat) return refuse('the code is damaged: it names no seat of this meeting');
    const seed = ((r.byte() << 24) | (r.byte() << 16) | (r.byte() << 8) | r.byte()) >>> 0;
    const mode = MODES[r.byte()];
    if (!mode) return refuse('the code is damaged: its mode is unknown');
    const chairByte = r.byte();
    const chairIndex = chairByte & 15;
    const closingIndex = chairByte >> 4;
    const presiding = scenario.presidency.seat === seat.id;
    if (chairIndex > 0 && (!presiding || !scenario.presidency.options[chairIndex - 1])) return refuse('the code is damaged: its opening of the meeting is impossible');
    if (closingIndex > 0 && !scenario.presidency.closingOptions?.[closingIndex]) return refuse('the code is damaged: its closing of the meeting is impossible');
    const picks: Record<string, string | null> = {};
    for (const { topic, options } of topicsFor(scenario, seat.id)) {
      const i = r.byte();
      if (i > options.length) return refuse(`the code is damaged: it chooses an option that ${seat.shortName} does not have`);
      picks[topic.id] = i === 0 ? null : options[i - 1]!.id;
    }
    const replyIndex = r.byte();
    const replies = repliesFor(scenario, seat.id);
    if (replyIndex > replies.length) return refuse('the code is damaged: its right of reply is unknown');
    const closing = r.text(scenario.rules.closingSentenceMax);
    const name = r.text(NAME_MAX);
    let heard: Heard | undefined;
    let consult: Run['consult'];
    let section = r.done ? 0 : r.byte();
    if (section === 1) {
      const openingIndex = r.byte();
      if (openingIndex > scenario.presidency.options.length) return refuse('the code is damaged: its opening of the meeting is impossible');
      heard = { opening: openingIndex === 0 ? null : scenario.presidency.options[openingIndex - 1]!.id, statements: {} };
      for (let n = r.byte(); n > 0; n--) {
        const speaker = members[r.byte()];
        if (!speaker || speaker.id === seat.id) return refuse('the code is damaged: it names a statement no other seat made');
        const options: string[] = [];
        for (const { options: menu } of topicsFor(scenario, speaker.id)) {
          const i = r.byte();
          if (i > menu.length) return refuse(`the code is damaged: it has ${speaker.shortName} choose an option it does not have`);
          if (i > 0) options.push(menu[i - 1]!.id);
        }
        heard.statements[speaker.id] = options;
      }
      // Anyone can write a heard section and a valid check character: only the class server's
      // signature says the student heard it.
      if (!signedBy) return refuse('a run code from a class meeting carries the class server\'s signature; this one does not, so what it says was heard cannot be trusted');
      section = r.done ? 0 : r.byte();
    }
    if (section === 2) {
      const targets = consultTargets(scenario);
      consult = [];
      for (let n = r.byte(); n > 0; n--) {
        const move = CONSULT_MOVES[r.byte()];
        const target = r.byte();
        if (!move || target > targets.length) return refuse('the code is damaged: it holds a move in the consultations that does not exist');
        consult.push(target === 0 ? { type: 'consult', move } : { type: 'consult', move, target: targets[target - 1]! });
      }
      section = r.done ? 0 : r.byte();
    }
    let classConsult: Run['classConsult'];
    if (section === 3) {
      if (!signedBy) return refuse('a run code from a class meeting carries the class server\'s signature; this one does not, so its consultations cannot be trusted');
      const targets = consultTargets(scenario);
      const humans: string[] = [];
      for (let n = r.byte(); n > 0; n--) {
        const d = members[r.byte()];
        if (!d) return refuse('the code is damaged: its consultations name a seat this meeting does not have');
        humans.push(d.id);
      }
      const temper = unsigned(r.varint());
      const goodwillOf: Record<string, Record<string, number>> = {};
      for (const h of humans) {
        goodwillOf[h] = {};
        for (const d of members) if (d.id !== h) goodwillOf[h]![d.id] = unsigned(r.varint());
      }
      const steps: Record<string, Extract<Choice, { type: 'consult' }>>[] = [];
      for (let n = r.varint(); n > 0; n--) {
        const step: Record<string, Extract<Choice, { type: 'consult' }>> = {};
        for (const h of humans) {
          const mi = r.byte();
          const ti = r.byte();
          if (mi === 0) continue;
          const move = CONSULT_MOVES[mi - 1];
          if (!move || ti > targets.length) return refuse('the code is damaged: it holds a move in the consultations that does not exist');
          step[h] = ti === 0 ? { type: 'consult', move } : { type: 'consult', move, target: targets[ti - 1]! };
        }
        steps.push(step);
      }
      classConsult = { start: { humans, temper, goodwillOf }, steps };
      section = r.done ? 0 : r.byte();
    }
    if (section !== 0 || !r.done) return refuse('the code is damaged: it is longer than its contents');
    if (cleanClosing(closing).length > scenario.rules.closingSentenceMax) return refuse('the code is damaged: its closing sentence is too long');
    return {
      ok: true,
      run: {
        seat: seat.id, seed, mode, chair: chairIndex === 0 ? null : scenario.presidency.options[chairIndex - 1]!.id,
        picks, closing, reply: replyIndex === 0 ? null : replies[replyIndex - 1]!.id, name: cleanName(name),
        ...(heard ? { heard } : {}),
        ...(consult ? { consult } : {}),
        ...(classConsult ? { classConsult } : {}),
        ...(presiding && scenario.presidency.closingOptions ? { adjourn: scenario.presidency.closingOptions[closingIndex]!.id } : {}),
      },
      signedBy,
    };
  } catch {
    return refuse('the code is damaged: it ends too soon or holds text that cannot be read');
  }
}

/** Plays a run through the engine to its outcome, exactly as it was played. */
export function replayRun(scenario: Scenario, run: Run): { ok: true; state: GameState } | { ok: false; reason: string } {
  let state = newGame(scenario, run.seat, run.seed, run.mode);
  const step = (choice: Choice): string | null => {
    const next = applyChoice(scenario, state, choice);
    if (!next.ok) return next.error.message;
    state = next.state;
    return null;
  };
  for (let i = 0; i < 1_000 && state.phase !== 'outcome'; i++) {
    let problem: string | null;
    const speaker = state.phase === 'speakers' || state.phase === 'reactions' ? nextSpeakerOf(scenario, state) : null;
    if (state.phase === 'opening' && scenario.presidency.seat === run.seat) {
      problem = step({ type: 'chair', option: run.chair ?? scenario.presidency.options[0]!.id });
    } else if (state.phase === 'opening' && run.heard?.opening) {
      problem = step({ type: 'hear', seat: scenario.presidency.seat, options: [run.heard.opening], closing: '' });
    } else if (speaker && run.heard?.statements[speaker]) {
      problem = step({ type: 'hear', seat: speaker, options: run.heard.statements[speaker]!, closing: '' });
    } else if (state.phase === 'playerTurn') {
      for (const [topic, option] of Object.entries(run.picks)) {
        problem = step({ type: 'pick', topic, option });
        if (problem) return { ok: false, reason: `the code's statement cannot be made: ${problem}` };
      }
      if (run.closing) {
        problem = step({ type: 'closing', text: run.closing });
        if (problem) return { ok: false, reason: `the code's closing sentence cannot be used: ${problem}` };
      }
      problem = step({ type: 'deliver' });
    } else if (state.phase === 'closing') {
      problem = step({ type: 'adjourn', option: run.adjourn ?? scenario.presidency.closingOptions![0]!.id });
    } else if (state.phase === 'rightOfReply') {
      if (!run.reply) return { ok: false, reason: 'the code is damaged: the run was attacked, but the code holds no reply' };
      problem = step({ type: 'reply', option: run.reply });
    } else {
      problem = step(availableChoices(scenario, state)[0]!);
    }
    if (problem) return { ok: false, reason: `the code cannot be replayed: ${problem}` };
  }
  return { ok: true, state };
}
