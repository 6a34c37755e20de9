/**
 * The open document's structure corrections: the list (with applied / not applied) and the two
 * changes the reader makes, correct and undo. After either, `onChanged` reloads the document so
 * the outline and reader show the corrected projects.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CorrectionChange, CorrectionEntry } from '@shared/model/corrections';
import { messageOf, send } from '../api/client';

// State
export interface CorrectionsState {
  entries: CorrectionEntry[];
  busy: boolean;
  error: string | null;
}

export function getDefaultCorrections(): CorrectionsState {
  return { entries: [], busy: false, error: null };
}

// Actions
export function useCorrections(documentId: string, onChanged: (message: 'saved' | 'undone') => void) {
  const [state, setState] = useState<CorrectionsState>(getDefaultCorrections);
  useEffect(() => {
    send('document:corrections', { documentId }).then(
      (v) => setState({ entries: v.entries, busy: false, error: null }),
      (e: unknown) => setState((s) => ({ ...s, error: messageOf(e) })),
    );
  }, [documentId]);

  const run = useCallback(
    async (call: () => Promise<{ entries: CorrectionEntry[] }>, message: 'saved' | 'undone') => {
      setState((s) => ({ ...s, busy: true, error: null }));
      try {
        const v = await call();
        setState({ entries: v.entries, busy: false, error: null });
        onChanged(message);
      } catch (e) {
        setState((s) => ({ ...s, busy: false, error: messageOf(e) }));
      }
    },
    [onChanged],
  );
  const correct = (change: CorrectionChange) => run(() => send('document:correct', { documentId, change }), 'saved');
  const undo = (id?: string) => run(() => send('document:undo-correction', { documentId, ...(id ? { id } : {}) }), 'undone');
  const clearError = () => setState((s) => ({ ...s, error: null }));
  return { ...state, correct, undo, clearError };
}
