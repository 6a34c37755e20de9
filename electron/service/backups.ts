/**
 * Rolling backups of the data file in `<data folder>/backups/`:
 *
 * - `recent-<seq>.json`: the file as it was before each of the last RECENT_KEEP writes;
 * - `daily-YYYY-MM-DD.json`: the first file replaced on each day, the newest DAILY_KEEP days kept.
 *
 * They are cheap: the data file is never changed in place (every save writes a new file and renames
 * it over the old one), so a backup is a hard link to the old file's content, made just before the
 * rename replaces it — no copying. Where hard links are not available, the file is copied instead
 * (to a temp name, then renamed, so a crash never leaves a half-written backup under a real name).
 *
 * Backups are best effort: a failure to make one is logged and never fails the user's save.
 */
import { copyFile, link, mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const BACKUP_DIR = 'backups';
export const RECENT_KEEP = 10;
export const DAILY_KEEP = 14;

const RECENT = /^recent-(\d{10})\.json$/;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.json$/;

export interface BackupFile {
  path: string;
  name: string;
  kind: 'recent' | 'daily';
  /** When the content was written (the file's modification time). */
  modifiedAt: Date;
}

export class Backups {
  private nextSeq = 1;

  private constructor(
    readonly dir: string,
    private readonly log: (msg: string, error: unknown) => void,
  ) {}

  static async open(dataDir: string, log: (msg: string, error: unknown) => void = logToStderr): Promise<Backups> {
    const backups = new Backups(join(dataDir, BACKUP_DIR), log);
    const names = await readdir(backups.dir).catch(() => [] as string[]);
    for (const name of names) {
      const seq = Number(RECENT.exec(name)?.[1] ?? 0);
      if (seq >= backups.nextSeq) backups.nextSeq = seq + 1;
      // leftovers of a copy cut short by a crash
      if (name.endsWith('.tmp')) await rm(join(backups.dir, name), { force: true });
    }
    return backups;
  }

  /**
   * Keeps the current data file (the last good save) before a new save replaces it.
   * Call it inside the write queue, before the rename.
   */
  async snapshot(dataFile: string, now = new Date()): Promise<void> {
    try {
      const exists = await stat(dataFile).then(
        (s) => s.isFile() && s.size > 0,
        () => false,
      );
      if (!exists) return;
      await mkdir(this.dir, { recursive: true });
      const seq = this.nextSeq++;
      await keep(dataFile, join(this.dir, `recent-${String(seq).padStart(10, '0')}.json`));
      const daily = join(this.dir, `daily-${localDate(now)}.json`);
      if (!(await stat(daily).then(() => true, () => false))) await keep(dataFile, daily);
      await this.prune();
    } catch (error) {
      this.log('backup failed (the save itself goes ahead)', error);
    }
  }

  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const recents = names.filter((n) => RECENT.test(n)).sort().reverse();
    const dailies = names.filter((n) => DAILY.test(n)).sort().reverse();
    for (const name of [...recents.slice(RECENT_KEEP), ...dailies.slice(DAILY_KEEP)]) {
      await unlink(join(this.dir, name)).catch(() => undefined);
    }
  }

  /** Every backup, newest first: the recent ones by sequence, then the daily ones by date. */
  async list(): Promise<BackupFile[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const recents = names.filter((n) => RECENT.test(n)).sort().reverse();
    const dailies = names.filter((n) => DAILY.test(n)).sort().reverse();
    const files: BackupFile[] = [];
    for (const [kind, list] of [['recent', recents], ['daily', dailies]] as const) {
      for (const name of list) {
        const path = join(this.dir, name);
        const info = await stat(path).catch(() => null);
        if (info?.isFile()) files.push({ path, name, kind, modifiedAt: info.mtime });
      }
    }
    return files;
  }

  /** The newest backup that `load` accepts (it throws for a bad one), with what it loaded. */
  async newestGood<T>(load: (path: string) => Promise<T>): Promise<{ backup: BackupFile; value: T } | null> {
    for (const backup of await this.list()) {
      try {
        return { backup, value: await load(backup.path) };
      } catch {
        // damaged or unreadable too: try the next older one
      }
    }
    return null;
  }
}

/** Hard link `from` as `to`; a copy (temp name, then rename) where links are not possible. */
async function keep(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw error;
  }
  const tmp = `${to}.${process.pid}.tmp`;
  await copyFile(from, tmp);
  await rename(tmp, to);
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2025-03-14 09:05" in local time, for notices. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function logToStderr(msg: string, error: unknown): void {
  console.error(msg, error);
}
