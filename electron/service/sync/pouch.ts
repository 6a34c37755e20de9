/**
 * PouchDB with just what sync needs: an in-memory local database, the HTTP adapter for the server,
 * and replication. In memory on purpose: the store is the one copy on disk (encrypted when the PIN
 * lock is on), so the local database holds nothing that would have to be encrypted again; after a
 * restart it is filled from the server and the store.
 */

export interface Revisioned {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}
export type WriteResult = { ok: true; id: string; rev: string } | { error: string; id: string; reason?: string };

interface Emitter<Self> {
  on(event: string, listener: (...args: never[]) => void): Self;
  cancel(): void;
}
export type Feed = Emitter<Feed>;
export interface ChangeInfo {
  direction: 'push' | 'pull';
  change: { docs: Revisioned[] };
}

export interface Database<T extends Revisioned = Revisioned> {
  allDocs(options: { include_docs: true; conflicts?: boolean; startkey?: string; endkey?: string }): Promise<{ rows: { id: string; doc?: T }[] }>;
  get(id: string, options: { open_revs: 'all' }): Promise<{ ok?: T }[]>;
  get(id: string): Promise<T>;
  bulkDocs(docs: (T | Revisioned)[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
  changes(options: { live: true; since: number | 'now'; include_docs: true; conflicts?: boolean }): Feed;
  replicate: { from(source: Database<T>, options?: { batch_size?: number }): Promise<unknown>; to(target: Database<T>, options?: { batch_size?: number }): Promise<unknown> };
  sync(remote: Database<T>, options: { live: true; retry: true; batch_size?: number; back_off_function?(delay: number): number }): Feed;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  /** Which of these revisions the database lacks (the replication protocol's `_revs_diff`). */
  revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface PouchConstructor {
  new <T extends Revisioned>(name: string, options?: Record<string, unknown>): Database<T>;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: Record<string, unknown>): PouchConstructor;
}

let loading: Promise<PouchConstructor> | undefined;

/**
 * PouchDB with its plugins, loaded on first use: most laptops never sync, and loading it costs
 * every start ~70 ms.
 */
export function loadPouch(): Promise<PouchConstructor> {
  loading ??= (async () => {
    const [core, memory, http, replication] = await Promise.all([import('pouchdb-core'), import('pouchdb-adapter-memory'), import('pouchdb-adapter-http'), import('pouchdb-replication')]);
    return core.default.plugin(memory.default).plugin(http.default).plugin(replication.default);
  })();
  return loading;
}

export function openLocal<T extends Revisioned>(Pouch: PouchConstructor, name: string): Database<T> {
  return new Pouch<T>(name, { adapter: 'memory' });
}

/** The council database on the server; never created from here (members are not server admins). */
export function openRemote<T extends Revisioned>(Pouch: PouchConstructor, url: string, username: string, password: string): Database<T> {
  const remote = new Pouch<T>(url, { adapter: 'http', skip_setup: true, auth: { username, password } });
  // pouchdb-replication 9 calls `src.info().then(…)` for its progress figures without a catch, so a
  // server that goes away mid-batch leaves an unhandled rejection. Replication reads nothing else
  // from info() that a network failure could make wrong: it retries on the next request anyway.
  const info = remote.info.bind(remote);
  remote.info = () => info().catch((error: { status?: number }) => {
    if (error?.status) throw error;
    return { doc_count: 0, update_seq: 0 };
  });
  return remote;
}
