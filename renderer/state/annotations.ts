/**
 * The annotations of the open document, loaded once and kept in step with every change the
 * member makes (create, update, delete, restore), so outline badges and lists update at once.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiArgs } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import { send } from '../api/client';

// State
export interface AnnotationsState {
  list: Annotation[];
  loaded: boolean;
  error: string | null;
}

export function getDefaultAnnotations(): AnnotationsState {
  return { list: [], loaded: false, error: null };
}

// Reducer
export function upsert(list: Annotation[], a: Annotation): Annotation[] {
  const i = list.findIndex((x) => x.id === a.id);
  if (a.deleted) return list.filter((x) => x.id !== a.id);
  if (i < 0) return [...list, a];
  const next = list.slice();
  next[i] = a;
  return next;
}

// Actions
export function useDocumentAnnotations(documentId: string) {
  const [state, setState] = useState<AnnotationsState>(getDefaultAnnotations);
  const reload = useCallback(() => {
    send('annotation:list', { documentId }).then(
      (list) => setState({ list, loaded: true, error: null }),
      (e: unknown) => setState((s) => ({ ...s, loaded: true, error: e instanceof Error ? e.message : String(e) })),
    );
  }, [documentId]);
  useEffect(reload, [reload]);

  const put = useCallback((a: Annotation) => setState((s) => ({ ...s, list: upsert(s.list, a) })), []);
  const create = useCallback(async (args: ApiArgs<'annotation:create'>) => {
    const a = await send('annotation:create', args);
    put(a);
    return a;
  }, [put]);
  const update = useCallback(async (args: ApiArgs<'annotation:update'>) => {
    const a = await send('annotation:update', args);
    put(a);
    return a;
  }, [put]);
  const remove = useCallback(async (id: string) => {
    await send('annotation:delete', { id });
    setState((s) => ({ ...s, list: s.list.filter((x) => x.id !== id) }));
  }, []);
  const restore = useCallback(async (id: string) => {
    const a = await send('annotation:restore', { id });
    put(a);
    return a;
  }, [put]);
  return { ...state, reload, create, update, remove, restore };
}
