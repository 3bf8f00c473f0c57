/**
 * A browser receives the meeting in two parts: the shared part (broadcast to everyone) and its own.
 * This keeps the latest of each and gives the whole view once it has both. Type imports only, so
 * the browser's line to the room carries none of the rules.
 */
import type { Room } from 'colyseus.js';
import type { MeetingView, OwnView, SharedView } from './view';

function viewKeeper(onView: (view: MeetingView) => void) {
  let shared: SharedView | null = null;
  let own: OwnView | null = null;
  const emit = () => { if (shared && own) onView({ ...shared, ...own }); };
  return {
    shared(v: SharedView) { shared = v; emit(); },
    own(v: OwnView) { own = v; emit(); },
  };
}

/** Listens to a colyseus.js room for both parts. */
export function listenForViews(room: Room, onView: (view: MeetingView) => void) {
  const keeper = viewKeeper(onView);
  room.onMessage('meeting', (v: SharedView) => keeper.shared(v));
  room.onMessage('you', (v: OwnView) => keeper.own(v));
}
