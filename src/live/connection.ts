/**
 * The browser's line to a class meeting (colyseus.js). Loaded only when a student joins a class, so
 * the solo game never fetches it. It keeps the line up by itself: when the connection drops it
 * reconnects to the same place with the room's reconnection token, and once the room has let that
 * place go it joins again with the browser's key, which gets the student's seat back.
 */
import { Client, type Room } from 'colyseus.js';
import type { LiveError } from './types';
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

/** Why a join failed: the class code is the thing a student can check. The screen words it. */
export function joinProblem(error: unknown): 'unknownCode' | 'unreachable' {
  const text = error instanceof Error ? error.message : String(error);
  return /not found|disposed|locked|No class/i.test(text) ? 'unknownCode' : 'unreachable';
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
const GIVE_UP_MS = 120_000;

export async function joinClass(endpoint: string, code: string, key: string, events: LineEvents): Promise<ClassLine> {
  const client = new Client(endpoint);
  let room: Room = await client.joinById(code, { key });
  let closed = false;

  const attach = (r: Room) => {
    listenForViews(r, events.view);
    r.onMessage('refused', (e: LiveError) => events.refused(e));
    r.onLeave((closeCode: number) => {
      // 4000 is a leave this browser asked for; anything else is a drop.
      if (closed || closeCode === 4000) return;
      void comeBack(r.reconnectionToken);
    });
  };

  const comeBack = async (token: string) => {
    events.status('reconnecting');
    const started = Date.now();
    while (!closed && Date.now() - started < GIVE_UP_MS) {
      await new Promise((r) => setTimeout(r, RETRY_MS));
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
