/** A test's browser in a class room: the latest whole view, and a wait for one that passes a test. */
import type { Room } from 'colyseus.js';
import type { MeetingView } from '../../src/live/view';
import { listenForViews } from '../../src/live/viewKeeper';

export interface Watcher {
  last(): MeetingView | null;
  next(test: (v: MeetingView) => boolean, ms?: number): Promise<MeetingView>;
  /** Waits for a view that arrives after this call (for a browser that has just asked to look). */
  fresh(ms?: number): Promise<MeetingView>;
}

const watchers = new WeakMap<Room, Watcher>();

export function watch(room: Room): Watcher {
  const known = watchers.get(room);
  if (known) return known;
  let last: MeetingView | null = null;
  let waiting: { test: (v: MeetingView) => boolean; resolve: (v: MeetingView) => void; timer: NodeJS.Timeout }[] = [];
  listenForViews(room, (v) => {
    last = v;
    waiting = waiting.filter((w) => { if (!w.test(v)) return true; clearTimeout(w.timer); w.resolve(v); return false; });
  });
  room.onMessage('refused', () => {});
  const wait = (test: (v: MeetingView) => boolean, ms: number) => new Promise<MeetingView>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such view arrived')), ms);
    waiting.push({ test, resolve, timer });
  });
  const watcher: Watcher = {
    last: () => last,
    next: (test, ms = 10_000) => (last && test(last) ? Promise.resolve(last) : wait(test, ms)),
    fresh: (ms = 10_000) => wait(() => true, ms),
  };
  watchers.set(room, watcher);
  return watcher;
}
