/**
 * The one door to the data file. lowdb holds the data in memory; every change goes through
 * `write(mutator)`, which runs mutators one at a time and persists with an atomic, fsynced write
 * (temp file → fsync → rename → fsync of the folder), keeping the replaced file as a backup first.
 *
 * Opening a data folder takes its lock (one writer per folder, see lock.ts). An empty, unreadable
 * or missing data file with backups beside it is never replaced by an empty library silently: the
 * damaged file is moved aside, the newest good backup is restored, and a Korean notice says so.
 *
 * With the PIN lock on, the file (and so every backup, which is a link to an old file) is an
 * encrypted envelope: reads and writes go through crypto/keyring.ts, which holds the folder's key.
 */
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import type { StoreData } from '@shared/model/store';
import { emptyStore } from '@shared/model/store';
import { reliabilityText } from '@shared/text/store';
import { writeFileAtomic } from './atomicFile';
import { EnvelopeError } from './crypto/envelope';
import { decodeFile, encodeFile } from './crypto/keyring';
import { Backups, localDateTime } from './backups';
import { acquireDataLock } from './lock';
import type { DataLock } from './lock';
import { FutureSchemaError, migrate } from './migrations/index';

export const DATA_FILE = 'council-review.json';

/** lowdb adapter that writes through temp file → fsync → rename (lowdb's own does not fsync). */
export class AtomicJsonFile implements Adapter<StoreData> {
  constructor(
    readonly path: string,
    private readonly backups?: Backups,
    private readonly dataDir = dirname(path),
  ) {}

  async read(): Promise<StoreData | null> {
    return readDataFile(this.path, this.dataDir);
  }

  async write(data: StoreData): Promise<void> {
    const json = JSON.stringify(data);
    await this.backups?.snapshot(this.path);
    await writeFileAtomic(this.path, encodeFile(this.dataDir, json));
  }
}

/**
 * Reads and migrates a data file (of the folder `dataDir`, whose key decrypts it). Null when it does
 * not exist; CorruptDataError when it is empty, not JSON, not shaped like our data or an envelope
 * that does not open; FutureSchemaError when a newer app wrote it; LockedError when it is encrypted
 * and no key is held.
 */
export async function readDataFile(path: string, dataDir = dirname(path)): Promise<StoreData | null> {
  let raw: string;
  try {
    raw = decodeFile(dataDir, await readFile(path)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof EnvelopeError) throw new CorruptDataError(`envelope-${error.reason}`);
    throw error;
  }
  if (raw.trim() === '') throw new CorruptDataError('empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new CorruptDataError('not-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CorruptDataError('not-object');
  let data: StoreData;
  try {
    data = migrate(parsed as Record<string, unknown>);
  } catch (error) {
    if (error instanceof FutureSchemaError) throw error;
    throw new CorruptDataError('migration-failed');
  }
  for (const key of ['documents', 'annotations', 'members', 'sessions'] as const) {
    if (!Array.isArray(data[key])) throw new CorruptDataError(`bad-shape:${key}`);
  }
  return data;
}

export class CorruptDataError extends Error {}

export interface Store {
  readonly dataDir: string;
  /** The current data. Treat as read-only: change it only inside `write`. */
  read(): Readonly<StoreData>;
  /** Runs `mutator` on the data after every earlier write finished, then saves. */
  write<T>(mutator: (data: StoreData) => T): Promise<T>;
  /** Waits for pending writes, then lets go of the data folder's lock. */
  close(): Promise<void>;
}

export interface OpenedStore {
  store: Store;
  /** Korean notices for the user, e.g. that a damaged file was set aside and a backup restored. */
  notices: string[];
}

export interface OpenOptions {
  /** Who takes the folder's lock, recorded in the lock file: 'electron', 'browser', 'cli'. */
  by?: string;
}

export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<OpenedStore> {
  const lock = acquireDataLock(dataDir, options.by ?? (process.versions.electron ? 'electron' : 'node'));
  try {
    return await openLocked(dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openLocked(dataDir: string, lock: DataLock): Promise<OpenedStore> {
  const path = join(dataDir, DATA_FILE);
  await removeLeftoverTemps(dataDir);
  const backups = await Backups.open(dataDir);
  const adapter = new AtomicJsonFile(path, backups);
  const notices: string[] = [];

  let initial: StoreData | null;
  let damagedAside: string | undefined;
  try {
    initial = await adapter.read();
  } catch (error) {
    if (!(error instanceof CorruptDataError)) throw error; // FutureSchemaError and I/O errors stop the start
    damagedAside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, damagedAside);
    initial = null;
  }
  if (initial === null) {
    // No usable data file: the newest good backup, if there is one, rather than an empty library.
    const restored = await backups.newestGood(async (file) => {
      const data = await readDataFile(file, dataDir);
      if (!data) throw new CorruptDataError('missing');
      return data;
    });
    if (restored) {
      initial = restored.value;
      await writeFileAtomic(path, encodeFile(dataDir, JSON.stringify(initial)));
      const when = localDateTime(restored.backup.modifiedAt);
      notices.push(damagedAside ? reliabilityText.restoredFromBackup(damagedAside, when) : reliabilityText.missingRestoredFromBackup(when));
    } else if (damagedAside) {
      notices.push(reliabilityText.damagedNoBackup(damagedAside));
    }
  }
  const start = initial ?? emptyStore();
  const db = new Low<StoreData>(adapter, start);
  db.data = start;

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const store: Store = {
    dataDir,
    read: () => db.data,
    write<T>(mutator: (data: StoreData) => T): Promise<T> {
      if (closed) return Promise.reject(new Error('store is closed'));
      const run = queue.then(async () => {
        // Mutate a copy so a mutator that throws half-way leaves the live data untouched.
        const draft = structuredClone(db.data);
        const result = mutator(draft);
        await adapter.write(draft);
        db.data = draft;
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      lock.release();
    },
  };
  return { store, notices };
}

/** Temp files of saves cut short by a crash (we hold the lock, so none is in use). */
async function removeLeftoverTemps(dataDir: string): Promise<void> {
  const leftovers: [string, RegExp][] = [
    [dataDir, new RegExp(`^${DATA_FILE.replace('.', '\\.')}\\.\\d+\\.[0-9a-z]+\\.tmp$`)],
    [join(dataDir, 'documents'), /^[^/\\]+\.txt\.\d+\.[0-9a-z]+\.tmp$/],
  ];
  for (const [folder, pattern] of leftovers) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (pattern.test(name)) await rm(join(folder, name), { force: true });
  }
}
