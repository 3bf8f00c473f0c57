/** Focus requests that must wait for the next render, such as a glossary entry in a panel not yet open. */
import { gameStore } from '../store/gameStore';

let pending: string | null = null;

export function focusAfterRender(id: string) { pending = id; }

export function takePendingFocus(): string | null {
  const id = pending;
  pending = null;
  return id;
}

/** Shows a glossary entry: on this screen if it is there, else in the reference panel. */
export function openGlossary(anchor: string) {
  const here = document.getElementById(anchor);
  if (here) {
    // On the preparation screen the glossary sits in a closed disclosure: open it first.
    const closed = here.closest('details');
    if (closed) closed.open = true;
    here.focus();
    return;
  }
  focusAfterRender(anchor);
  gameStore.setState((s) => { s.help = 'reference'; });
}
