/**
 * What a browser sends is untrusted: each request is rebuilt here with only the fields its type has,
 * each of the right kind, or refused with a plain message. The sender is never taken from the
 * message: the server passes the key that belongs to the connection.
 */
import type { Holder, LiveError, LiveInput } from './types';

const ID_MAX = 200;
const TEXT_MAX = 10_000;
const FIELDS: Record<string, readonly string[]> = {
  claim: ['seat', 'name'], release: [], setup: ['mode', 'seed'], pick: ['topic', 'option'], closing: ['text'], open: ['option'],
  giveFloor: ['seen'], deliver: ['seen'], requestReply: [], grantReply: ['seat', 'seen'], reply: ['option'], handChair: ['to'],
  openConsult: ['seen'], consultNext: ['seen'], consultMove: ['move', 'target', 'seen'],
  away: [], back: [],
};
const SERVER_ONLY = new Set(['away', 'back']);

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= ID_MAX;
const isTurn = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function normaliseInput(raw: unknown, from: Holder, source: 'browser' | 'server'): LiveInput | LiveError {
  const bad = (message: string): LiveError => ({ code: 'refused', message });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('That message is not one the meeting understands.');
  const r = raw as Record<string, unknown>;
  const type = Object.hasOwn(r, 'type') ? r.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return bad('That message is not one the meeting understands.');
  if (SERVER_ONLY.has(type) && source !== 'server') return bad('That message is not one the meeting understands.');
  const allowed = new Set(['type', 'from', ...FIELDS[type]!]);
  const extra = Object.keys(r).find((k) => !allowed.has(k));
  if (extra !== undefined) return bad(`That message carries a field ("${extra.slice(0, 40)}") the meeting does not take.`);
  // A browser never chooses who it is: a "from" in its message must be its own key, or is refused.
  if (Object.hasOwn(r, 'from') && r.from !== from) return { code: 'not-yours', message: 'That message speaks for someone else.' };
  switch (type) {
    case 'claim':
      if (!isId(r.seat) || typeof r.name !== 'string' || r.name.length > TEXT_MAX) return bad('Taking a seat needs a seat and a name.');
      return { type, seat: r.seat, name: r.name, from };
    case 'pick':
      if (!isId(r.topic) || !(r.option === null || isId(r.option))) return bad('A pick names a topic and an option (or none).');
      return { type, topic: r.topic, option: r.option as string | null, from };
    case 'closing':
      if (typeof r.text !== 'string' || r.text.length > TEXT_MAX) return bad('The closing sentence must be text of sensible length.');
      return { type, text: r.text, from };
    case 'open':
      if (r.option !== undefined && !isId(r.option)) return bad('The opening names one of the chair\'s options.');
      return r.option === undefined ? { type, from } : { type, option: r.option, from };
    case 'setup':
      if ((r.mode !== undefined && !isId(r.mode)) || (r.seed !== undefined && !(isTurn(r.seed) && r.seed < 2 ** 31))) return bad('The meeting\'s setup names a mode and a seed (a whole number below 2,147,483,648).');
      return { type, ...(r.mode !== undefined ? { mode: r.mode as string } : {}), ...(r.seed !== undefined ? { seed: r.seed as number } : {}), from };
    case 'giveFloor': case 'deliver': case 'openConsult': case 'consultNext':
      if (!isTurn(r.seen)) return bad('That message does not say which moment of the meeting it was sent at.');
      return { type, seen: r.seen, from };
    case 'consultMove':
      if (!isId(r.move) || (r.target !== undefined && !isId(r.target)) || !isTurn(r.seen)) return bad('A move in the consultations names the move, what it is on, and the round it was made in.');
      return r.target === undefined ? { type, move: r.move, seen: r.seen, from } : { type, move: r.move, target: r.target, seen: r.seen, from };
    case 'grantReply':
      if (!isId(r.seat) || !isTurn(r.seen)) return bad('Granting a reply names the seat.');
      return { type, seat: r.seat, seen: r.seen, from };
    case 'reply':
      if (!isId(r.option)) return bad('A reply names one of your reply options.');
      return { type, option: r.option, from };
    case 'handChair':
      if (!isId(r.to)) return bad('Handing over the chair names a seat.');
      return { type, to: r.to, from };
    case 'release': case 'requestReply': case 'away': case 'back':
      return { type, from } as LiveInput;
  }
  return bad('That message is not one the meeting understands.');
}
