/**
 * The browser's line to a class meeting (colyseus.js). Loaded only when a student joins a class, so
 * the solo game never fetches it. It keeps the line up by itself: when the connection drops it
 * reconnects to the same place with the room's reconnection token, and once the room has let that
 * place go it joins again with the browser's key, which gets the student's seat back.
 */
import { Client, type Room } from 'colyseus.js';
import { CLOSE_FLOOD, JOIN_REFUSAL, type LiveError } from './types';
import type { MeetingView } from './view';
import { listenForViews } from './viewKeeper';

export type LineStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface LineEvents {
  view(view: MeetingView): void;
  refused(error: LiveError): void;
  status(status: LineStatus, problem?: 'lost'): void;
}

export interface ClassLine {
  code: string;
  send(type: string, body?: Record<string, unknown>): void;
  close(): Promise<void>;
}

export type JoinProblem = 'unknownCode' | 'full' | 'tooMany' | 'unreachable';

/** Why a join failed, from the status the class server's door answered with. The screen words it. */
export function joinProblem(error: unknown): JoinProblem {
  const status = (error as { code?: unknown } | null)?.code;
  if (status === JOIN_REFUSAL.unknownCode) return 'unknownCode';
  if (status === JOIN_REFUSAL.full) return 'full';
  if (status === JOIN_REFUSAL.tooMany) return 'tooMany';
  return 'unreachable';
}

/**
 * Back to the same place in the room with its reconnection token; if the room no longer holds that
 * place (or has not yet noticed it was left), a fresh join with the browser's key, which the room
 * knows: the seat, the game and the draft are the key's.
 */
export async function comeBackTo(client: Client, token: string, code: string, key: string): Promise<Room> {
  try {
    return await client.reconnect(token);
  } catch {
    return client.joinById(code, { key });
  }
}

const RETRY_MS = 1500;
/** Long enough for a teacher to restart the class server; the page says it is reconnecting all the while. */
const GIVE_UP_MS = 10 * 60_000;

export async function joinClass(endpoint: string, code: string, key: string, events: LineEvents): Promise<ClassLine> {
  const client = new Client(endpoint);
  let room: Room = await client.joinById(code, { key });
  let closed = false;

  const attach = (r: Room) => {
    listenForViews(r, events.view);
    r.onMessage('refused', (e: LiveError) => events.refused(e));
    r.onLeave((closeCode: number) => {
      // Only a leave this browser asked for is final. Any other close (a drop, a server restarting,
      // a room let go while idle) is followed by coming back to the same seat.
      if (closed) return;
      if (closeCode === CLOSE_FLOOD) events.refused({ code: 'flood', message: 'This page sent more than the meeting can take and was disconnected: it is coming back.' });
      void comeBack(r.reconnectionToken);
    });
  };

  const comeBack = async (token: string) => {
    events.status('reconnecting');
    const started = Date.now();
    for (let attempt = 0; !closed && Date.now() - started < GIVE_UP_MS; attempt++) {
      // Quick at first, then every few seconds: a restarting server is not hammered by a whole class.
      await new Promise((r) => setTimeout(r, Math.min(RETRY_MS * 2 ** Math.min(attempt, 2), 6000) * (0.75 + Math.random() / 2)));
      try { room = await comeBackTo(client, token, code, key); } catch { continue; }
      attach(room);
      room.send('look');
      events.status('connected');
      return;
    }
    if (!closed) events.status('closed', 'lost');
  };

  attach(room);
  events.status('connected');
  return {
    code,
    send: (type, body = {}) => { if (!closed) room.send(type, body); },
    close: async () => { closed = true; await room.leave(true).catch(() => {}); },
  };
}
