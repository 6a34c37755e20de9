/** Committee sessions (`session:*`): the list, and which one new annotations belong to. */
import { useCallback, useEffect, useState } from 'react';
import type { SessionInput } from '@shared/api';
import type { SessionEntry } from '@shared/model/session';
import { messageOf, send } from '../api/client';

// State
export interface SessionsState {
  list: SessionEntry[];
  loaded: boolean;
  error: string | null;
}

export function getDefaultSessions(): SessionsState {
  return { list: [], loaded: false, error: null };
}

export function currentSession(s: SessionsState): SessionEntry | null {
  return s.list.find((x) => x.current) ?? null;
}

/** Newest session first (by start date, then number), so the one being prepared is on top. */
export function sortSessions(list: readonly SessionEntry[]): SessionEntry[] {
  return [...list].sort((a, b) => (b.startDate || '').localeCompare(a.startDate || '') || b.number - a.number || b.createdAt.localeCompare(a.createdAt));
}

// Actions
export function useSessions() {
  const [state, setState] = useState<SessionsState>(getDefaultSessions);
  const reload = useCallback(
    () =>
      send('session:list', {}).then(
        (list) => setState({ list: sortSessions(list), loaded: true, error: null }),
        (e: unknown) => setState((s) => ({ ...s, loaded: true, error: messageOf(e) })),
      ),
    [],
  );
  useEffect(() => void reload(), [reload]);
  const create = useCallback(
    async (input: SessionInput) => {
      const created = await send('session:create', input);
      await reload();
      return created;
    },
    [reload],
  );
  const update = useCallback(
    async (id: string, input: Partial<SessionInput>) => {
      const updated = await send('session:update', { id, ...input });
      await reload();
      return updated;
    },
    [reload],
  );
  const setCurrent = useCallback(
    async (id: string) => {
      await send('session:set-current', { id });
      await reload();
    },
    [reload],
  );
  return { ...state, current: currentSession(state), reload, create, update, setCurrent };
}
