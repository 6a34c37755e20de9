/**
 * One writer per data folder. `council-review.lock` in the data folder holds the pid, host and
 * start time of the process that owns the folder; Electron, browser mode and the CLI all take it
 * (through `openStore`), so a second program on the same folder stops with a clear Korean message
 * instead of two write queues overwriting each other.
 *
 * - The lock is per process: a process that opens the same folder twice (tests simulating a
 *   restart) shares its one lock, counted, and releases the file when the last holder lets go.
 * - A lock whose pid is no longer running on this host (a crash, SIGKILL, power loss) is stale
 *   and is taken over. A lock from another host (a shared network folder) is never judged stale.
 * - The file is removed on release and, as a last resort, on process exit.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { reliabilityText } from '@shared/text/store';

export const LOCK_FILE = 'council-review.lock';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** Which entry point took it: 'electron', 'browser', 'cli' or 'other'. */
  by: string;
}

export interface DataLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Lets go of this holder's share; the file goes when the last holder in the process lets go. */
  release(): void;
}

/** A live process (this host or another) owns the folder. `message` is Korean. */
export class DataFolderBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo | null,
  ) {
    super(reliabilityText.folderBusy(lockPath, holder ? { pid: holder.pid, host: holder.host, startedAt: holder.startedAt } : null));
    this.name = 'DataFolderBusyError';
  }
}

interface Held {
  info: LockInfo;
  count: number;
}

/** Locks this process holds, by lock-file path. */
const held = new Map<string, Held>();
let exitHookInstalled = false;

export function acquireDataLock(dataDir: string, by = 'other'): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine = held.get(path);
  if (mine && readLock(path)?.pid === process.pid) {
    mine.count++;
    return handle(path, mine);
  }
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), by };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusive(path, info)) {
      const entry = { info, count: 1 };
      held.set(path, entry);
      installExitHook();
      return handle(path, entry);
    }
    const current = readLock(path);
    if (current === undefined) continue; // vanished between our create and read: try again
    if (!isStale(current)) throw new DataFolderBusyError(path, current);
    takeOverStale(path, current);
  }
  throw new DataFolderBusyError(path, readLock(path) ?? null);
}

function handle(path: string, entry: Held): DataLock {
  let released = false;
  return {
    path,
    info: entry.info,
    release() {
      if (released) return;
      released = true;
      entry.count--;
      if (entry.count > 0) return;
      held.delete(path);
      removeIfOurs(path, entry.info);
    },
  };
}

/** Writes the lock file only if none exists: temp file, then link(2), which fails on EEXIST. */
function createExclusive(path: string, info: LockInfo): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (some network shares, FAT): exclusive create instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createWithOpenWx(path, info);
    throw error;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
}

function createWithOpenWx(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's content; null when it is unreadable (torn by a crash: stale), undefined when absent. */
export function readLock(path: string): LockInfo | null | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid)) return null;
    return {
      pid: parsed.pid,
      host: typeof parsed.host === 'string' ? parsed.host : '',
      startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '',
      by: typeof parsed.by === 'string' ? parsed.by : 'other',
    };
  } catch {
    return null;
  }
}

function isStale(info: LockInfo | null): boolean {
  if (info === null) return true; // unreadable: a crash while it was being written
  if (info.host && info.host !== hostname()) return false; // cannot see other hosts' processes
  // Our own pid, but acquireDataLock found we do not hold it: an earlier process had this pid.
  if (info.pid === process.pid) return true;
  return !isRunning(info.pid);
}

export function isRunning(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a stale lock out of the way. Two starters may both judge it stale; each renames it to
 * its own name and checks that what it moved is the stale lock it judged. If it moved a live
 * lock instead (the other starter was quicker), it puts that lock back.
 */
function takeOverStale(path: string, judged: LockInfo | null): void {
  const aside = `${path}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLock(aside);
  const same = moved === null ? judged === null : judged !== null && moved !== undefined && moved.pid === judged.pid && moved.startedAt === judged.startedAt;
  if (!same && moved) {
    // Not the lock we judged: put it back unless a third process already made a new one.
    try {
      linkSync(aside, path);
    } catch {
      // a newer lock is in place; that one wins
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
}

function removeIfOurs(path: string, info: LockInfo): void {
  const current = readLock(path);
  if (current && current.pid === info.pid && current.startedAt === info.startedAt) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [path, entry] of held) removeIfOurs(path, entry.info);
    held.clear();
  });
}

/** For tests: whether this process holds the lock of `dataDir`. */
export function holdsLock(dataDir: string): boolean {
  const path = join(dataDir, LOCK_FILE);
  return held.has(path) && existsSync(path);
}
