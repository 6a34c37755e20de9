/**
 * One live sync between the store and the council database:
 *
 *   store ──pushLocal──▶ local PouchDB ◀──PouchDB.sync(live, retry)──▶ server
 *   store ◀──mergeIncoming── local PouchDB changes feed
 *
 * Every step runs on one queue, so a merge never races a push. PouchDB conflicts (two laptops
 * changed a record while apart) are settled by the bundle merge rule: the winning leaf survives,
 * the losing leaves are deleted, on whichever laptop sees them first (the same choice everywhere).
 * The engine knows nothing about Electron or the API: it is given the store's read/write.
 */
import { randomUUID } from 'node:crypto';
import type { StoreData } from '@shared/model/store';
import type { SyncState, SyncStatus } from '@shared/model/sync';
import type { MergeableRecord } from '@shared/merge/annotations';
import { compareRecords } from '@shared/merge/annotations';
import { syncText } from '@shared/text/sync';
import type { Identity, SyncDoc } from './docs';
import { docId, mayWrite, mergeDocs, noteIdOf, shareableDocs } from './docs';
import type { ChangeInfo, Database, Feed, PouchConstructor, Revisioned } from './pouch';
import { openLocal, openRemote } from './pouch';

export interface EngineOptions {
  /** PouchDB, loaded (pouch.ts loadPouch). */
  pouch: PouchConstructor;
  url: string;
  account: string;
  password: string;
  identity: Identity;
  read(): Readonly<StoreData>;
  /** Resolves when the store's notes are read (they load in the background after opening). */
  loaded?(): Promise<void>;
  write(mutator: (draft: StoreData) => unknown): Promise<unknown>;
  onStatus?(status: SyncStatus): void;
  /** Retry delays after a network fault: the first, and the most it grows to (ms). */
  retry?: { firstMs: number; maxMs: number };
  now?(): Date;
}

type LocalDoc = SyncDoc & Revisioned;

export class SyncEngine {
  private readonly local: Database<LocalDoc>;
  private readonly remote: Database<LocalDoc>;
  /** The local database's winning documents, by _id. */
  private readonly held = new Map<string, SyncDoc>();
  /** The record object last looked at per _id (a note's under `note:`): records are replaced, never changed in place. */
  private readonly seen = new Map<string, unknown>();
  /** Revisions this engine wrote, so their change events are not merged back. */
  private readonly ownRevs = new Set<string>();
  /** _ids written locally that the server has not acknowledged yet. */
  private readonly unpushed = new Set<string>();
  /** The revision last seen going to the server, per _id (a push may be done before bulkDocs answers). */
  private readonly acked = new Map<string, string>();
  /** Notes whose author's profile has not arrived yet. */
  private readonly waiting = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private changes?: Feed;
  private sync?: Feed;
  private stopped = false;
  private pushScheduled = false;
  /** _ids changed in the local database since the last merge into the store. */
  private readonly incoming = new Set<string>();
  private mergeScheduled = false;
  private state: SyncState = 'connecting';
  private lastSyncAt?: string;
  private problem?: string;

  private readonly authorization: string;

  constructor(private readonly options: EngineOptions) {
    this.authorization = 'Basic ' + Buffer.from(`${options.account}:${options.password}`).toString('base64');
    this.local = openLocal<LocalDoc>(options.pouch, `council-sync-${randomUUID()}`);
    this.remote = openRemote<LocalDoc>(options.pouch, options.url, options.account, options.password);
  }

  /** Starts in the background: a first pull (so local records land on the server's revisions), then live sync. */
  start(): void {
    this.changes = this.local
      .changes({ live: true, since: 'now', include_docs: true, conflicts: true })
      .on('change', (change: { doc?: LocalDoc }) => this.received(change.doc))
      .on('error', (error: unknown) => this.fail(error));
    this.enqueue(async () => {
      await this.options.loaded?.();
      try {
        await this.local.replicate.from(this.remote, { batch_size: 500 });
      } catch (error) {
        this.note(error);
      }
      const all = await this.local.allDocs({ include_docs: true, conflicts: true });
      for (const row of all.rows) this.received(row.doc);
    });
    this.enqueue(() => this.pushLocal());
    this.enqueue(() => {
      if (!this.stopped) this.live();
    });
  }

  /** After every store write: copy changed shareable records into the local database. */
  localChanged(): void {
    if (this.pushScheduled || this.stopped) return;
    this.pushScheduled = true;
    this.enqueue(() => {
      this.pushScheduled = false;
      return this.pushLocal();
    });
  }

  status(): SyncStatus {
    const pending = this.unpushed.size;
    const message = this.problem ?? syncText.status(this.state, pending, this.lastSyncAt);
    return { state: this.state, pending, ...(this.lastSyncAt ? { lastSyncAt: this.lastSyncAt } : {}), message };
  }

  /** Resolves when everything queued so far has run (tests, bench). */
  idle(): Promise<void> {
    return this.queue;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sync?.cancel();
    this.changes?.cancel();
    await this.queue;
    await this.local.destroy().catch(() => undefined);
    await this.remote.close().catch(() => undefined);
  }

  // ── the queue ──

  private enqueue(step: () => Promise<void> | void): void {
    this.queue = this.queue.then(async () => {
      if (this.stopped) return;
      try {
        await step();
      } catch (error) {
        this.fail(error);
      }
    });
  }

  // ── store → local ──

  private async pushLocal(): Promise<void> {
    const fresh = (key: string, record: object) => {
      if (this.seen.get(key) === record) return false;
      this.seen.set(key, record);
      return true;
    };
    const writes = shareableDocs(this.options.read(), this.options.identity, this.held, fresh);
    if (!writes.length) return;
    const results = await this.local.bulkDocs(writes);
    results.forEach((result, i) => {
      const doc = writes[i]!;
      const noteId = noteIdOf(doc._id);
      if ('ok' in result && result.ok) {
        this.ownRevs.add(result.rev);
        this.held.set(doc._id, { ...doc, _rev: result.rev });
        if (this.acked.get(doc._id) !== result.rev) this.unpushed.add(doc._id);
        // The note put together from its parts may be one version on from the store's (both parts
        // changed in one edit): merged back like an incoming change (a dry run when it is not).
        if (noteId !== undefined) this.incoming.add(doc._id);
      } else this.seen.delete(noteId !== undefined ? docId('note', noteId) : doc._id); // a change came in meanwhile: decided again on the next push
    });
    this.scheduleMerge();
    this.emit();
  }

  // ── local → store ──

  /** A change of the local database (ours, or from the server): merged into the store in batches. */
  private received(doc: LocalDoc | undefined): void {
    if (!doc || doc._deleted || this.stopped) return;
    if (doc._conflicts?.length) {
      // The deletions make a new change with the surviving leaf.
      this.enqueue(() => this.resolve(doc._id));
      return;
    }
    this.held.set(doc._id, doc);
    if (this.ownRevs.delete(doc._rev!)) return;
    this.incoming.add(doc._id);
    this.scheduleMerge();
  }

  private scheduleMerge(): void {
    if (this.mergeScheduled || !this.incoming.size) return;
    this.mergeScheduled = true;
    this.enqueue(() => {
      this.mergeScheduled = false;
      const ids = [...this.incoming, ...this.waiting];
      this.incoming.clear();
      return this.merge(ids);
    });
  }

  /**
   * Keeps the leaf the merge rule picks. Where this account may write the document the other
   * leaves are deleted (the deletion makes a new change with the surviving leaf); otherwise they
   * are left to the laptop that may, and the rule's leaf is merged meanwhile.
   */
  private async resolve(id: string): Promise<void> {
    const leaves = await this.local.get(id, { open_revs: 'all' });
    const live = leaves.map((l) => l.ok).filter((d): d is LocalDoc => Boolean(d && !d._deleted));
    if (live.length < 2) return;
    const winner = live.reduce((a, b) => (compareRecords(a.record as unknown as MergeableRecord, b.record as unknown as MergeableRecord) >= 0 ? a : b));
    if (!mayWrite(winner, this.options.identity)) {
      this.held.set(id, winner);
      this.incoming.add(id);
      this.scheduleMerge();
      return;
    }
    const losers = live.filter((d) => d._rev !== winner._rev).map((d) => ({ _id: id, _rev: d._rev!, _deleted: true }));
    await this.local.bulkDocs(losers);
    this.unpushed.add(id);
    this.acked.delete(id);
  }

  private async merge(ids: string[]): Promise<void> {
    const docs = [...new Set(ids)].map((id) => this.held.get(id)).filter((d): d is SyncDoc => d !== undefined);
    if (!docs.length) return;
    const owners = new Map<string, string>();
    for (const d of this.held.values()) if (d.kind === 'member') owners.set(d.record.id, d.owner);
    // A note whose parts changed is looked at again on the next push: what this laptop holds may
    // now be newer than the server's (or its answer may now have the note it waited for).
    let notes = false;
    for (const d of docs) {
      const noteId = noteIdOf(d._id);
      if (noteId !== undefined) {
        this.seen.delete(docId('note', noteId));
        notes = true;
      }
    }
    // A dry run on a shallow copy first: most changes are echoes that alter nothing, and a store
    // write costs an fsync.
    const data = this.options.read();
    const probe = { ...data, members: [...data.members], sessions: [...data.sessions], annotations: [...data.annotations], documentRefs: { ...data.documentRefs } };
    const dry = mergeDocs(probe, docs, owners, this.held);
    this.waiting.clear();
    for (const id of dry.waiting) this.waiting.add(id);
    if (dry.changed > 0) await this.options.write((draft) => mergeDocs(draft, docs, owners, this.held));
    if (notes) this.localChanged();
  }

  // ── local ↔ server ──

  private live(): void {
    const retry = this.options.retry ?? { firstMs: 1_000, maxMs: 30_000 };
    this.sync = this.local
      .sync(this.remote, {
        live: true,
        retry: true,
        batch_size: 500,
        back_off_function: (delay: number) => (delay === 0 ? retry.firstMs : Math.min(retry.maxMs, delay * 2)),
      })
      .on('change', (info: ChangeInfo) => {
        if (info.direction === 'push') {
          for (const d of info.change.docs) {
            this.unpushed.delete(d._id);
            if (d._rev) this.acked.set(d._id, d._rev);
          }
        }
        this.setState('connected');
      })
      .on('active', () => this.setState('connected'))
      // 'paused' comes both when caught up and when the server went away (retrying), and its error
      // argument is not always set: ask the server whether it is there.
      .on('paused', () => void this.checkServer())
      .on('denied', (error: { id?: string; doc?: { id?: string } }) => {
        const id = error?.id ?? error?.doc?.id;
        if (id) this.unpushed.delete(id);
        // A session two laptops created apart (the same id, by its number) is on the server already
        // under the other's account: sessions are added, never replaced, so nothing is lost.
        if (id?.startsWith('session:')) return this.emit();
        this.problem = syncText.denied;
        this.emit();
      })
      .on('error', (error: unknown) => this.fail(error));
  }

  private async checkServer(): Promise<void> {
    try {
      // Plain fetch, not PouchDB's info(): that one leaves an unhandled rejection when the server is gone.
      const response = await fetch(this.options.url, { headers: { authorization: this.authorization } });
      if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status });
      await this.settlePending();
      if (this.stopped) return;
      this.lastSyncAt = (this.options.now?.() ?? new Date()).toISOString();
      this.setState('connected');
    } catch (error) {
      this.note(error);
    }
  }

  /**
   * Asks the server which of the revisions still counted as waiting it lacks. A push the server
   * stored but whose answer was lost (the server killed mid-request) is not sent again, so no
   * change event would ever clear it.
   */
  private async settlePending(): Promise<void> {
    const query: Record<string, string[]> = {};
    for (const id of this.unpushed) {
      const rev = this.held.get(id)?._rev;
      if (rev) query[id] = [rev];
    }
    if (!Object.keys(query).length) return;
    const missing = await this.remote.revsDiff(query);
    for (const [id, [rev]] of Object.entries(query)) {
      if (missing[id] || this.held.get(id)?._rev !== rev) continue;
      this.unpushed.delete(id);
      this.acked.set(id, rev!);
    }
  }

  private note(error: unknown): void {
    const status = (error as { status?: number })?.status;
    if (status === 401 || status === 403) {
      this.problem = syncText.unauthorized;
      this.setState('error');
    } else this.setState(this.lastSyncAt ? 'paused' : 'connecting');
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    const status = (error as { status?: number })?.status;
    this.problem = status === 401 || status === 403 ? syncText.unauthorized : syncText.failed;
    this.setState('error');
  }

  private setState(state: SyncState): void {
    if (state !== 'error' && state !== this.state) this.problem = undefined;
    this.state = state;
    this.emit();
  }

  private emit(): void {
    if (!this.stopped) this.options.onStatus?.(this.status());
  }
}
