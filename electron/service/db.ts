/**
 * The one door to the data file. lowdb holds the data in memory; every change goes through
 * `write(mutator)`, which runs mutators one at a time and persists with an atomic, fsynced write.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import type { StoreData } from '@shared/model/store';
import { emptyStore } from '@shared/model/store';
import { writeFileAtomic } from './atomicFile';
import { FutureSchemaError, migrate } from './migrations/index';
import { storeText } from '@shared/text/store';

export const DATA_FILE = 'council-review.json';

/** lowdb adapter that writes through temp file → fsync → rename (lowdb's own does not fsync). */
export class AtomicJsonFile implements Adapter<StoreData> {
  constructor(readonly path: string) {}

  async read(): Promise<StoreData | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
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
    return migrate(parsed as Record<string, unknown>);
  }

  async write(data: StoreData): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data));
  }
}

export class CorruptDataError extends Error {}

export interface Store {
  readonly dataDir: string;
  /** The current data. Treat as read-only: change it only inside `write`. */
  read(): Readonly<StoreData>;
  /** Runs `mutator` on the data after every earlier write finished, then saves. */
  write<T>(mutator: (data: StoreData) => T): Promise<T>;
}

export interface OpenedStore {
  store: Store;
  /** Korean notices for the user, e.g. that a damaged file was set aside. */
  notices: string[];
}

export async function openStore(dataDir: string): Promise<OpenedStore> {
  const path = join(dataDir, DATA_FILE);
  const adapter = new AtomicJsonFile(path);
  const notices: string[] = [];
  let initial: StoreData;
  try {
    initial = (await adapter.read()) ?? emptyStore();
  } catch (error) {
    if (error instanceof FutureSchemaError) throw error;
    if (!(error instanceof CorruptDataError)) throw error;
    // Never start empty over a user's data silently: keep the damaged file and say where it is.
    const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    notices.push(storeText.damagedSetAside(aside));
    initial = emptyStore();
  }
  const db = new Low<StoreData>(adapter, initial);
  db.data = initial;

  let queue: Promise<unknown> = Promise.resolve();
  const store: Store = {
    dataDir,
    read: () => db.data,
    write<T>(mutator: (data: StoreData) => T): Promise<T> {
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
  };
  return { store, notices };
}
