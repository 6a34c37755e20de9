/**
 * The open document's structure corrections: the list (with applied / not applied) and the two
 * changes the reader makes, correct and undo. After either, `onChanged` reloads the document so
 * the outline and reader show the corrected projects.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorrectionChange, CorrectionEntry } from '@shared/model/corrections';
import { correctionText } from '@shared/text/corrections';
import { messageOf, send } from '../api/client';

// State
export interface CorrectionsState {
  entries: CorrectionEntry[];
  busy: boolean;
  error: string | null;
  /** What the last change did, for the panel's status line (one line, not a pile of notices). */
  status: string | null;
}

export function getDefaultCorrections(): CorrectionsState {
  return { entries: [], busy: false, error: null, status: null };
}

// Actions
export function useCorrections(documentId: string, onChanged: () => void) {
  const [state, setState] = useState<CorrectionsState>(getDefaultCorrections);
  useEffect(() => {
    send('document:corrections', { documentId }).then(
      (v) => setState({ ...getDefaultCorrections(), entries: v.entries }),
      (e: unknown) => setState((s) => ({ ...s, error: messageOf(e) })),
    );
  }, [documentId]);

  // One change at a time: a second Enter or Ctrl+Z while one is saved does nothing.
  const running = useRef(false);
  const run = useCallback(
    async (call: () => Promise<{ entries: CorrectionEntry[] }>, message: 'saved' | 'undone') => {
      if (running.current) return;
      running.current = true;
      setState((s) => ({ ...s, busy: true, error: null, status: null }));
      try {
        const v = await call();
        setState({ entries: v.entries, busy: false, error: null, status: message === 'saved' ? correctionText.saved : correctionText.undone });
        onChanged();
      } catch (e) {
        setState((s) => ({ ...s, busy: false, error: messageOf(e) }));
      } finally {
        running.current = false;
      }
    },
    [onChanged],
  );
  const correct = (change: CorrectionChange) => run(() => send('document:correct', { documentId, change }), 'saved');
  const undo = (id?: string) => run(() => send('document:undo-correction', { documentId, ...(id ? { id } : {}) }), 'undone');
  return { ...state, correct, undo };
}
