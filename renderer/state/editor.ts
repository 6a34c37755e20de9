/**
 * The annotation editor with autosave. Every change is written to a localStorage draft at once
 * (crash-safe) and to the service after a short pause (800 ms), on blur, on close and before the
 * window unloads. Saves run one after another, so a note is created once and then only updated.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '@shared/api';
import type { Annotation, AnnotationType } from '@shared/model/annotation';
import { defaultVisibility } from '@shared/model/annotation';
import { messageOf } from '../api/client';
import type { DraftFields } from './drafts';
import { clearDraft, loadDraft, saveDraft } from './drafts';

// State
export type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

export interface EditorSession {
  /** Identifies one opening of the editor (a note being written). */
  token: number;
  projectId: string;
  annotationId?: string;
  fields: DraftFields;
  /** True when the text came back from a draft left by an earlier run. */
  restored: boolean;
}

export const AUTOSAVE_DELAY_MS = 800;

export function fieldsOf(a: Annotation): DraftFields {
  return { type: a.type, body: a.body, quote: a.quote, tags: a.tags, starred: a.starred, visibility: a.visibility, visibilityChosen: true };
}

export function newFields(type: AnnotationType, quote?: string): DraftFields {
  return { type, body: '', quote, tags: [], starred: false, visibility: defaultVisibility(type), visibilityChosen: false };
}

/** Applies a change; the visibility follows the type until the member picks it. */
export function applyChange(fields: DraftFields, change: Partial<DraftFields>): DraftFields {
  const next = { ...fields, ...change };
  if (change.visibility !== undefined) next.visibilityChosen = true;
  else if (change.type !== undefined && !next.visibilityChosen) next.visibility = defaultVisibility(change.type);
  return next;
}

interface Deps {
  create: (args: ApiArgs<'annotation:create'>) => Promise<Annotation>;
  update: (args: ApiArgs<'annotation:update'>) => Promise<Annotation>;
}

// Actions
export function useAnnotationEditor(deps: Deps, delay = AUTOSAVE_DELAY_MS) {
  const [session, setSession] = useState<EditorSession | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const current = useRef<EditorSession | null>(null);
  const ids = useRef(new Map<number, string>());
  const stored = useRef(new Map<number, string>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tokens = useRef(0);
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const set = (s: EditorSession | null) => {
    current.current = s;
    setSession(s);
  };

  const persist = async (s: EditorSession) => {
    const snapshot = JSON.stringify(s.fields);
    const id = ids.current.get(s.token) ?? s.annotationId;
    if (stored.current.get(s.token) === snapshot) return;
    if (!id && !s.fields.body.trim()) return;
    const live = current.current?.token === s.token;
    if (live) setSaveState({ kind: 'saving' });
    try {
      const f = s.fields;
      if (id) {
        await depsRef.current.update({ id, type: f.type, body: f.body, quote: f.quote ?? '', tags: f.tags, starred: f.starred, visibility: f.visibility });
      } else {
        const a = await depsRef.current.create({ projectId: s.projectId, type: f.type, body: f.body, quote: f.quote, tags: f.tags, starred: f.starred, visibility: f.visibility });
        ids.current.set(s.token, a.id);
        if (current.current?.token === s.token) set({ ...current.current, annotationId: a.id });
      }
      stored.current.set(s.token, snapshot);
      const latest = current.current;
      if (!latest || latest.token !== s.token || JSON.stringify(latest.fields) === snapshot) clearDraft(s.projectId);
      else saveDraft({ projectId: latest.projectId, annotationId: ids.current.get(s.token), fields: latest.fields, savedAt: new Date().toISOString() });
      if (current.current?.token === s.token) setSaveState({ kind: 'saved', at: new Date() });
    } catch (error) {
      if (current.current?.token === s.token) setSaveState({ kind: 'error', message: messageOf(error) });
    }
  };

  /** Saves what is in the editor now; resolves when it (and any earlier save) is done. */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const s = current.current;
    if (s) chain.current = chain.current.then(() => persist(s));
    return chain.current;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const open = useCallback(
    (projectId: string, init: { annotation?: Annotation; type?: AnnotationType; quote?: string }) => {
      void flush();
      const token = ++tokens.current;
      const draft = loadDraft(projectId);
      let next: EditorSession;
      if (draft && (!init.annotation || draft.annotationId === init.annotation.id || !draft.annotationId)) {
        next = { token, projectId, annotationId: draft.annotationId, fields: draft.fields, restored: true };
        if (init.quote && !draft.fields.quote) next.fields = { ...draft.fields, quote: init.quote };
      } else if (init.annotation) {
        next = { token, projectId, annotationId: init.annotation.id, fields: fieldsOf(init.annotation), restored: false };
        stored.current.set(token, JSON.stringify(next.fields));
      } else {
        next = { token, projectId, fields: newFields(init.type ?? '질의', init.quote), restored: false };
      }
      set(next);
      if (next.restored) {
        setSaveState({ kind: 'dirty' });
        timer.current = setTimeout(() => void flush(), delay);
      } else setSaveState(init.annotation ? { kind: 'saved', at: new Date(init.annotation.updatedAt) } : { kind: 'idle' });
    },
    [flush, delay],
  );

  const change = useCallback(
    (partial: Partial<DraftFields>) => {
      const s = current.current;
      if (!s) return;
      const next = { ...s, fields: applyChange(s.fields, partial) };
      set(next);
      saveDraft({ projectId: s.projectId, annotationId: ids.current.get(s.token) ?? s.annotationId, fields: next.fields, savedAt: new Date().toISOString() });
      setSaveState({ kind: 'dirty' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay],
  );

  /** Saves and closes the editor. */
  const close = useCallback(async () => {
    const s = current.current;
    await flush();
    if (s && !s.fields.body.trim() && !(ids.current.get(s.token) ?? s.annotationId)) clearDraft(s.projectId);
    if (current.current?.token === s?.token) set(null);
  }, [flush]);

  // Nothing typed is lost when the window closes: flush (the draft is already on disk).
  useEffect(() => {
    const onLeave = () => void flush();
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { session, saveState, open, change, flush, close };
}
