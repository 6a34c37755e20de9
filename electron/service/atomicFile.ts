import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content, never a torn mix:
 * temp file → fsync → rename → fsync of the folder (where the platform allows it).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicWith(path, data, []);
}

/**
 * writeFileAtomic of `path`, with `alongside` files (new names in the same folder, that only the
 * new `path` refers to) written and fsynced in parallel with its temp file: every file is durable
 * before the rename makes them reachable, and a save waits for one round of fsyncs, not one each.
 */
export async function writeFileAtomicWith(path: string, data: string | Uint8Array, alongside: [string, string | Uint8Array][]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await Promise.all([writeSynced(tmp, data), ...alongside.map(([file, content]) => writeSynced(file, content))]);
    await rename(tmp, path);
  } catch (error) {
    // Nothing names the new files yet: a failed save (disk full) leaves no debris.
    await Promise.all([tmp, ...alongside.map(([file]) => file)].map((file) => rm(file, { force: true })));
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Writes `path` and fsyncs it (no rename: for a new name nobody reads yet, or a temp file). */
export async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync of a folder, so renames in it survive power loss (a no-op where not possible). */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the data file itself is already synced.
  } finally {
    await handle.close();
  }
}
