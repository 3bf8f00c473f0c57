/**
 * Checks that need the whole file: ids that must exist, ids that must be unique, citations inside
 * the source, conditions that can never hold. It reads the input defensively, so it still reports
 * what it can when the shape check has already failed.
 */
import type { Problem } from './problems';
import { formatPath } from './problems';
import { SPEECH_KINDS } from './schema';
import { checkScopes } from './scopeCheck';
import { checkResponses } from './responseCheck';
import { checkConsultations } from './consultationsCheck';

type Obj = Record<string, unknown>;
export type Path = (string | number)[];

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const entries = (v: unknown): [string, unknown][] => (isObj(v) ? Object.entries(v) : []);
const idOf = (v: unknown): string | undefined => (isObj(v) && typeof v.id === 'string' ? v.id : undefined);

export class Checker {
  readonly problems: Problem[] = [];
  add(path: Path, message: string) {
    // Ids and values are echoed in messages; a ten-megabyte id must not be echoed whole.
    const short = message.length > 300 ? `${message.slice(0, 297)}…` : message;
    this.problems.push({ path: formatPath(path).slice(0, 300), message: short });
  }
}

/** Collects ids of a list, reporting duplicates against everything already in `seen`. */
function collectIds(c: Checker, items: unknown, path: Path, what: string, seen = new Map<string, string>()): Set<string> {
  const ids = new Set<string>();
  list(items).forEach((item, i) => {
    const id = idOf(item);
    if (id === undefined) return;
    const here = formatPath([...path, i]);
    const earlier = seen.get(id);
    if (earlier !== undefined) c.add([...path, i, 'id'], `duplicate ${what} id "${id}" (also used at ${earlier})`);
    else seen.set(id, here);
    ids.add(id);
  });
  return ids;
}

export interface Ids {
  issues: Set<string>;
  meters: Set<string>;
  tallyMeters: Set<string>;
  levels: Set<string>;
  certainties: Set<string>;
  delegations: Set<string>;
  members: Set<string>;
  facts: Set<string>;
  topics: Set<string>;
  options: Set<string>;
  news: Set<string>;
  outcomes: Set<string>;
  meterRange: Map<string, [number, number]>;
}

export function crossCheck(input: unknown): Problem[] {
  const c = new Checker();
  if (!isObj(input)) {
    if (input === undefined || input === null) c.add([], 'the file is empty');
    return c.problems;
  }
  const s = input;
  const paragraphs = isObj(s.meta) && isObj(s.meta.source) && typeof s.meta.source.paragraphs === 'number'
    ? s.meta.source.paragraphs : undefined;

  const meters = list(s.meters);
  const ids: Ids = {
    issues: collectIds(c, s.issues, ['issues'], 'issue'),
    meters: collectIds(c, meters, ['meters'], 'meter'),
    tallyMeters: new Set(meters.filter((m) => isObj(m) && m.kind === 'tally').map(idOf).filter((x): x is string => !!x)),
    levels: collectIds(c, s.evidenceLevels, ['evidenceLevels'], 'evidence level'),
    certainties: collectIds(c, s.certainties, ['certainties'], 'certainty'),
    delegations: collectIds(c, s.delegations, ['delegations'], 'delegation'),
    members: new Set(list(s.delegations).filter((d) => isObj(d) && d.kind === 'member').map(idOf).filter((x): x is string => !!x)),
    facts: collectIds(c, s.facts, ['facts'], 'fact'),
    topics: collectIds(c, s.topics, ['topics'], 'topic'),
    options: new Set(),
    news: collectIds(c, s.news, ['news'], 'news'),
    outcomes: collectIds(c, s.outcomes, ['outcomes'], 'outcome'),
    meterRange: new Map(),
  };
  const optionSeen = new Map<string, string>();
  list(s.topics).forEach((t, i) => {
    if (isObj(t)) for (const id of collectIds(c, t.options, ['topics', i, 'options'], 'option', optionSeen)) ids.options.add(id);
  });
  if (isObj(s.rightOfReply)) for (const id of collectIds(c, s.rightOfReply.options, ['rightOfReply', 'options'], 'option', optionSeen)) ids.options.add(id);
  if (isObj(s.presidency)) for (const id of collectIds(c, s.presidency.options, ['presidency', 'options'], 'option', optionSeen)) ids.options.add(id);
  // The presiding player's closing words: their ids may not collide with any option's.
  if (isObj(s.presidency) && s.presidency.closingOptions !== undefined) collectIds(c, s.presidency.closingOptions, ['presidency', 'closingOptions'], 'option', optionSeen);

  checkMeters(c, meters, ids);
  walkBasis(c, s, [], paragraphs);
  checkReferences(c, s, ids);
  checkConditions(c, s, ids);
  checkScopes(c, s, ids);
  checkResponses(c, s);
  checkConsultations(c, s, ids);
  return c.problems;
}

const KINDS = SPEECH_KINDS;

function checkMeters(c: Checker, meters: unknown[], ids: Ids) {
  meters.forEach((m, i) => {
    if (!isObj(m) || typeof m.min !== 'number' || typeof m.max !== 'number') return;
    const { min, max } = m;
    if (typeof m.id === 'string') ids.meterRange.set(m.id, [min, max]);
    if (min >= max) c.add(['meters', i, 'max'], `max (${max}) must be greater than min (${min})`);
    if (m.kind === 'tally' && m.start === undefined) c.add(['meters', i, 'start'], 'a tally meter needs a start value');
    if (m.kind === 'alignment' && m.start !== undefined) c.add(['meters', i, 'start'], 'an alignment meter is counted, not started: remove start');
    if (typeof m.start === 'number' && (m.start < min || m.start > max)) c.add(['meters', i, 'start'], `start ${m.start} is outside ${min}..${max}`);
    let previous = -Infinity;
    list(m.bands).forEach((b, j) => {
      if (!isObj(b) || typeof b.from !== 'number') return;
      if (j === 0 && b.from !== min) c.add(['meters', i, 'bands', j, 'from'], `the first band must start at the meter's min (${min}), got ${b.from}`);
      if (b.from <= previous) c.add(['meters', i, 'bands', j, 'from'], `bands must go up: ${b.from} is not above ${previous}`);
      if (b.from > max) c.add(['meters', i, 'bands', j, 'from'], `band starts at ${b.from}, above the meter's max (${max})`);
      previous = b.from;
    });
  });
}

/** Every cited paragraph exists; source entries cite something; assumptions say why. */
function walkBasis(c: Checker, node: unknown, path: Path, paragraphs: number | undefined) {
  if (Array.isArray(node)) { node.forEach((v, i) => walkBasis(c, v, [...path, i], paragraphs)); return; }
  if (!isObj(node)) return;
  if (Array.isArray(node.cite)) {
    node.cite.forEach((p, i) => {
      if (typeof p === 'number' && paragraphs !== undefined && (p < 1 || p > paragraphs)) {
        c.add([...path, 'cite', i], `paragraph ${p} is outside the source, which has body paragraphs 1 to ${paragraphs}`);
      }
    });
  }
  if ('basis' in node || 'cite' in node) {
    const basis = node.basis ?? 'source';
    if (basis === 'record' && typeof node.record !== 'string') c.add([...path, 'record'], 'an entry based on the record must say which, e.g. record: "SC/15877, Sierra Leone"');
    if (basis === 'source' && list(node.cite).length === 0) c.add([...path, 'cite'], 'a sourced entry must cite at least one paragraph (or be marked basis: assumption with a rationale)');
    if (basis === 'assumption' && typeof node.rationale !== 'string') c.add([...path, 'rationale'], 'a design assumption needs a one-line rationale');
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'cite') walkBasis(c, value, [...path, key], paragraphs);
}

function checkKeys(c: Checker, map: unknown, path: Path, known: Set<string>, what: string) {
  for (const [key] of entries(map)) if (!known.has(key)) c.add([...path, key], `unknown ${what} "${key}"`);
}

export function checkEffects(c: Checker, map: unknown, path: Path, ids: Ids) {
  for (const [key] of entries(map)) {
    if (!ids.meters.has(key)) c.add([...path, key], `effect on undeclared meter "${key}"`);
    else if (!ids.tallyMeters.has(key)) c.add([...path, key], `meter "${key}" is counted from support, so no effect can move it directly`);
  }
}

function checkOption(c: Checker, o: unknown, path: Path, ids: Ids) {
  if (!isObj(o)) return;
  checkEffects(c, o.effects, [...path, 'effects'], ids);
  checkKeys(c, o.stance, [...path, 'stance'], ids.issues, 'issue');
  list(o.claims).forEach((claim, k) => {
    if (!isObj(claim)) return;
    if (typeof claim.fact === 'string' && !ids.facts.has(claim.fact)) c.add([...path, 'claims', k, 'fact'], `unknown fact "${claim.fact}"`);
    if (typeof claim.certainty === 'string' && !ids.certainties.has(claim.certainty)) c.add([...path, 'claims', k, 'certainty'], `unknown certainty "${claim.certainty}"`);
  });
}

function checkReferences(c: Checker, s: Obj, ids: Ids) {
  const kindOf = new Map(list(s.delegations).filter(isObj).map((d) => [d.id, d.kind]));
  list(s.delegations).forEach((d, i) => {
    if (isObj(d)) checkKeys(c, d.stance, ['delegations', i, 'stance'], ids.issues, 'issue');
  });
  list(s.facts).forEach((f, i) => {
    if (isObj(f) && typeof f.evidence === 'string' && !ids.levels.has(f.evidence)) c.add(['facts', i, 'evidence'], `unknown evidence level "${f.evidence}"`);
  });
  list(s.topics).forEach((t, i) => { if (isObj(t)) list(t.options).forEach((o, j) => checkOption(c, o, ['topics', i, 'options', j], ids)); });
  if (isObj(s.rightOfReply)) list(s.rightOfReply.options).forEach((o, j) => checkOption(c, o, ['rightOfReply', 'options', j], ids));
  if (isObj(s.presidency)) {
    list(s.presidency.options).forEach((o, j) => checkOption(c, o, ['presidency', 'options', j], ids));
    const seat = s.presidency.seat;
    if (typeof seat === 'string' && !ids.members.has(seat)) c.add(['presidency', 'seat'], `the President's seat "${seat}" is not a Council member`);
  }
  const news = list(s.news);
  if (news.length > 0 && news.every((n) => isObj(n) && typeof n.weight === 'number' && n.weight <= 0)) {
    c.add(['news'], 'every news event has weight 0, so none can ever be drawn: give at least one a weight above 0');
  }
  news.forEach((n, i) => {
    if (!isObj(n)) return;
    checkEffects(c, n.effects, ['news', i, 'effects'], ids);
    checkKeys(c, n.support, ['news', i, 'support'], ids.delegations, 'delegation');
  });
  if (isObj(s.rules)) {
    if (isObj(s.rules.reactionEffects)) {
      checkEffects(c, s.rules.reactionEffects.align, ['rules', 'reactionEffects', 'align'], ids);
      checkEffects(c, s.rules.reactionEffects.rebut, ['rules', 'reactionEffects', 'rebut'], ids);
      checkEffects(c, s.rules.reactionEffects.attack, ['rules', 'reactionEffects', 'attack'], ids);
      checkEffects(c, s.rules.reactionEffects.answer, ['rules', 'reactionEffects', 'answer'], ids);
    }
    if (isObj(s.rules.overclaim)) checkEffects(c, s.rules.overclaim.effects, ['rules', 'overclaim', 'effects'], ids);
    const budget = isObj(s.rules.speakingTime) ? s.rules.speakingTime : undefined;
    if (budget && typeof budget.budget === 'number' && typeof budget.frame === 'number') {
      const room = budget.budget - budget.frame;
      list(s.topics).forEach((t, i) => {
        if (isObj(t)) list(t.options).forEach((o, j) => {
          if (isObj(o) && typeof o.seconds === 'number' && o.seconds > room) c.add(['topics', i, 'options', j, 'seconds'], `${o.seconds} s is more than the ${room} s a statement has for options, so it can never be chosen`);
        });
      });
    }
  }
  if (isObj(s.briefing) && typeof s.briefing.speaker === 'string' && kindOf.get(s.briefing.speaker) !== 'briefer') {
    c.add(['briefing', 'speaker'], `"${s.briefing.speaker}" is not a delegation of kind briefer`);
  }
  if (isObj(s.speakersList)) {
    const seen = new Set<string>();
    list(s.speakersList.members).forEach((id, i) => {
      if (typeof id !== 'string') return;
      if (kindOf.get(id) !== 'member') c.add(['speakersList', 'members', i], `"${id}" is not a Council member`);
      if (seen.has(id)) c.add(['speakersList', 'members', i], `"${id}" is inscribed twice`);
      seen.add(id);
    });
    for (const member of ids.members) if (!seen.has(member)) c.add(['speakersList', 'members'], `member "${member}" is missing from the speakers' list`);
    list(s.speakersList.rule37).forEach((id, i) => {
      if (typeof id === 'string' && kindOf.get(id) !== 'rule37') c.add(['speakersList', 'rule37', i], `"${id}" is not a delegation of kind rule37`);
    });
  }
  const seats = new Set<string>();
  const objectiveSeen = new Map<string, string>();
  list(s.instructions).forEach((ins, i) => {
    if (!isObj(ins)) return;
    if (typeof ins.seat === 'string') {
      if (!ids.members.has(ins.seat)) c.add(['instructions', i, 'seat'], `"${ins.seat}" is not a Council member`);
      if (seats.has(ins.seat)) c.add(['instructions', i, 'seat'], `a second set of instructions for "${ins.seat}"`);
      seats.add(ins.seat);
    }
    collectIds(c, ins.objectives, ['instructions', i, 'objectives'], 'objective', objectiveSeen);
    collectIds(c, ins.redLines, ['instructions', i, 'redLines'], 'objective', objectiveSeen);
  });
  for (const member of ids.members) if (!seats.has(member)) c.add(['instructions'], `member "${member}" has no instructions from capital, so it cannot be played`);
  const lineSeen = new Map<string, string>();
  list(s.delegations).forEach((d, i) => {
    if (!isObj(d) || !isObj(d.speech)) return;
    for (const kind of KINDS) collectIds(c, d.speech[kind], ['delegations', i, 'speech', kind], 'line', lineSeen);
  });
}

type Bounds = Map<string, [number, number]>;

/** Walks every condition in the file, checking the ids it names and whether it can ever hold. */
function checkConditions(c: Checker, s: Obj, ids: Ids) {
  const visit = (cond: unknown, path: Path) => {
    if (!isObj(cond)) return;
    const ref = (key: string, known: Set<string>, what: string) => {
      const v = cond[key];
      if (typeof v === 'string' && !known.has(v)) c.add([...path, key], `unknown ${what} "${v}"`);
    };
    ref('meter', ids.meters, 'meter');
    ref('stance', ids.issues, 'issue');
    ref('chose', ids.options, 'option');
    ref('addressed', ids.topics, 'topic');
    ref('aligned', ids.members, 'Council member');
    ref('news', ids.news, 'news event');
    ref('seat', ids.members, 'Council member');
    ref('named', ids.delegations, 'delegation');
    list(cond.alignedOf).forEach((id, i) => {
      if (typeof id === 'string' && !ids.members.has(id)) c.add([...path, 'alignedOf', i], `unknown Council member "${id}"`);
    });
    list(cond.all).forEach((x, i) => visit(x, [...path, 'all', i]));
    list(cond.any).forEach((x, i) => visit(x, [...path, 'any', i]));
    if (cond.not !== undefined) visit(cond.not, [...path, 'not']);
  };
  const isAlways = (cond: unknown) => isObj(cond) && cond.always === true;

  list(s.delegations).forEach((d, i) => {
    if (!isObj(d) || !isObj(d.speech)) return;
    for (const kind of KINDS) list(d.speech[kind]).forEach((line, j) => {
      if (isObj(line)) visit(line.if, ['delegations', i, 'speech', kind, j, 'if']);
    });
  });
  list(s.instructions).forEach((ins, i) => {
    if (!isObj(ins)) return;
    for (const kind of ['objectives', 'redLines']) list(ins[kind]).forEach((o, j) => {
      if (!isObj(o)) return;
      visit(o.when, ['instructions', i, kind, j, 'when']);
      if (isAlways(o.when)) c.add(['instructions', i, kind, j, 'when'], 'this names nothing: an objective must test something about the run');
      else if (!satisfiable(o.when, ids.meterRange)) c.add(['instructions', i, kind, j, 'when'], 'no run can ever meet this condition (its bounds contradict each other or the meter ranges)');
    });
  });
  const rules = list(s.outcomeRules);
  const reached = new Set<string>();
  let shadowedFrom: number | undefined;
  rules.forEach((r, i) => {
    if (!isObj(r)) return;
    visit(r.when, ['outcomeRules', i, 'when']);
    if (typeof r.outcome === 'string') {
      if (!ids.outcomes.has(r.outcome)) c.add(['outcomeRules', i, 'outcome'], `unknown outcome "${r.outcome}"`);
      if (shadowedFrom !== undefined) c.add(['outcomeRules', i], `no run reaches this rule: rule ${shadowedFrom} before it always applies`);
      else if (!satisfiable(r.when, ids.meterRange)) c.add(['outcomeRules', i, 'when'], 'no run can ever meet this condition (its bounds contradict each other or the meter ranges)');
      else reached.add(r.outcome);
    }
    if (isAlways(r.when) && shadowedFrom === undefined) shadowedFrom = i;
  });
  if (rules.length > 0 && !isAlways(isObj(rules[rules.length - 1]) ? (rules[rules.length - 1] as Obj).when : undefined)) {
    c.add(['outcomeRules', rules.length - 1, 'when'], 'the last outcome rule must be { always: true }, so that every run has an ending');
  }
  list(s.outcomes).forEach((o, i) => {
    const id = idOf(o);
    if (id !== undefined && !reached.has(id)) c.add(['outcomes', i], `no outcome rule can reach outcome "${id}"`);
  });
}

/**
 * A conservative static test: false only when a condition's meter bounds cannot all hold. Anything
 * subtler is left to the audit, which plays every run.
 */
function satisfiable(cond: unknown, ranges: Map<string, [number, number]>): boolean {
  const bounds: Bounds = new Map();
  const narrow = (node: unknown): boolean => {
    if (!isObj(node)) return true;
    if (typeof node.meter === 'string') {
      const [min, max] = bounds.get(node.meter) ?? ranges.get(node.meter) ?? [-Infinity, Infinity];
      const lo = typeof node.atLeast === 'number' ? Math.max(min, node.atLeast) : min;
      const hi = typeof node.atMost === 'number' ? Math.min(max, node.atMost) : max;
      bounds.set(node.meter, [lo, hi]);
      return lo <= hi;
    }
    if (Array.isArray(node.all)) return node.all.every(narrow);
    if (Array.isArray(node.any)) {
      const saved = new Map(bounds);
      const ok = node.any.some((branch) => { bounds.clear(); saved.forEach((v, k) => bounds.set(k, v)); return narrow(branch); });
      bounds.clear(); saved.forEach((v, k) => bounds.set(k, v));
      return ok;
    }
    return true;
  };
  return narrow(cond);
}
