/**
 * Camps, `for` scopes and `targets`: every id exists, each seat has real choices on every topic it
 * sees, no seat is offered a line aimed at itself, rival camps keep their own menus, and no line
 * moves a meter by more than one speech may.
 */
import { SPEECH_KINDS } from './schema';
import { checkEffects, entries, isObj, list, type Checker, type Ids, type Path } from './crossCheck';

type Obj = Record<string, unknown>;
const KINDS = SPEECH_KINDS;

const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

export function checkScopes(c: Checker, s: Obj, ids: Ids) {
  const camps = new Map<string, string[]>();
  const campOf = new Map<string, string>();
  list(s.camps).forEach((camp, i) => {
    if (!isObj(camp) || typeof camp.id !== 'string') return;
    if (ids.delegations.has(camp.id) || camps.has(camp.id)) c.add(['camps', i, 'id'], `camp id "${camp.id}" is already used by a delegation or another camp`);
    const members = strings(camp.members);
    members.forEach((m, j) => {
      if (!ids.members.has(m)) c.add(['camps', i, 'members', j], `"${m}" is not a Council member`);
      else if (campOf.has(m)) c.add(['camps', i, 'members', j], `"${m}" is already in camp "${campOf.get(m)}"; a member belongs to one camp at most`);
      else campOf.set(m, camp.id as string);
    });
    camps.set(camp.id, members);
  });
  const seatsOf = (scope: unknown): Set<string> | null => {
    if (!Array.isArray(scope)) return null;
    return new Set(strings(scope).flatMap((id) => camps.get(id) ?? [id]));
  };
  const checkScope = (scope: unknown, path: Path) => strings(scope).forEach((id, k) => {
    if (!camps.has(id) && !ids.members.has(id)) c.add([...path, k], `"${id}" is neither a Council member nor a camp`);
  });
  const checkTargets = (targets: unknown, path: Path) => strings(targets).forEach((id, k) => {
    if (!ids.delegations.has(id)) c.add([...path, k], `unknown delegation "${id}"`);
  });
  const all = [...ids.members];
  /** Per seat: the option ids it is offered, for the rivals check. */
  const menus = new Map<string, Set<string>>(all.map((m) => [m, new Set()]));
  list(s.topics).forEach((t, i) => {
    if (!isObj(t)) return;
    checkScope(t.for, ['topics', i, 'for']);
    const topicSeats = seatsOf(t.for);
    const perSeat = new Map<string, number>();
    list(t.options).forEach((o, j) => {
      if (!isObj(o)) return;
      const path: Path = ['topics', i, 'options', j];
      checkScope(o.for, [...path, 'for']);
      checkTargets(o.targets, [...path, 'targets']);
      const seats = seatsOf(o.for) ?? new Set(all);
      for (const seat of seats) {
        if (topicSeats && !topicSeats.has(seat)) continue;
        perSeat.set(seat, (perSeat.get(seat) ?? 0) + 1);
        if (typeof o.id === 'string') menus.get(seat)?.add(o.id);
        if (strings(o.targets).includes(seat)) c.add([...path, 'targets'], `"${seat}" is offered this option, which criticises "${seat}" itself`);
      }
    });
    for (const [seat, n] of perSeat) {
      if (n < 2) c.add(['topics', i, 'options'], `"${seat}" sees this topic with only ${n} option; a seat needs at least two real choices on a topic it sees`);
    }
  });
  if (isObj(s.rightOfReply)) {
    const perSeat = new Map<string, number>();
    list(s.rightOfReply.options).forEach((o, j) => {
      if (!isObj(o)) return;
      checkScope(o.for, ['rightOfReply', 'options', j, 'for']);
      for (const seat of seatsOf(o.for) ?? new Set(all)) perSeat.set(seat, (perSeat.get(seat) ?? 0) + 1);
    });
    for (const seat of all) {
      if ((perSeat.get(seat) ?? 0) < 2) c.add(['rightOfReply', 'options'], `"${seat}" has ${perSeat.get(seat) ?? 0} reply options; every seat needs at least two`);
    }
  }
  for (const seat of all) {
    if (menus.get(seat)!.size === 0 && list(s.topics).length > 0) c.add(['topics'], `"${seat}" is offered no option on any topic, so it has nothing to say`);
  }
  list(s.rivals).forEach((pair, i) => {
    const [a, b] = strings(pair);
    if (a === undefined || b === undefined) return;
    for (const [k, id] of [[0, a], [1, b]] as const) if (!camps.has(id) && !ids.members.has(id)) c.add(['rivals', i, k], `"${id}" is neither a Council member nor a camp`);
    const menu = (id: string) => new Set((camps.get(id) ?? [id]).flatMap((seat) => [...(menus.get(seat) ?? [])]));
    const ma = menu(a);
    const mb = menu(b);
    const shared = [...ma].filter((o) => mb.has(o)).length;
    const smaller = Math.min(ma.size, mb.size);
    if (smaller > 0 && shared * 4 > smaller) c.add(['rivals', i], `"${a}" and "${b}" share ${shared} of ${smaller} options; rivals may share a quarter at most`);
  });
  const swing = isObj(s.rules) && isObj(s.rules.maxSwing) ? s.rules.maxSwing : {};
  if (isObj(s.rules)) checkEffects(c, s.rules.maxSwing, ['rules', 'maxSwing'], ids);
  list(s.delegations).forEach((d, i) => {
    if (!isObj(d) || !isObj(d.speech)) return;
    for (const kind of KINDS) list(d.speech[kind]).forEach((line, j) => {
      if (!isObj(line)) return;
      const path: Path = ['delegations', i, 'speech', kind, j];
      checkScope(line.for, [...path, 'for']);
      checkTargets(line.targets, [...path, 'targets']);
      checkEffects(c, line.effects, [...path, 'effects'], ids);
      for (const [meter, value] of entries(line.effects)) {
        const cap = swing[meter];
        if (typeof value === 'number' && typeof cap === 'number' && Math.abs(value) > cap) c.add([...path, 'effects', meter], `${value} is more than one speech may move ${meter} (rules.maxSwing allows ${cap})`);
      }
    });
    if ((list(d.speech.attack).length > 0 || list(d.speech.answer).length > 0) && d.mayAttack !== true) {
      c.add(['delegations', i, 'speech'], 'attack and answer lines need mayAttack: true');
    }
    const own = list(d.speech.own);
    const last = own[own.length - 1];
    if ((d.kind === 'member' || d.kind === 'rule37') && !(isObj(last) && last.if === undefined && last.for === undefined)) {
      c.add(['delegations', i, 'speech', 'own'], 'the last own line must have no "if" and no "for", so the delegation always has a position to state');
    }
  });

  checkRecordAndTeaching(c, s, ids);
}

/** The record names real delegations, says what it found or why not; questions are for real seats. */
function checkRecordAndTeaching(c: Checker, s: Obj, ids: Ids) {
  const seen = new Set<string>();
  if (isObj(s.record)) list(s.record.delegations).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const path: Path = ['record', 'delegations', i];
    if (typeof entry.delegation === 'string') {
      if (!ids.delegations.has(entry.delegation)) c.add([...path, 'delegation'], `unknown delegation "${entry.delegation}"`);
      if (seen.has(entry.delegation)) c.add([...path, 'delegation'], `"${entry.delegation}" has a second record entry`);
      seen.add(entry.delegation);
    }
    if (entry.found === true && list(entry.points).length === 0) c.add([...path, 'points'], 'a delegation the record covers needs at least one point');
    if (entry.found === true && typeof entry.reference !== 'string') c.add([...path, 'reference'], 'a delegation the record covers needs its reference');
    if (entry.found === false && list(entry.points).length > 0) c.add([...path, 'points'], 'the record did not cover this delegation: nothing may be put in its mouth');
    if (entry.found === false && typeof entry.note !== 'string') c.add([...path, 'note'], 'say in a note that the statement was not found');
  });
  if (isObj(s.teaching)) list(s.teaching.questions).forEach((q, i) => {
    if (isObj(q) && typeof q.seat === 'string' && !ids.members.has(q.seat)) c.add(['teaching', 'questions', i, 'seat'], `"${q.seat}" is not a Council member`);
  });
}
