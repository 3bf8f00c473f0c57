/**
 * The class server: the built game and the room server on one port. Used by `npm run class`, by the
 * tests, and by each process of a multi-process deployment (Redis presence and driver).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Server, matchMaker, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Scenario } from '../src/engine';
import { CouncilRoom, DEFAULT_LIMITS, reopen, type RoomLimits } from './councilRoom';
import { DEFAULT_GATE, matchmakingGate, type GateLimits } from './gate';
import type { KeptSetup, MeetingStore } from './store';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.map': 'application/json',
};

/** Serves the built site from `dist`, compressed, never a file outside it. */
function siteHandler(dist: string) {
  const root = resolve(dist);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (res.headersSent || res.writableEnded) return;
    let path: string;
    try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(root, 'index.html');
    if (!existsSync(file)) { res.writeHead(503, { 'content-type': 'text/plain' }).end('The game has not been built: run npm run class.'); return; }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('index.html') || file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  };
}

export interface ClassServerOptions {
  scenario: Scenario;
  store: MeetingStore;
  dist?: string;
  limits?: Partial<RoomLimits>;
  gate?: Partial<GateLimits>;
  presence?: Presence;
  driver?: MatchMakerDriver;
  /** How browsers reach this process, when several share a Redis (host:port). */
  publicAddress?: string;
  /** The address students open, shown on the President's screen (else the President's own page address); asked once the server listens. */
  studentAddress?: () => string;
}

/** Setups only the server gives (`npm run class`, a kept class coming back), by code, for the room to take. */
const reserved = new Map<string, KeptSetup>();

export function createClassServer(options: ClassServerOptions): Server {
  const limits: RoomLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const http = createServer(options.dist ? siteHandler(options.dist) : (_req, res) => { if (!res.headersSent) res.writeHead(404).end(); });
  // Longer than a client keeps an idle connection, so a busy server never closes one just as a
  // browser sends on it ("socket hang up").
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  // A browser that vanishes without closing its line (a phone out of Wi-Fi) is found within about
  // 4.5 s (three missed pings), so the President sees it away well inside five seconds.
  const server = new Server({
    transport: new WebSocketTransport({ server: http, pingInterval: 1500, pingMaxRetries: 2, maxPayload: 4096 }),
    presence: options.presence,
    driver: options.driver,
    publicAddress: options.publicAddress,
    greet: false,
    // Colyseus would shut every class down on any uncaught error; the class server handles its own signals.
    gracefullyShutdown: false,
  });
  server.define('council', CouncilRoom, { scenario: options.scenario, store: options.store, limits, reserved, studentAddress: options.studentAddress ?? null } as never);
  // Only the ways in that need a class code are open to browsers, whatever Colyseus offers.
  matchMaker.controller.exposedMethods = ['create', 'joinById', 'reconnect'];
  const gate = matchmakingGate({ ...DEFAULT_GATE, reservationSeconds: limits.reservationSeconds, ...options.gate }, {
    async reopenKept(code) {
      let kept;
      try { kept = await options.store.load(code); } catch (error) { return (error as Error).message; }
      if (!kept) return 'none';
      try { reopen(options.scenario, kept); } catch (error) { return (error as Error).message; }
      try { await openClass(kept.setup); return 'opened'; } catch { return 'none'; }
    },
  });
  // Colyseus has taken the server's request listeners; the gate goes in front of them.
  const colyseusListeners = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pass = () => { for (const l of colyseusListeners) l.call(http, req, res); };
    if (!(req.url ?? '').includes('/matchmake/')) { pass(); return; }
    gate(req, res).then((answered) => { if (!answered) pass(); }, (error) => {
      console.error(`the class server's door failed on a request: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return server;
}

/** Opens (or, after a restart, reopens) the room for one class, with a setup only the server can give. */
export async function openClass(setup: KeptSetup) {
  reserved.set(setup.code, setup);
  try {
    // Here, not on whichever process the matchmaker would pick: only this process holds the setup.
    return await matchMaker.handleCreateRoom('council', { code: setup.code });
  } finally {
    reserved.delete(setup.code);
  }
}
