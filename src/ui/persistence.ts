/**
 * The browser's shelf of saved games. Storage can be missing, refused or full (private mode,
 * locked-down Chromebooks): every call is guarded, and a failure never stops the game.
 */
import type { Shelf } from '../store/saves';

export function savePrefix(scenarioId: string): string {
  return `take-the-floor/save/${scenarioId}`;
}

export function localShelf(scenarioId: string): Shelf {
  const prefix = savePrefix(scenarioId);
  const storage = (): Storage | null => { try { return window.localStorage; } catch { return null; } };
  return {
    keys() {
      const s = storage();
      if (!s) return [];
      const out: string[] = [];
      try {
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          // The single save of earlier versions sits at the prefix itself; it is listed too.
          if (key && (key === prefix || key.startsWith(`${prefix}/`))) out.push(key);
        }
      } catch { return []; }
      return out;
    },
    read(key) {
      try { return storage()?.getItem(key) ?? null; } catch { return null; }
    },
    write(key, text) {
      try { storage()?.setItem(key, text); return true; } catch { return false; }
    },
  };
}
