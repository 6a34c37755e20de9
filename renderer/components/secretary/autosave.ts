/**
 * Autosave of the secretary's answers, row by row: changes are merged while the secretary types,
 * sent after a pause (debounce) or at once when the field loses focus, one request per row at a
 * time, and kept (never dropped) when a save fails so the next attempt sends them again.
 */
import type { Annotation, AnnotationStatus, AnswerRecord } from '@shared/model/annotation';

export interface RowChanges {
  status?: AnnotationStatus;
  answer?: AnswerRecord;
}

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export interface RowSaveState {
  state: SaveState;
  error?: string;
}

export const AUTOSAVE_DELAY_MS = 600;

export function mergeChanges(older: RowChanges | undefined, newer: RowChanges | undefined): RowChanges {
  const status = newer?.status ?? older?.status;
  const answer = older?.answer || newer?.answer ? { ...older?.answer, ...newer?.answer } : undefined;
  return { ...(status ? { status } : {}), ...(answer ? { answer } : {}) };
}

/** The annotation as the secretary sees it: the stored record with the unsaved changes on top. */
export function applyChanges(a: Annotation, changes: RowChanges | undefined): Annotation {
  if (!changes) return a;
  return { ...a, status: changes.status ?? a.status, answer: changes.answer ? { ...a.answer, ...changes.answer } : a.answer };
}

/**
 * Rows from a fresh `annotation:list`, without taking back an edit made while the list was read:
 * a row saved meanwhile has a higher version, and unconfirmed changes stay on top.
 */
export function mergeLoadedRows(
  prev: ReadonlyMap<string, Annotation> | null,
  list: readonly Annotation[],
  unconfirmedFor: (id: string) => RowChanges | undefined,
): Map<string, Annotation> {
  return new Map(
    list.map((a) => {
      const mine = prev?.get(a.id);
      return [a.id, applyChanges(mine && mine.version > a.version ? mine : a, unconfirmedFor(a.id))];
    }),
  );
}

/** A saved record replaces the row unless the row is already newer (e.g. re-read after a bulk edit). */
export function mergeSavedRow(prev: Annotation | undefined, saved: Annotation, unconfirmed: RowChanges | undefined): Annotation {
  return prev && prev.version > saved.version ? prev : applyChanges(saved, unconfirmed);
}

const isEmpty = (c: RowChanges | undefined) => !c || (!c.status && !c.answer);

interface Options {
  save: (id: string, changes: RowChanges) => Promise<Annotation>;
  onState: (id: string, state: RowSaveState) => void;
  onSaved: (saved: Annotation) => void;
  describeError: (error: unknown) => string;
  delayMs?: number;
}

export class Autosaver {
  private pending = new Map<string, RowChanges>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inFlight = new Map<string, Promise<void>>();
  private sending = new Map<string, RowChanges>();
  private disposed = false;

  constructor(private readonly options: Options) {}

  /** Unsaved changes of a row (typed, or waiting after a failure). */
  pendingFor(id: string): RowChanges | undefined {
    return this.pending.get(id);
  }

  /** Changes not yet confirmed by the service: being sent now, and typed since. */
  unconfirmedFor(id: string): RowChanges | undefined {
    const sending = this.sending.get(id);
    const pending = this.pending.get(id);
    return sending || pending ? mergeChanges(sending, pending) : undefined;
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.inFlight.size > 0;
  }

  /** Records a change and saves it after the pause. */
  change(id: string, changes: RowChanges): void {
    this.pending.set(id, mergeChanges(this.pending.get(id), changes));
    this.options.onState(id, { state: 'pending' });
    this.schedule(id);
  }

  private schedule(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => void this.flush(id), this.options.delayMs ?? AUTOSAVE_DELAY_MS),
    );
  }

  /** Saves a row's changes now (on blur, before a bulk edit or leaving the screen). */
  async flush(id: string): Promise<void> {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const running = this.inFlight.get(id);
    if (running) {
      await running;
      // Changes typed while the earlier request ran go in a second request.
      if (!isEmpty(this.pending.get(id))) return this.flush(id);
      return;
    }
    const changes = this.pending.get(id);
    if (isEmpty(changes) || this.disposed) return;
    this.pending.delete(id);
    this.sending.set(id, changes!);
    this.options.onState(id, { state: 'saving' });
    const request = this.options
      .save(id, changes!)
      .then(
        (saved) => {
          this.options.onSaved(saved);
          if (isEmpty(this.pending.get(id))) this.options.onState(id, { state: 'saved' });
        },
        (error: unknown) => {
          // Keep what failed under anything typed since, so nothing is lost.
          this.pending.set(id, mergeChanges(changes, this.pending.get(id)));
          this.options.onState(id, { state: 'error', error: this.options.describeError(error) });
        },
      )
      .finally(() => {
        this.inFlight.delete(id);
        this.sending.delete(id);
      });
    this.inFlight.set(id, request);
    await request;
  }

  async flushAll(): Promise<void> {
    const ids = new Set([...this.pending.keys(), ...this.inFlight.keys()]);
    await Promise.all([...ids].map((id) => this.flush(id)));
  }

  /** Drops a row's unsaved changes (used after a bulk edit replaced them). */
  discard(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.pending.delete(id);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.disposed = true;
  }
}
