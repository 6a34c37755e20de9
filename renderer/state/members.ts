/** Member profiles on this laptop and who is using the app now (`member:*`). */
import { useCallback, useEffect, useState } from 'react';
import type { ApiArgs } from '@shared/api';
import type { MemberEntry } from '@shared/model/member';
import { messageOf, send } from '../api/client';

// State
export interface MembersState {
  list: MemberEntry[];
  loaded: boolean;
  error: string | null;
}

export function getDefaultMembers(): MembersState {
  return { list: [], loaded: false, error: null };
}

export function currentMember(s: MembersState): MemberEntry | null {
  return s.list.find((m) => m.current) ?? null;
}

// Actions
export function useMembers() {
  const [state, setState] = useState<MembersState>(getDefaultMembers);
  const reload = useCallback(
    () =>
      send('member:list', {}).then(
        (list) => setState({ list, loaded: true, error: null }),
        (e: unknown) => setState((s) => ({ ...s, loaded: true, error: messageOf(e) })),
      ),
    [],
  );
  useEffect(() => void reload(), [reload]);
  const create = useCallback(
    async (args: ApiArgs<'member:create'>) => {
      const created = await send('member:create', args);
      // A new profile becomes the one in use (the first one is made current by the service).
      if (!created.current) await send('member:switch', { id: created.id });
      await reload();
      return created;
    },
    [reload],
  );
  const switchTo = useCallback(
    async (id: string) => {
      await send('member:switch', { id });
      await reload();
    },
    [reload],
  );
  return { ...state, current: currentMember(state), reload, create, switchTo };
}
