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
import type { GroupEdit, ShardKey, ShardSummary } from './store/layout';
import { Journal, applyChange, changeById } from './store/journal';
import type { JournalChange, JournalEntry } from './store/journal';
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
  /**
   * Folds the journal into the shards now (after the writes queued before): before the PIN lock
   * re-encodes every file, and for tests of the generations.
   */
  checkpoint(): Promise<void>;
  /**
   * Resolves when every shard is read (the notes load in the background after opening). Reading
   * starts now unless `hurry` is false (a caller content to wait for the planned time).
   */
  whenLoaded(options?: { hurry?: boolean }): Promise<void>;
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
  /**
   * Read the notes this long after opening, unless something needs them sooner (the app's
   * transports: the library shows first); undefined or 0: at once.
   */
  readNotesAfterMs?: number;
  /** Fold the journal into shards after this long without a write (FOLD_AFTER_IDLE_MS). */
  foldAfterIdleMs?: number;
}

/** The app's transports read the notes this long after the start, or when a call needs them first. */
export const READ_NOTES_AFTER_MS = 1_500;

/** A member who stops typing for this long gets their saves folded into the shards (a backup generation). */
export const FOLD_AFTER_IDLE_MS = 10_000;

/** The notes are asked for before the background read finished (the dispatcher waits instead). */
export class NotLoadedError extends ServiceError {
  constructor() {
    super('unavailable', storeText.stillLoading);
  }
}

export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<OpenedStore> {
  const lock = acquireDataLock(dataDir, options.by ?? (process.versions.electron ? 'electron' : 'node'));
  try {
    const opened = await openLocked(dataDir, lock, options);
    if (options.eager) await opened.store.whenLoaded();
    return opened;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * lowdb's adapter over the shards: `write` journals the shards in which `data` differs from what
 * was saved last (store/journal.ts), or folds them into a new manifest with the journal's when
 * the journal cannot take them. (`read` is not used: opening reads shard by shard, see openLocked.)
 */
class ShardedAdapter implements Adapter<StoreData> {
  private readonly known: KnownGroups;

  constructor(
    private readonly generations: Generations,
    private readonly journal: Journal,
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
    if (changed.size) {
      const entry = journalEntry(changes, edits);
      const line = this.journal.lineFor(entry);
      if (line !== null) await this.journal.append(line, entry);
      else await this.checkpoint({ data, changes });
    }
    this.saved = settle(data, this.saved, changes);
    this.known.saved(this.saved, new Map([...changes].map(([key, change]) => [key, change?.content])));
  }

  /**
   * Folds the journal into a new manifest: the shards it changed, as `data` has them, plus
   * `changes` (a save that did not go to the journal) and `reuse` (shards restored from a backup).
   */
  async checkpoint({ data = this.saved, changes = new Map(), reuse = new Map() }: { data?: Readonly<StoreData>; changes?: Changes; reuse?: Map<ShardKey, ShardEntry> } = {}): Promise<void> {
    const all: Changes = new Map([...contentsToSave(data, this.journal.dirtyKeys().filter((key) => !changes.has(key))), ...changes]);
    for (const key of all.keys()) reuse.delete(key);
    if (!all.size && !reuse.size) {
      // Nothing to fold, but a cut-short line must not stay in front of the next append.
      if (this.journal.size) await this.journal.restart(this.generations.current!.seq);
      return;
    }
    const manifest = await this.generations.commit(all, { reuse });
    await this.journal.restart(manifest.seq);
  }

  hasJournal(): boolean {
    return this.journal.size > 0;
  }
}

type Changes = ReturnType<typeof contentsToSave>;

/** The journal's line for a save: split groups by record id where that replays exactly, other shards whole. */
function journalEntry(changes: Changes, edits: Map<ShardKey, GroupEdit>): JournalEntry {
  const shards: Record<ShardKey, JournalChange> = {};
  for (const [key, change] of changes) {
    if (change === undefined) {
      shards[key] = null;
      continue;
    }
    const edit = edits.get(key);
    const byId = edit && Array.isArray(change.content) ? changeById(edit.removed, edit.added, change.content) : null;
    const live = change.summary?.live;
    shards[key] = byId && live !== undefined ? { ...byId, live } : live === undefined ? { content: change.content } : { content: change.content, live };
  }
  return { at: new Date().toISOString(), shards };
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

function contentsToSave(data: Readonly<StoreData>, keys: Iterable<ShardKey>, known?: KnownGroups): Map<ShardKey, { content: unknown; summary?: ShardSummary } | undefined> {
  const changes = new Map<ShardKey, { content: unknown; summary?: ShardSummary } | undefined>();
  for (const [key, content] of shardContents(data, keys, known)) {
    changes.set(key, content === undefined ? undefined : { content, summary: summarize(key, content) });
  }
  return changes;
}

async function openLocked(dataDir: string, lock: DataLock, options: OpenOptions): Promise<OpenedStore> {
  await removeLeftoverTemps(dataDir);
  const notices: string[] = [];
  const { generations, damaged } = await Generations.open(dataDir);
  if (!generations.current) await firstGeneration(dataDir, generations, damaged, notices);
  else if (damaged.length) notices.push(reliabilityText.restoredFromBackup(damaged[0]!, localDateTime(new Date(generations.current.savedAt))));

  const manifest = generations.current!;
  const { journal, entries, damaged: journalDamaged, needsFold } = await Journal.open(dataDir, manifest.seq);
  if (journalDamaged) notices.push(reliabilityText.journalDamaged(journalDamaged, localDateTime(new Date(entries.at(-1)?.at ?? manifest.savedAt))));
  const replay = changesByShard(entries);
  const small = new Map<ShardKey, unknown>();
  const repairs = new Map<ShardKey, ShardEntry>();
  for (const [key, entry] of Object.entries(manifest.shards)) {
    if (parseSplitKey(key)) continue;
    const content = await readOrRestore(generations, key, entry, repairs, notices);
    if (content !== undefined) small.set(key, content);
  }
  for (const [key, changes] of replay) if (!parseSplitKey(key)) replayInto(small, key, changes);
  const meta = small.get(META) as { schemaVersion?: unknown } | undefined;
  const version = typeof meta?.schemaVersion === 'number' ? meta.schemaVersion : 0;
  if (version > SCHEMA_VERSION) throw new FutureSchemaError(version);

  const loadNotes = async (): Promise<StoreData> => {
    const parts = new Map(small);
    const strings = new Map<string, string>();
    for (const key of splitKeys(manifest, replay)) {
      const entry = manifest.shards[key];
      let content = entry ? await readOrRestore(generations, key, entry, repairs, notices) : undefined;
      for (const change of replay.get(key) ?? []) content = applyChange(content, change);
      shareRepeatedStrings(content, strings);
      if (content !== undefined) parts.set(key, content);
    }
    return deepFreeze(withDefaults(assemble(parts, true)));
  };

  let adapter: ShardedAdapter;
  let loaded: Promise<unknown>;
  /** Starts reading the notes, once: on the first call that needs them, or when the start is over. */
  let readNotes = () => undefined as unknown;
  let notesTimer: ReturnType<typeof setTimeout> | undefined;
  if (version < SCHEMA_VERSION) {
    // Migrations need the whole data; they run once after an update, before anything else.
    const full = await loadNotes();
    const migrated = deepFreeze(migrate({ ...full }));
    adapter = new ShardedAdapter(generations, journal, migrated);
    await adapter.checkpoint({ changes: contentsToSave(migrated, changedShards(full, migrated)), reuse: repairs });
    loaded = Promise.resolve();
  } else {
    let start!: () => void;
    loaded = new Promise<void>((resolve) => (start = resolve)).then(async () => {
      const full = await loadNotes();
      // No write ran meanwhile (writes wait for this), so the full data is the current data.
      db.data = adapter.saved = full;
      if (repairs.size || needsFold) await adapter.checkpoint({ reuse: repairs });
    });
    readNotes = () => {
      if (notesTimer) clearTimeout(notesTimer);
      notesTimer = undefined;
      start();
    };
    adapter = new ShardedAdapter(generations, journal, notesPending(deepFreeze(withDefaults(assemble(small, false))), () => readNotes()));
    if (options.readNotesAfterMs) {
      // Reading 100,000 notes takes the main thread for most of a second: not while the library is shown.
      notesTimer = setTimeout(readNotes, options.readNotesAfterMs);
      notesTimer.unref?.();
    } else readNotes();
  }
  const db = new Low<StoreData>(adapter, adapter.saved);
  db.data = adapter.saved;
  // A failure to read the notes (an I/O error, the app locked meanwhile) fails the writes that wait.
  loaded.catch(() => undefined);

  let queue: Promise<unknown> = loaded;
  let closed = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  /** Runs `task` after every earlier write and checkpoint. */
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const checkpoint = () => enqueue(() => adapter.checkpoint());
  /** The journal is folded once the writes pause (a member stops typing), off the writes' path. */
  const foldWhenIdle = () => {
    if (idle) clearTimeout(idle);
    idle = undefined;
    if (closed || !adapter.hasJournal()) return;
    idle = setTimeout(() => {
      idle = undefined;
      checkpoint().catch((error) => console.error('folding the journal failed (its saves are on disk)', error));
    }, options.foldAfterIdleMs ?? FOLD_AFTER_IDLE_MS);
    idle.unref?.();
  };
  const store: Store = {
    dataDir,
    read: () => db.data,
    write<T>(mutator: (data: StoreData) => T): Promise<T> {
      if (closed) return Promise.reject(new Error('store is closed'));
      readNotes();
      const run = enqueue(async () => {
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
      run.then(foldWhenIdle, () => undefined);
      return run;
    },
    checkpoint: () => (closed ? Promise.resolve() : checkpoint()),
    whenLoaded: ({ hurry = true } = {}) => {
      if (hurry) readNotes();
      return loaded.then(() => undefined);
    },
    counts: () => countsOf(generations.current!, journal.summaryChanges()),
    async close() {
      if (closed) return;
      closed = true;
      if (idle) clearTimeout(idle);
      readNotes(); // a close before they were needed: they are read, so the journal can be folded
      await queue;
      // The next start then has no journal to replay; if this fails, it replays it.
      if (adapter.hasJournal()) await checkpoint().catch((error) => console.error('folding the journal at close failed (its saves are on disk)', error));
      lock.release();
    },
  };
  return { store, notices };
}

/** The journal's changes, shard by shard, in the order they were saved. */
function changesByShard(entries: JournalEntry[]): Map<ShardKey, JournalChange[]> {
  const byShard = new Map<ShardKey, JournalChange[]>();
  for (const entry of entries) {
    for (const [key, change] of Object.entries(entry.shards)) {
      const list = byShard.get(key);
      if (list) list.push(change);
      else byShard.set(key, [change]);
    }
  }
  return byShard;
}

function replayInto(contents: Map<ShardKey, unknown>, key: ShardKey, changes: JournalChange[]): void {
  let content = contents.get(key);
  for (const change of changes) content = applyChange(content, change);
  if (content === undefined) contents.delete(key);
  else contents.set(key, content);
}

/** The split shards of the manifest and those the journal created since. */
function splitKeys(manifest: Manifest, replay: Map<ShardKey, JournalChange[]>): ShardKey[] {
  return [...new Set([...Object.keys(manifest.shards), ...replay.keys()])].filter((key) => parseSplitKey(key));
}

/**
 * The data as the newest manifest and its journal have it, read from outside without the lock and
 * without changing anything (tests, checks); null when the folder has no store yet.
 */
export async function readStoredData(dataDir: string): Promise<StoreData | null> {
  const { generations } = await Generations.open(dataDir, { readOnly: true });
  const manifest = generations.current;
  if (!manifest) return null;
  const { entries } = await Journal.open(dataDir, manifest.seq, { readOnly: true });
  const parts = new Map<ShardKey, unknown>();
  for (const [key, entry] of Object.entries(manifest.shards)) parts.set(key, await generations.readShard(entry.file, key));
  for (const [key, changes] of changesByShard(entries)) replayInto(parts, key, changes);
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

/** The small data with a stand-in for the notes that says they are still loading (and starts reading them). */
function notesPending(data: StoreData, readNotes: () => void): StoreData {
  const pending = { ...data } as Record<string, unknown>;
  for (const name of Object.keys(SPLITS)) {
    delete pending[name];
    Object.defineProperty(pending, name, {
      enumerable: true,
      get: () => {
        readNotes();
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

/** Live notes per document: the manifest's counts, with the journal's since then over them. */
function countsOf(manifest: Manifest, since: ReadonlyMap<ShardKey, ShardSummary | null>): NoteCounts {
  const counts: NoteCounts = { byDocument: new Map() };
  const add = (key: ShardKey, summary: ShardSummary | null | undefined) => {
    const split = parseSplitKey(key);
    if (split?.name !== 'annotations' || !summary) return;
    counts.byDocument.set(split.group, (counts.byDocument.get(split.group) ?? 0) + summary.live);
  };
  for (const [key, entry] of Object.entries(manifest.shards)) if (!since.has(key)) add(key, entry.summary);
  for (const [key, summary] of since) add(key, summary);
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
