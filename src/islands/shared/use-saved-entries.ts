/**
 * A check's entries restored on mount and saved on every change, to
 * localStorage and to the URL hash (the shareable link). A shared link wins
 * over what this browser remembers, so opening someone's link shows their answers.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { clearEntries, decodeHash, encodeHash, loadEntries, saveEntries, type Entries } from '../../checks/state.ts';

export interface SavedEntries {
  /** False during server rendering and until the browser state has been read. */
  ready: boolean;
  /** The entries restored when the page opened. */
  restored: Entries;
  save: (entries: Entries) => void;
  clear: () => void;
}

function replaceHash(hash: string): void {
  // replaceState, not location.hash: no history entry per keystroke, no scroll jump.
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** What the browser remembers, read while hydrating; the server has no browser state to read. */
function readSaved(checkId: string): { entries: Entries; fromLink: boolean } | null {
  if (typeof window === 'undefined') return null;
  const fromLink = decodeHash(location.hash);
  return { entries: fromLink ?? loadEntries(localStorage, checkId) ?? {}, fromLink: fromLink !== null };
}

export function useSavedEntries(checkId: string): SavedEntries {
  // Read during the hydrating render itself, not in an effect after it: one render of a long check
  // instead of three (hydrate, restore, go live), which Lighthouse counted as blocking on a phone.
  const [saved] = useState(() => readSaved(checkId));
  const ready = saved !== null;
  const restored = saved?.entries ?? {};

  useEffect(() => {
    if (!saved) return;
    if (saved.fromLink) saveEntries(localStorage, checkId, saved.entries);
    else if (Object.keys(saved.entries).length > 0) replaceHash(encodeHash(saved.entries));
  }, [checkId]);

  const save = useCallback(
    (entries: Entries) => {
      saveEntries(localStorage, checkId, entries);
      replaceHash(encodeHash(entries));
    },
    [checkId],
  );

  const clear = useCallback(() => {
    clearEntries(localStorage, checkId);
    replaceHash('');
  }, [checkId]);

  return { ready, restored, save, clear };
}
