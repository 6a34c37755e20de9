/**
 * The store on disk, in `<data folder>/store/`:
 *
 * - `shard-<seq>-<n>.json`: shard contents (see layout.ts). Written once under a new name, fsynced,
 *   never changed afterwards. They sit beside the manifests so that the one fsync of the folder
 *   after the manifest's rename makes the new names durable too;
 * - `manifest-<seq>.json`: the commit point of save number `seq`: which file holds each shard now,
 *   with the shard's counts. Written atomically (temp → fsync → rename → fsync of the folder), so a
 *   save that changes several shards takes effect whole or not at all.
 *
 * Backups come free: an older manifest still names the shard files of its day. The last RECENT_KEEP
 * manifests and the first one of each of the last DAILY_KEEP days are kept with every file they
 * name; other manifests and files nobody names any more are deleted after each save.
 *
 * Every file goes through crypto/keyring.ts (encodeFile/decodeFile), so with the PIN lock on, each
 * shard and manifest is an encrypted envelope.
 */
import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicWith } from '../atomicFile';
import { localDate } from '../backups';
import { EnvelopeError } from '../crypto/envelope';
import { decodeFile, encodeFile } from '../crypto/keyring';
import type { ShardKey, ShardSummary } from './layout';

export const STORE_DIR = 'store';
export const DAMAGED_DIR = 'damaged';
export const RECENT_KEEP = 10;
export const DAILY_KEEP = 14;
const FORMAT = 'council-review-store';

const MANIFEST = /^manifest-(\d{10})\.json$/;
const SHARD_FILE = /^shard-(\d{10})-\d+\.json$/;

export interface ShardEntry {
  /** Name in store/, e.g. `shard-0000000042-3.json`. */
  file: string;
  summary?: ShardSummary;
}

export interface Manifest {
  format: typeof FORMAT;
  seq: number;
  savedAt: string;
  shards: Record<ShardKey, ShardEntry>;
}

/** A shard file or manifest that does not read: torn, not ours, or an envelope that does not open. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`damaged store file ${file}: ${reason}`);
  }
}

const pad = (seq: number) => String(seq).padStart(10, '0');

export class Generations {
  readonly dir: string;
  /** Good manifests, oldest first; the last is the current one. */
  private manifests: Manifest[] = [];
  /** How many kept manifests name each file: a file is deleted when nobody does. */
  private readonly refs = new Map<string, number>();
  private lastSeq = 0;

  private constructor(readonly dataDir: string) {
    this.dir = join(dataDir, STORE_DIR);
  }

  /**
   * Reads the manifests of a data folder. Damaged ones are moved to store/damaged/ and listed in
   * `damaged`; files of saves cut short by a crash (named by no manifest) are deleted. `readOnly`
   * (a look from outside, e.g. a test beside a running app) moves and deletes nothing.
   */
  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<{ generations: Generations; damaged: string[] }> {
    const generations = new Generations(dataDir);
    const damaged: string[] = [];
    const names = (await readdir(generations.dir).catch(() => [] as string[])).filter((n) => MANIFEST.test(n)).sort();
    for (const name of names) {
      generations.lastSeq = Math.max(generations.lastSeq, Number(MANIFEST.exec(name)![1]));
      try {
        generations.manifests.push(await generations.readManifest(name));
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error; // locked, I/O: stop the start
        damaged.push(options.readOnly ? name : await generations.setAside(name));
      }
    }
    for (const manifest of generations.manifests) generations.count(manifest, +1);
    if (!options.readOnly) await generations.removeUnnamedFiles();
    return { generations, damaged };
  }

  get current(): Manifest | undefined {
    return this.manifests.at(-1);
  }

  /** Older manifests, newest first (the backups). */
  older(): Manifest[] {
    return this.manifests.slice(0, -1).reverse();
  }

  /** The content of a shard file; DamagedFileError when it does not read as shard `key`. */
  async readShard(file: string, key: ShardKey): Promise<unknown> {
    const parsed = await this.readJson(file);
    if (!isRecord(parsed) || parsed.key !== key || !('content' in parsed)) throw new DamagedFileError(file, 'not-this-shard');
    return parsed.content;
  }

  /**
   * Save number seq+1: `changes` maps shard keys to new contents (undefined: the shard is gone);
   * `reuse` points shards at files that already exist (a restore from a backup); `now` dates the
   * save (the daily backups go by it). Resolves when the
   * new manifest is on disk; old generations are cleaned up after that, best effort.
   */
  async commit(
    changes: Map<ShardKey, { content: unknown; summary?: ShardSummary } | undefined>,
    { reuse = new Map(), now = new Date() }: { reuse?: Map<ShardKey, ShardEntry>; now?: Date } = {},
  ): Promise<Manifest> {
    const seq = this.lastSeq + 1;
    const shards: Record<ShardKey, ShardEntry> = { ...this.current?.shards };
    await mkdir(this.dir, { recursive: true });
    // Shard files get new names no manifest names yet: no rename needed, and they are fsynced
    // together with the manifest's temp file, before its rename commits them all.
    const files: [string, Uint8Array | string][] = [];
    for (const [key, change] of changes) {
      if (change === undefined) {
        delete shards[key];
        continue;
      }
      const file = `shard-${pad(seq)}-${files.length}.json`;
      files.push([join(this.dir, file), encodeFile(this.dataDir, JSON.stringify({ key, seq, content: change.content }))]);
      shards[key] = change.summary ? { file, summary: change.summary } : { file };
    }
    for (const [key, entry] of reuse) shards[key] = entry;
    const manifest: Manifest = { format: FORMAT, seq, savedAt: now.toISOString(), shards };
    await writeFileAtomicWith(join(this.dir, `manifest-${pad(seq)}.json`), encodeFile(this.dataDir, JSON.stringify(manifest)), files);
    this.lastSeq = seq;
    this.manifests.push(manifest);
    this.count(manifest, +1);
    await this.prune().catch((error) => console.error('cleaning old store files failed (the save itself is done)', error));
    return manifest;
  }

  /** Copies a damaged shard file to store/damaged/ for whoever looks into it; returns the copy's path. */
  async keepDamagedCopy(file: string): Promise<string> {
    const to = join(this.dir, DAMAGED_DIR, `${file}.${Date.now().toString(36)}`);
    await mkdir(join(this.dir, DAMAGED_DIR), { recursive: true });
    await copyFile(join(this.dir, file), to).catch(() => undefined);
    return to;
  }

  /** Keeps the last RECENT_KEEP manifests and the first of each of the last DAILY_KEEP days. */
  private async prune(): Promise<void> {
    const keep = new Set(this.manifests.slice(-RECENT_KEEP));
    const firstOfDay = new Map<string, Manifest>();
    for (const manifest of this.manifests) {
      const day = localDate(new Date(manifest.savedAt));
      if (!firstOfDay.has(day)) firstOfDay.set(day, manifest);
    }
    for (const day of [...firstOfDay.keys()].sort().slice(-DAILY_KEEP)) keep.add(firstOfDay.get(day)!);
    const dropped = this.manifests.filter((m) => !keep.has(m));
    if (!dropped.length) return;
    this.manifests = this.manifests.filter((m) => keep.has(m));
    for (const manifest of dropped) {
      await rm(join(this.dir, `manifest-${pad(manifest.seq)}.json`), { force: true });
      for (const file of this.count(manifest, -1)) await rm(join(this.dir, file), { force: true });
    }
  }

  /** Adds `delta` to the count of every file `manifest` names; returns the files nobody names now. */
  private count(manifest: Manifest, delta: number): string[] {
    const unnamed: string[] = [];
    for (const { file } of new Set(Object.values(manifest.shards))) {
      const refs = (this.refs.get(file) ?? 0) + delta;
      if (refs > 0) this.refs.set(file, refs);
      else {
        this.refs.delete(file);
        unnamed.push(file);
      }
    }
    return unnamed;
  }

  private async removeUnnamedFiles(): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const match = SHARD_FILE.exec(name);
      if (!match) continue; // not ours to judge (e.g. a copy the PIN lock's turn-on left)
      this.lastSeq = Math.max(this.lastSeq, Number(match[1]));
      if (!this.refs.has(name)) await rm(join(this.dir, name), { force: true });
    }
  }

  private async readManifest(name: string): Promise<Manifest> {
    const parsed = await this.readJson(name);
    if (!isRecord(parsed) || parsed.format !== FORMAT || typeof parsed.seq !== 'number' || !isRecord(parsed.shards)) {
      throw new DamagedFileError(name, 'not-a-manifest');
    }
    for (const entry of Object.values(parsed.shards)) {
      if (!isRecord(entry) || typeof entry.file !== 'string' || !SHARD_FILE.test(entry.file)) {
        throw new DamagedFileError(name, 'bad-entry');
      }
    }
    return parsed as unknown as Manifest;
  }

  private async readJson(file: string): Promise<unknown> {
    let raw: string;
    try {
      raw = decodeFile(this.dataDir, await readFile(join(this.dir, file))).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DamagedFileError(file, 'missing');
      if (error instanceof EnvelopeError) throw new DamagedFileError(file, `envelope-${error.reason}`);
      throw error;
    }
    try {
      return JSON.parse(raw);
    } catch {
      throw new DamagedFileError(file, raw.trim() ? 'not-json' : 'empty');
    }
  }

  private async setAside(name: string): Promise<string> {
    const to = join(this.dir, DAMAGED_DIR, name);
    await mkdir(join(this.dir, DAMAGED_DIR), { recursive: true });
    await rename(join(this.dir, name), to);
    return to;
  }
}

/** The folders of the store, for whoever walks every file of the data folder (the PIN lock's encryption). */
export function storeFolders(dataDir: string): string[] {
  const dir = join(dataDir, STORE_DIR);
  return [dir, join(dir, DAMAGED_DIR)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
