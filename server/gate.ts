/**
 * The door of the class server: every matchmaking request passes here before Colyseus sees it.
 * A class is entered only with its class code (`joinById`, and `reconnect` for a browser coming
 * back); `join` and `joinOrCreate`, which would enter the first open class without one, are closed.
 * Each address has limits on join attempts, on wrong codes, on places held at once and on classes
 * created, answered with HTTP 429 and a plain sentence; an unknown code, a full class and a server
 * holding all the classes it can are each said as what they are.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import { CLASS_CODE, JOIN_REFUSAL, showClassCode } from '../src/live/types';

export interface GateLimits {
  /** Join and reconnect attempts per address per minute: a whole class may share one school address. */
  joinsPerMinute: number;
  /** Attempts with a code no class has, per address per minute: guessing codes stops here. */
  wrongCodesPerMinute: number;
  /** Places given to one address within a reservation's lifetime: one address cannot fill a class. */
  placesPerAddress: number;
  /** Classes one address may create per hour. */
  createsPerHour: number;
  /** Classes this process holds open at once. */
  openClasses: number;
  /** Seconds a place is held for a browser to connect (the room's seat reservation). */
  reservationSeconds: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
}

export const DEFAULT_GATE: GateLimits = {
  joinsPerMinute: 240, wrongCodesPerMinute: 20, placesPerAddress: 40, createsPerHour: 10, openClasses: 200, reservationSeconds: 15, trustProxy: false,
};

/** Counts per address within fixed windows; forgotten when their window has passed. */
export function windowCounter(windowMs: number) {
  const counts = new Map<string, { start: number; n: number }>();
  return {
    count(address: string, now: number): number { const c = counts.get(address); return c && now - c.start < windowMs ? c.n : 0; },
    add(address: string, now: number): number {
      const c = counts.get(address);
      if (!c || now - c.start >= windowMs) { counts.set(address, { start: now, n: 1 }); return 1; }
      return ++c.n;
    },
    prune(now: number) { for (const [a, c] of counts) if (now - c.start >= windowMs) counts.delete(a); },
  };
}

const BODY_MAX = 4096;

export interface GateHooks {
  /** A class whose room is not open but whose meeting is kept: open it again, or say why not. */
  reopenKept(code: string): Promise<'opened' | 'none' | string>;
}

export function matchmakingGate(limits: GateLimits, hooks: GateHooks) {
  const joins = windowCounter(60_000);
  const wrong = windowCounter(60_000);
  const places = windowCounter(limits.reservationSeconds * 1000);
  const creates = windowCounter(3_600_000);
  const pruning = setInterval(() => { const now = Date.now(); for (const w of [joins, wrong, places, creates]) w.prune(now); }, 60_000);
  pruning.unref();

  const addressOf = (req: IncomingMessage) => {
    const forwarded = limits.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim() : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  /** Answers the request itself when it is refused; otherwise leaves it to Colyseus. */
  return async function gate(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const refuse = (status: number, error: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', ...extra });
      res.end(JSON.stringify({ code: status, error }));
      return true;
    };
    if (req.method !== 'POST') return false;
    const length = Number(req.headers['content-length']);
    if (!Number.isFinite(length)) return refuse(411, 'A request to join a class says how long it is.');
    if (length > BODY_MAX) return refuse(413, 'That request is far longer than any request to join a class.');
    const parts = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean);
    const [, method, name = ''] = parts.slice(parts.indexOf('matchmake'));
    const address = addressOf(req);
    const now = Date.now();
    const tooMany = (what: string, seconds: number) => refuse(JOIN_REFUSAL.tooMany, what, { 'Retry-After': String(seconds) });

    if (method === 'create') {
      if (name !== 'council') return refuse(JOIN_REFUSAL.notAllowed, 'This server holds class meetings only.');
      if (creates.count(address, now) >= limits.createsPerHour) return tooMany(`This network has created ${limits.createsPerHour} classes in the last hour, the most it may: use one of them, or try again later.`, 600);
      const open = (await matchMaker.query({ name: 'council' })).length;
      if (open >= limits.openClasses) return refuse(503, `This class server has ${open} classes open, as many as it can hold: try again when one has finished.`);
      creates.add(address, now);
      return false;
    }
    if (method !== 'joinById' && method !== 'reconnect') return refuse(JOIN_REFUSAL.notAllowed, 'A class meeting is entered with its class code.');
    if (joins.add(address, now) > limits.joinsPerMinute) return tooMany('Too many tries to join from this network in the last minute: wait a minute, then try again.', 60);
    if (wrong.count(address, now) >= limits.wrongCodesPerMinute) return tooMany('Too many wrong class codes from this network in the last minute: check the code on the board, wait a minute, then try again.', 60);
    if (method === 'reconnect') return false;

    const unknown = (why?: string) => { wrong.add(address, now); return refuse(JOIN_REFUSAL.unknownCode, why ?? `No class meeting has the code ${showClassCode(name.slice(0, 20))}.`); };
    if (!CLASS_CODE.test(name)) return unknown();
    let [listing] = await matchMaker.query({ roomId: name });
    // A class listed on a process that has stopped (several processes on one Redis): a live process
    // holds its channel on Redis, so only one that has lost it is checked (a busy one is never
    // suspected); if it does not answer, Colyseus forgets its rooms and the class reopens here from Redis.
    if (listing && listing.processId !== matchMaker.processId && (await matchMaker.presence.channels(`p:${listing.processId}`)).length === 0
      && !(await matchMaker.healthCheckProcessId(listing.processId))) [listing] = await matchMaker.query({ roomId: name });
    if (!listing) {
      const reopened = await hooks.reopenKept(name);
      if (reopened === 'none') return unknown();
      if (reopened !== 'opened') return unknown(reopened);
      [listing] = await matchMaker.query({ roomId: name });
      if (!listing) return unknown();
    }
    if (listing.locked || listing.clients >= listing.maxClients) return refuse(JOIN_REFUSAL.full, `The class ${showClassCode(name)} is full: ask your teacher.`);
    if (places.add(address, now) > limits.placesPerAddress) return tooMany('Too many people are joining from this network at once: wait a few seconds, then try again.', limits.reservationSeconds);
    return false;
  };
}
