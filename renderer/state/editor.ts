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
  /** The id a new note is created with, so a repeated create (after a lost answer) stays one note. */
  clientId: string;
  fields: DraftFields;
  /** True when the text came back from a draft left by an earlier run. */
  restored: boolean;
  /** Opened on a note that already existed (고치기), as opposed to a new one being written. */
  existing: boolean;
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
  /** Fresh list of the project's notes, to adopt a note that an unload flush stored without telling us. */
  list: (projectId: string) => Promise<Annotation[]>;
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
  /** Notes whose create may have reached the service although the answer was lost. */
  const uncertain = useRef(new Set<number>());
  /** Set once the window is unloading: one last flush only (aborted requests must not be retried). */
  const leaving = useRef(false);
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const set = (s: EditorSession | null) => {
    current.current = s;
    setSession(s);
  };

  const persist = async (s: EditorSession) => {
    const snapshot = JSON.stringify(s.fields);
    let id = ids.current.get(s.token) ?? s.annotationId;
    if (!id && (s.restored || uncertain.current.has(s.token))) {
      // A draft without an id may already be stored: the page can go away before the create answers.
      const same = (await depsRef.current.list(s.projectId).catch(() => [])).find((a) => a.type === s.fields.type && a.body === s.fields.body);
      if (same) {
        ids.current.set(s.token, (id = same.id));
        if (current.current?.token === s.token) set({ ...current.current, annotationId: same.id });
      }
    }
    if (stored.current.get(s.token) === snapshot) return;
    if (!id && !s.fields.body.trim()) return;
    const live = current.current?.token === s.token;
    if (live) setSaveState({ kind: 'saving' });
    try {
      const f = s.fields;
      if (id) {
        await depsRef.current.update({ id, type: f.type, body: f.body, quote: f.quote ?? '', tags: f.tags, starred: f.starred, visibility: f.visibility });
      } else {
        uncertain.current.add(s.token);
        const a = await depsRef.current.create({ id: s.clientId, projectId: s.projectId, type: f.type, body: f.body, quote: f.quote, tags: f.tags, starred: f.starred, visibility: f.visibility });
        uncertain.current.delete(s.token);
        ids.current.set(s.token, a.id);
        if (current.current?.token === s.token) set({ ...current.current, annotationId: a.id });
      }
      stored.current.set(s.token, snapshot);
      const latest = current.current;
      if (!latest || latest.token !== s.token || JSON.stringify(latest.fields) === snapshot) clearDraft(s.projectId);
      else saveDraft({ projectId: latest.projectId, annotationId: ids.current.get(s.token), clientId: latest.clientId, fields: latest.fields, savedAt: new Date().toISOString() });
      if (current.current?.token === s.token) setSaveState({ kind: 'saved', at: new Date() });
    } catch (error) {
      if (current.current?.token === s.token) setSaveState({ kind: 'error', message: messageOf(error) });
    }
  };

  /** Saves what is in the editor now; resolves when it (and any earlier save) is done. */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const s = current.current;
    if (s && !leaving.current) chain.current = chain.current.then(() => persist(s));
    return chain.current;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const open = useCallback(
    (projectId: string, init: { annotation?: Annotation; type?: AnnotationType; quote?: string; known?: Annotation[] }) => {
      void flush();
      const token = ++tokens.current;
      let draft = loadDraft(projectId);
      // The unload flush may have stored the note before the page went away without telling us its id.
      if (draft && !draft.annotationId && init.known?.some((a) => a.type === draft!.fields.type && a.body === draft!.fields.body)) {
        clearDraft(projectId);
        draft = null;
        if (!init.annotation && !init.type && !init.quote) return;
      }
      let next: EditorSession;
      if (draft && (!init.annotation || draft.annotationId === init.annotation.id || !draft.annotationId)) {
        next = { token, projectId, annotationId: draft.annotationId, clientId: draft.clientId ?? crypto.randomUUID(), fields: draft.fields, restored: true, existing: Boolean(draft.annotationId) };
        if (init.quote && !draft.fields.quote) next.fields = { ...draft.fields, quote: init.quote };
      } else if (init.annotation) {
        next = { token, projectId, annotationId: init.annotation.id, clientId: init.annotation.id, fields: fieldsOf(init.annotation), restored: false, existing: true };
        stored.current.set(token, JSON.stringify(next.fields));
      } else {
        next = { token, projectId, clientId: crypto.randomUUID(), fields: newFields(init.type ?? '질의', init.quote), restored: false, existing: false };
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
      saveDraft({ projectId: s.projectId, annotationId: ids.current.get(s.token) ?? s.annotationId, clientId: s.clientId, fields: next.fields, savedAt: new Date().toISOString() });
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
    const onLeave = () => {
      void flush();
      leaving.current = true;
    };
    // A cancelled unload (another beforeunload handler asked) brings the page back: saving resumes.
    const onShow = () => (leaving.current = false);
    window.addEventListener('focus', onShow);
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('focus', onShow);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { session, saveState, open, change, flush, close };
}
