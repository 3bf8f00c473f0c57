/** The browser's save slot. Storage can be missing or full (private mode, locked-down Chromebooks). */
import type { SaveSlot } from '../store/gameStore';

export function localSaveSlot(scenarioId: string): SaveSlot {
  const key = `take-the-floor/save/${scenarioId}`;
  return {
    read() {
      try { return window.localStorage.getItem(key); } catch { return null; }
    },
    write(text) {
      try { window.localStorage.setItem(key, text); } catch { /* the game goes on; only resuming after a reload is lost */ }
    },
  };
}
