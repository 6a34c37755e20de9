/**
 * The one door to the stored data. lowdb holds the data in memory (`Low`, with our adapter); every
 * change goes through `write(mutator)`, which runs mutators one at a time on a draft and saves
 * only the shards the mutator changed (store/layout.ts decides the shards, store/generations.ts
 * writes them and commits a manifest: fsynced before the write is acknowledged).
 *
 * Records are frozen: a mutator replaces a record (`list[i] = { ...old, x }`) or pushes one, and
 * an attempt to change one in place throws, so nothing can change without being saved.
 *
 * Opening is in two steps, so the library shows at once however big the archive grows: the small
 * shards (documents, members, sessions …) are read before `openStore` returns; the notes are read
 * in the background (`whenLoaded`), and writes wait for them. Counts of notes per document come
 * from the manifest meanwhile (`counts`).
 *
 * A damaged shard or manifest is never read as empty data: the newest good version in the kept
 * generations (the backups) is used instead and a Korean notice says so. A folder of the
 * single-file era (council-review.json) is read once and written as shards (store/legacy.ts).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import type { StoreData } from '@shared/model/store';
import { SCHEMA_VERSION, emptyStore } from '@shared/model/store';
import { reliabilityText, storeText } from '@shared/text/store';
import { localDateTime } from './backups';
import { ServiceError } from './errors';
import { acquireDataLock } from './lock';
import type { DataLock } from './lock';
import { FutureSchemaError, migrate } from './migrations/index';
import { DamagedFileError, Generations, STORE_DIR } from './store/generations';
import type { Manifest, ShardEntry } from './store/generations';
import { KnownGroups, META, SPLITS, allShards, assemble, changedShards, deepFreeze, isCollection, parseSplitKey, shardContents, shareRepeatedStrings, summarize } from './store/layout';
import type { GroupEdit } from './store/layout';
import type { ShardKey } from './store/layout';
import { DATA_FILE, readLegacyFolder } from './store/legacy';

export { DATA_FILE } from './store/legacy';
export { STORE_DIR } from './store/generations';

export interface NoteCounts {
  /** Live (not deleted) notes per document id, private ones included. */
  byDocument: Map<string, number>;
}

export interface Store {
  readonly dataDir: string;
  /** The current data, frozen. Change it only inside `write`. */
  read(): Readonly<StoreData>;
  /** Runs `mutator` on a draft after every earlier write finished, then saves what it changed. */
  write<T>(mutator: (data: StoreData) => T): Promise<T>;
  /** Resolves when every shard is read (the notes load in the background after opening). */
  whenLoaded(): Promise<void>;
  /** Note counts, available before the notes themselves are read. */
  counts(): NoteCounts;
  /** Waits for pending writes, then lets go of the data folder's lock. */
  close(): Promise<void>;
}

export interface OpenedStore {
  store: Store;
  /** Korean notices for the user, e.g. that a damaged file was set aside and a backup restored. Later ones are pushed as the notes load. */
  notices: string[];
}

export interface OpenOptions {
  /** Who takes the folder's lock, recorded in the lock file: 'electron', 'browser', 'cli'. */
  by?: string;
  /** Read the notes before returning (the CLI, tests of the loaded state). */
  eager?: boolean;
}

/** The notes are asked for before the background read finished (the dispatcher waits instead). */
export class NotLoadedError extends ServiceError {
  constructor() {
    super('unavailable', storeText.stillLoading);
  }
}

export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<OpenedStore> {
  const lock = acquireDataLock(dataDir, options.by ?? (process.versions.electron ? 'electron' : 'node'));
  try {
    const opened = await openLocked(dataDir, lock);
    if (options.eager) await opened.store.whenLoaded();
    return opened;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * lowdb's adapter over the shards: `write` saves the shards in which `data` differs from what was
 * saved last. (`read` is not used: opening reads shard by shard, see openLocked.)
 */
class ShardedAdapter implements Adapter<StoreData> {
  private readonly known: KnownGroups;

  constructor(
    private readonly generations: Generations,
    public saved: StoreData,
  ) {
    this.known = new KnownGroups(saved);
  }

  async read(): Promise<StoreData> {
    return this.saved;
  }

  async write(data: StoreData): Promise<void> {
    const edits = new Map<ShardKey, GroupEdit>();
    const changed = changedShards(this.saved, data, edits);
    this.known.begin(this.saved, edits);
    const changes = contentsToSave(data, changed, this.known);
    if (changed.size) await this.generations.commit(changes);
    this.saved = settle(data, this.saved, changes);
    this.known.saved(this.saved, new Map([...changes].map(([key, change]) => [key, change?.content])));
  }
}

/**
 * The saved draft as the new data, frozen at the cost of what changed: collections the mutator
 * only read get their old (frozen) object back, and only the records of changed shards are walked.
 */
function settle(draft: StoreData, before: Readonly<StoreData>, changes: ReturnType<typeof contentsToSave>): StoreData {
  const touched = new Set<string>();
  for (const key of changes.keys()) touched.add(parseSplitKey(key)?.name ?? key.slice('field:'.length));
  const out = draft as Record<string, unknown>;
  for (const [name, value] of Object.entries(out)) {
    if (!isCollection(value) || Object.isFrozen(value)) continue;
    if (!touched.has(name) && isCollection(before[name])) out[name] = before[name];
    else if (SPLITS[name] && Array.isArray(value)) Object.freeze(value);
    else deepFreeze(value);
  }
  for (const change of changes.values()) if (Array.isArray(change?.content)) for (const record of change.content) deepFreeze(record);
  return Object.freeze(draft);
}

function contentsToSave(data: Readonly<StoreData>, keys: Iterable<ShardKey>, known?: KnownGroups) {
  const changes = new Map<ShardKey, { content: unknown; summary?: ReturnType<typeof summarize> } | undefined>();
  for (const [key, content] of shardContents(data, keys, known)) {
    changes.set(key, content === undefined ? undefined : { content, summary: summarize(key, content) });
  }
  return changes;
}

async function openLocked(dataDir: string, lock: DataLock): Promise<OpenedStore> {
  await removeLeftoverTemps(dataDir);
  const notices: string[] = [];
  const { generations, damaged } = await Generations.open(dataDir);
  if (!generations.current) await firstGeneration(dataDir, generations, damaged, notices);
  else if (damaged.length) notices.push(reliabilityText.restoredFromBackup(damaged[0]!, localDateTime(new Date(generations.current.savedAt))));

  const manifest = generations.current!;
  const small = new Map<ShardKey, unknown>();
  const repairs = new Map<ShardKey, ShardEntry>();
  for (const [key, entry] of Object.entries(manifest.shards)) {
    if (parseSplitKey(key)) continue;
    const content = await readOrRestore(generations, key, entry, repairs, notices);
    if (content !== undefined) small.set(key, content);
  }
  const meta = small.get(META) as { schemaVersion?: unknown } | undefined;
  const version = typeof meta?.schemaVersion === 'number' ? meta.schemaVersion : 0;
  if (version > SCHEMA_VERSION) throw new FutureSchemaError(version);

  const loadNotes = async (): Promise<StoreData> => {
    const parts = new Map(small);
    const strings = new Map<string, string>();
    for (const [key, entry] of Object.entries(manifest.shards)) {
      if (!parseSplitKey(key)) continue;
      const content = await readOrRestore(generations, key, entry, repairs, notices);
      shareRepeatedStrings(content, strings);
      if (content !== undefined) parts.set(key, content);
    }
    if (repairs.size) await generations.commit(new Map(), { reuse: repairs });
    return deepFreeze(withDefaults(assemble(parts, true)));
  };

  let initial: StoreData;
  let loaded: Promise<unknown>;
  if (version < SCHEMA_VERSION) {
    // Migrations need the whole data; they run once after an update, before anything else.
    const full = await loadNotes();
    const migrated = migrate({ ...full });
    await generations.commit(contentsToSave(migrated, changedShards(full, migrated)));
    initial = deepFreeze(migrated);
    loaded = Promise.resolve();
  } else {
    initial = notesPending(deepFreeze(withDefaults(assemble(small, false))));
    loaded = loadNotes().then((full) => {
      // No write ran meanwhile (writes wait for this), so the full data is the current data.
      db.data = adapter.saved = full;
    });
  }
  const adapter = new ShardedAdapter(generations, initial);
  const db = new Low<StoreData>(adapter, initial);
  db.data = initial;
  // A failure to read the notes (an I/O error, the app locked meanwhile) fails the writes that wait.
  loaded.catch(() => undefined);

  let queue: Promise<unknown> = loaded;
  let closed = false;
  const store: Store = {
    dataDir,
    read: () => db.data,
    write<T>(mutator: (data: StoreData) => T): Promise<T> {
      if (closed) return Promise.reject(new Error('store is closed'));
      const run = queue.then(async () => {
        // A draft whose collections are copied on first use: a mutator that throws changes nothing.
        const { draft, result: value } = runOnDraft(db.data, mutator);
        db.data = draft;
        try {
          await db.write();
        } catch (error) {
          db.data = adapter.saved;
          throw error;
        }
        db.data = adapter.saved;
        return value;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    whenLoaded: () => loaded.then(() => undefined),
    counts: () => countsOf(generations.current!),
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      lock.release();
    },
  };
  return { store, notices };
}

/**
 * The data as the newest manifest of `dataDir` has it, read from outside without the lock and
 * without changing anything (tests, checks); null when the folder has no store yet.
 */
export async function readStoredData(dataDir: string): Promise<StoreData | null> {
  const { generations } = await Generations.open(dataDir, { readOnly: true });
  const manifest = generations.current;
  if (!manifest) return null;
  const parts = new Map<ShardKey, unknown>();
  for (const [key, entry] of Object.entries(manifest.shards)) parts.set(key, await generations.readShard(entry.file, key));
  return withDefaults(assemble(parts, true));
}

/** A new data folder, or one of the single-file era: its data written as the first generation. */
async function firstGeneration(dataDir: string, generations: Generations, damaged: string[], notices: string[]): Promise<void> {
  const legacy = await readLegacyFolder(dataDir, notices);
  if (damaged.length && !legacy) notices.push(reliabilityText.damagedNoBackup(damaged[0]!));
  const data = legacy ?? emptyStore();
  await generations.commit(contentsToSave(data, allShards(data).keys()));
}

/**
 * A shard's content; when its file is damaged, the newest good version in older generations
 * (recorded in `repairs`, so the next manifest names it) with a notice; undefined when none reads.
 */
async function readOrRestore(
  generations: Generations,
  key: ShardKey,
  entry: ShardEntry,
  repairs: Map<ShardKey, ShardEntry>,
  notices: string[],
): Promise<unknown> {
  try {
    return await generations.readShard(entry.file, key);
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
  }
  const aside = await generations.keepDamagedCopy(entry.file);
  const tried = new Set([entry.file]);
  for (const older of generations.older()) {
    const candidate = older.shards[key];
    if (!candidate || tried.has(candidate.file)) continue;
    tried.add(candidate.file);
    try {
      const content = await generations.readShard(candidate.file, key);
      repairs.set(key, candidate);
      notices.push(reliabilityText.restoredFromBackup(aside, localDateTime(new Date(older.savedAt))));
      return content;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
    }
  }
  notices.push(reliabilityText.damagedNoBackup(aside));
  return undefined;
}

/** The collections every version has, where a shard was lost or never written. */
function withDefaults(data: StoreData): StoreData {
  const defaults = emptyStore() as Record<string, unknown>;
  const out = data as Record<string, unknown>;
  for (const [name, value] of Object.entries(defaults)) {
    if (name === 'schemaVersion') out[name] ??= 0;
    else if (isCollection(value) && !isCollection(out[name])) out[name] = value;
  }
  return data;
}

/** The small data with a stand-in for the notes that says they are still loading. */
function notesPending(data: StoreData): StoreData {
  const pending = { ...data } as Record<string, unknown>;
  for (const name of Object.keys(SPLITS)) {
    delete pending[name];
    Object.defineProperty(pending, name, {
      enumerable: true,
      get: () => {
        throw new NotLoadedError();
      },
    });
  }
  return Object.freeze(pending) as StoreData;
}

/**
 * Runs `mutator` on a draft of `data`: the top level is a copy, and each collection is copied
 * (a new array or object holding the same frozen records) when the mutator first reads it.
 */
function runOnDraft<T>(data: Readonly<StoreData>, mutator: (data: StoreData) => T): { draft: StoreData; result: T } {
  const target: Record<string, unknown> = { ...data };
  const copied = new Set<string | symbol>();
  const proxy = new Proxy(target, {
    get(obj, key) {
      const value = obj[key as string];
      if (typeof key === 'string' && !copied.has(key) && isCollection(value) && Object.isFrozen(value)) {
        copied.add(key);
        // (spread, not slice: slice of a frozen array takes V8's slow path)
        obj[key] = Array.isArray(value) ? [...value] : { ...value };
        return obj[key];
      }
      return value;
    },
    set(obj, key, value) {
      copied.add(key);
      obj[key as string] = value;
      return true;
    },
  });
  const result = mutator(proxy as StoreData);
  return { draft: target as StoreData, result };
}

function countsOf(manifest: Manifest): NoteCounts {
  const counts: NoteCounts = { byDocument: new Map() };
  for (const [key, entry] of Object.entries(manifest.shards)) {
    const split = parseSplitKey(key);
    if (split?.name !== 'annotations' || !entry.summary) continue;
    counts.byDocument.set(split.group, (counts.byDocument.get(split.group) ?? 0) + entry.summary.live);
  }
  return counts;
}

/** Temp files of saves cut short by a crash (we hold the lock, so none is in use). */
async function removeLeftoverTemps(dataDir: string): Promise<void> {
  const leftovers: [string, RegExp][] = [
    [dataDir, new RegExp(`^${DATA_FILE.replace('.', '\\.')}\\.\\d+\\.[0-9a-z]+\\.tmp$`)],
    [join(dataDir, STORE_DIR), /^manifest-\d+\.json\.\d+\.[0-9a-z]+\.tmp$/],
    [join(dataDir, 'documents'), /^[^/\\]+\.txt\.\d+\.[0-9a-z]+\.tmp$/],
  ];
  for (const [folder, pattern] of leftovers) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (pattern.test(name)) await rm(join(folder, name), { force: true });
  }
}
