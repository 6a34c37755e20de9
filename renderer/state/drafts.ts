/**
 * Unsaved annotation text, kept per project in localStorage (sessionStorage while the PIN lock
 * is on), so nothing typed is lost on a crash, a reload or a closed window. A draft is written on every keystroke and removed once the service
 * has stored the same text; opening the project again restores it into the editor.
 */
import type { AnnotationType, Visibility } from '@shared/model/annotation';

// State
export interface DraftFields {
  type: AnnotationType;
  body: string;
  quote?: string;
  tags: string[];
  starred: boolean;
  visibility: Visibility;
  /** True once the member chose the visibility; until then it follows the type (메모 → private). */
  visibilityChosen: boolean;
}

export interface Draft {
  projectId: string;
  /** Set once the annotation exists on the service side. */
  annotationId?: string;
  /** The id a new note is created with: a create repeated after a crash returns the first note. */
  clientId?: string;
  fields: DraftFields;
  savedAt: string;
}

const PREFIX = 'council-review-draft:';

/**
 * Where drafts live. With the PIN lock on, the data is encrypted at rest, so drafts move to
 * sessionStorage (kept in memory by the browser, gone with the window) instead of localStorage,
 * which Chromium writes to disk in plain text. The price is that a crash loses the last second.
 */
let store: Storage | null = null;
function drafts(): Storage {
  return store ?? localStorage;
}

export function keepDraftsInMemory(inMemory: boolean): void {
  const next = inMemory ? sessionStorage : localStorage;
  const previous = drafts();
  store = next;
  if (previous === next) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < previous.length; i++) keys.push(previous.key(i) ?? '');
    for (const key of keys.filter((k) => k.startsWith(PREFIX))) {
      next.setItem(key, previous.getItem(key) ?? '');
      previous.removeItem(key);
    }
  } catch {
    // Storage blocked or full: drafts stay where they were; autosave to the service still runs.
  }
}

export function draftKey(projectId: string): string {
  return PREFIX + projectId;
}

// Actions
export function loadDraft(projectId: string): Draft | null {
  try {
    const raw = drafts().getItem(draftKey(projectId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft;
    return d && typeof d.fields?.body === 'string' ? d : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    drafts().setItem(draftKey(draft.projectId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the autosave to the service still runs.
  }
}

export function clearDraft(projectId: string): void {
  try {
    drafts().removeItem(draftKey(projectId));
  } catch {
    // ignore
  }
}
