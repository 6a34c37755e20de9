/**
 * Data folders written before the store was split into shards kept everything in one file,
 * `council-review.json`, with rolling copies in backups/. Opening such a folder reads that file
 * (or, when it is damaged or missing, its newest good backup) once; db.ts then writes it as shards.
 * The old file and its backups stay where they are, untouched: the copy from before the change.
 */
import { readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoreData } from '@shared/model/store';
import { reliabilityText } from '@shared/text/store';
import { Backups, localDateTime } from '../backups';
import { EnvelopeError } from '../crypto/envelope';
import { decodeFile } from '../crypto/keyring';
import { FutureSchemaError, migrate } from '../migrations/index';

export const DATA_FILE = 'council-review.json';

export class CorruptDataError extends Error {}

/**
 * Reads and migrates a single-file data file (of the folder `dataDir`, whose key decrypts it). Null
 * when it does not exist; CorruptDataError when it is empty, not JSON, not shaped like our data or
 * an envelope that does not open; FutureSchemaError when a newer app wrote it; LockedError when it
 * is encrypted and no key is held.
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

/**
 * The data of a single-file folder, null when it has none. A damaged file is never read as an
 * empty library: it is moved aside (`.damaged-<time>`), the newest good backup is taken instead and
 * a Korean notice says so.
 */
export async function readLegacyFolder(dataDir: string, notices: string[]): Promise<StoreData | null> {
  const path = join(dataDir, DATA_FILE);
  let damaged: string | undefined;
  try {
    const data = await readDataFile(path, dataDir);
    if (data) return data;
  } catch (error) {
    if (!(error instanceof CorruptDataError)) throw error; // FutureSchemaError and I/O errors stop the start
    damaged = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, damaged);
  }
  const backups = await Backups.open(dataDir);
  const restored = await backups.newestGood(async (file) => {
    const data = await readDataFile(file, dataDir);
    if (!data) throw new CorruptDataError('missing');
    return data;
  });
  if (restored) {
    const when = localDateTime(restored.backup.modifiedAt);
    notices.push(damaged ? reliabilityText.restoredFromBackup(damaged, when) : reliabilityText.missingRestoredFromBackup(when));
    return restored.value;
  }
  if (damaged) notices.push(reliabilityText.damagedNoBackup(damaged));
  return null;
}
