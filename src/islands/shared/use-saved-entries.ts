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

export function useSavedEntries(checkId: string): SavedEntries {
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState<Entries>({});

  useEffect(() => {
    const fromLink = decodeHash(location.hash);
    const entries = fromLink ?? loadEntries(localStorage, checkId) ?? {};
    if (fromLink) saveEntries(localStorage, checkId, fromLink);
    else if (Object.keys(entries).length > 0) replaceHash(encodeHash(entries));
    setRestored(entries);
    setReady(true);
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
