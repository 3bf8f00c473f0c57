/**
 * The consultations section's references: the penholder is a member, element and amendment ids are
 * unique and never an option's, every `say` names a member or camp, each member has at most one
 * brief and every member at least two amendments to propose, and every condition names real ids.
 */
import { CONSULT_HEADS } from './consultationsSchema';
import { entries, isObj, list, type Checker, type Ids, type Path } from './crossCheck';

type Obj = Record<string, unknown>;
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

export function checkConsultations(c: Checker, s: Obj, ids: Ids) {
  const k = s.consultations;
  if (k === undefined) return;
  if (s.formatVersion === 2) c.add(['consultations'], 'consultations arrived in format version 3: set formatVersion: 3 (nothing else changes)');
  if (!isObj(k)) return;
  const at = (...p: Path): Path => ['consultations', ...p];
  if (typeof k.penholder === 'string' && !ids.members.has(k.penholder)) c.add(at('penholder'), `the penholder "${k.penholder}" is not a Council member`);
  const camps = new Map<string, string[]>();
  for (const camp of list(s.camps)) if (isObj(camp) && typeof camp.id === 'string') camps.set(camp.id, strings(camp.members));

  const elements = new Set<string>();
  const amendments = new Set<string>();
  const used = new Set([...ids.options, ...ids.topics, ...ids.issues, ...ids.meters]);
  const voiced = new Map<string, number>([...ids.members].map((m) => [m, 0]));
  const fresh = (id: unknown, path: Path, what: string) => {
    if (typeof id !== 'string') return;
    if (elements.has(id) || amendments.has(id) || used.has(id)) c.add(path, `duplicate id "${id}": ${what} ids must differ from every other id in the file`);
  };
  list(k.elements).forEach((e, i) => {
    if (!isObj(e)) return;
    fresh(e.id, at('elements', i, 'id'), 'element');
    if (typeof e.id === 'string') elements.add(e.id);
    checkStance(c, e.stance, at('elements', i, 'stance'), ids);
    if (isObj(e.compromise)) checkStance(c, e.compromise.stance, at('elements', i, 'compromise', 'stance'), ids);
    list(e.amendments).forEach((a, j) => {
      if (!isObj(a)) return;
      const path = at('elements', i, 'amendments', j);
      fresh(a.id, [...path, 'id'], 'amendment');
      if (typeof a.id === 'string') amendments.add(a.id);
      if (a.kind === 'delete' && a.text !== undefined) c.add([...path, 'text'], 'a deletion takes the paragraph out: it has no text');
      if (a.kind !== 'delete' && a.text === undefined) c.add([...path, 'text'], `a "${String(a.kind)}" amendment needs the paragraph as amended, in text`);
      if (a.kind === 'delete' && isObj(a.stance) && Object.keys(a.stance).length > 0) c.add([...path, 'stance'], 'a deletion takes the paragraph out: it has no stance');
      checkStance(c, a.stance, [...path, 'stance'], ids);
      if (isObj(a.say) && Object.keys(a.say).length === 0) c.add([...path, 'say'], 'nobody proposes this amendment: name at least one seat or camp');
      for (const [who] of entries(a.say)) {
        const seats = camps.get(who) ?? (ids.members.has(who) ? [who] : null);
        if (!seats) c.add([...path, 'say', who], `"${who}" is neither a Council member nor a camp`);
        else for (const seat of seats) voiced.set(seat, (voiced.get(seat) ?? 0) + 1);
      }
    });
  });

  const briefed = new Set<string>();
  list(k.instructions).forEach((b, i) => {
    if (!isObj(b)) return;
    const path = at('instructions', i);
    if (typeof b.seat === 'string') {
      if (!ids.members.has(b.seat)) c.add([...path, 'seat'], `"${b.seat}" is not a Council member`);
      else if (briefed.has(b.seat)) c.add([...path, 'seat'], `"${b.seat}" has two briefs for the elements; merge them`);
      briefed.add(b.seat);
    }
    for (const field of ['wants', 'keepOut', 'needs'] as const) {
      strings(b[field]).forEach((id, j) => { if (!elements.has(id)) c.add([...path, field, j], `unknown element "${id}"`); });
    }
    for (const id of strings(b.wants)) if (strings(b.keepOut).includes(id)) c.add([...path, 'keepOut'], `"${id}" is both wanted and kept out`);
    list(b.trades).forEach((t, j) => {
      if (!isObj(t)) return;
      if (typeof t.give === 'string' && !strings(b.keepOut).includes(t.give)) c.add([...path, 'trades', j, 'give'], `"${t.give}" is not kept out by this delegation, so there is nothing to give`);
      if (typeof t.for === 'string' && !elements.has(t.for)) c.add([...path, 'trades', j, 'for'], `unknown element "${t.for}"`);
    });
    for (const field of ['objectives', 'redLines'] as const) {
      list(b[field]).forEach((o, j) => { if (isObj(o)) checkCondition(c, o.when, [...path, field, j, 'when'], elements, amendments, ids.members); });
    }
  });
  for (const member of ids.members) {
    if (!briefed.has(member)) c.add(at('instructions'), `member "${member}" has no brief for the elements, so it cannot take part in the consultations`);
    if ((voiced.get(member) ?? 0) < 2) c.add(at('elements'), `member "${member}" proposes ${voiced.get(member) ?? 0} amendment(s); every member needs at least two to choose from`);
  }
}

function checkStance(c: Checker, stance: unknown, path: Path, ids: Ids) {
  for (const [issue] of entries(stance)) if (!ids.issues.has(issue)) c.add([...path, issue], `unknown issue "${issue}"`);
}

function checkCondition(c: Checker, cond: unknown, path: Path, elements: Set<string>, amendments: Set<string>, members: Set<string>) {
  if (!isObj(cond)) return;
  const head = CONSULT_HEADS.find((h) => cond[h] !== undefined);
  if (head === 'all' || head === 'any') list(cond[head]).forEach((x, i) => checkCondition(c, x, [...path, head, i], elements, amendments, members));
  if (head === 'not') checkCondition(c, cond.not, [...path, 'not'], elements, amendments, members);
  for (const h of ['agreed', 'dropped'] as const) if (head === h && typeof cond[h] === 'string' && !elements.has(cond[h])) c.add([...path, h], `unknown element "${cond[h]}"`);
  if (head === 'amended' && typeof cond.amended === 'string' && !amendments.has(cond.amended)) c.add([...path, 'amended'], `unknown amendment "${cond.amended}"`);
  if (head === 'blockedBy' && typeof cond.blockedBy === 'string' && !members.has(cond.blockedBy)) c.add([...path, 'blockedBy'], `"${cond.blockedBy}" is not a Council member`);
}
