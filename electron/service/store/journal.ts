/**
 * The store's journal, `store/journal-<seq>.log`: the saves made since manifest <seq>, one line
 * each, appended and fdatasynced before the write is acknowledged. An everyday save (a note's
 * edit) costs one small append and one fsync, instead of its document's shard file, a manifest
 * and the folder (generations.ts), whatever the archive's size.
 *
 * The store folds the journal into shards (a new manifest; db.ts `checkpoint`) when it has been
 * idle a while, when it grows past JOURNAL_LIMIT, before the PIN lock re-encodes the files, and on
 * close. The journal then starts again for the new manifest; the old one is deleted.
 *
 * A line is `<payload>\t<check>\n`. The payload is the entry as JSON or, with the PIN lock on,
 * its envelope (crypto/keyring.ts) in base64; the check is the first 16 hex digits of the
 * payload's SHA-256. A last line without its newline is a save the crash cut short, never
 * acknowledged: it is dropped without a word. A line that does not check before that is damage:
 * the entries before it are used, the file is copied to damaged/ and the user is told.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from '../atomicFile';
import { EnvelopeError, isEnvelope } from '../crypto/envelope';
import { decodeFile, encodeFile } from '../crypto/keyring';
import { DAMAGED_DIR, STORE_DIR } from './generations';
import type { ShardKey, ShardSummary } from './layout';
import { parseSplitKey } from './layout';

/** Past this size the next save folds the journal first, so a start never replays much. */
export const JOURNAL_LIMIT = 4 * 1024 * 1024;
/** A save bigger than this (a whole collection rewritten) goes to a checkpoint, not the journal. */
export const ENTRY_LIMIT = 256 * 1024;

/** What one save did to one shard. */
export type JournalChange =
  /** The shard's whole new content (a small collection, or a split group whose records have no ids). */
  | { content: unknown; live?: number }
  /** Records of a split group: those with `remove` ids go, `put` are added. */
  | { remove: string[]; put: unknown[]; live: number }
  /** The shard is gone (its group emptied, its collection deleted). */
  | null;

export interface JournalEntry {
  at: string;
  shards: Record<ShardKey, JournalChange>;
}

export interface ReadJournal {
  journal: Journal;
  entries: JournalEntry[];
  /** Where a damaged journal was copied to (the entries before the damage were read). */
  damaged?: string;
  /** The file is not as appends would leave it (damage, a cut-short line, sealed whole): fold it soon. */
  needsFold: boolean;
}

const JOURNAL = /^journal-(\d{10})\.log$/;
const CHECK_DIGITS = 16;

const journalName = (seq: number) => `journal-${String(seq).padStart(10, '0')}.log`;
const checkOf = (payload: string) => createHash('sha256').update(payload).digest('hex').slice(0, CHECK_DIGITS);

export class Journal {
  private bytes = 0;
  /** Shards changed since the manifest: a checkpoint writes them. */
  private readonly dirty = new Set<ShardKey>();
  /** Split shards' counts since the manifest (null: the shard is gone), for counts before the notes load. */
  private readonly summaries = new Map<ShardKey, ShardSummary | null>();
  private onDisk: boolean;
  /** An append failed and could not be undone: no more lines until a checkpoint. */
  private broken = false;

  private constructor(
    private readonly dataDir: string,
    private seq: number,
    bytes: number,
  ) {
    this.bytes = bytes;
    this.onDisk = bytes > 0;
  }

  /**
   * The journal of manifest `seq` and its entries. Journals of other manifests are left from a
   * crash after a checkpoint (their saves are in the shards now) and are deleted unless `readOnly`.
   */
  static async open(dataDir: string, seq: number, options: { readOnly?: boolean } = {}): Promise<ReadJournal> {
    const dir = join(dataDir, STORE_DIR);
    const name = journalName(seq);
    if (!options.readOnly) {
      for (const other of await readdir(dir).catch(() => [] as string[])) {
        if (JOURNAL.test(other) && other !== name) await rm(join(dir, other), { force: true });
      }
    }
    const raw = await readFile(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    const journal = new Journal(dataDir, seq, raw?.byteLength ?? 0);
    if (!raw) return { journal, entries: [], needsFold: false };
    // A journal the PIN lock's turn-on sealed as a whole file (it is folded first, so only after a crash).
    const sealedWhole = isEnvelope(raw);
    const { entries, damagedAt, cutShort } = parseLines(dataDir, sealedWhole ? decodeFile(dataDir, raw).toString('utf8') : raw.toString('utf8'));
    for (const entry of entries) journal.noteEntry(entry);
    let damaged: string | undefined;
    if (damagedAt !== undefined && !options.readOnly) damaged = await copyAside(dir, name);
    else if (damagedAt !== undefined) damaged = join(dir, name);
    return { journal, entries, damaged, needsFold: sealedWhole || cutShort || damagedAt !== undefined };
  }

  get size(): number {
    return this.bytes;
  }

  /** Shards changed since the manifest. */
  dirtyKeys(): ShardKey[] {
    return [...this.dirty];
  }

  /** Counts of split shards changed since the manifest; null for a shard gone since. */
  summaryChanges(): ReadonlyMap<ShardKey, ShardSummary | null> {
    return this.summaries;
  }

  /** The line for `entry`, or null when it belongs in a checkpoint (too big, or the journal is full). */
  lineFor(entry: JournalEntry): string | null {
    if (this.broken) return null;
    const json = JSON.stringify(entry);
    if (json.length > ENTRY_LIMIT) return null;
    const sealed = encodeFile(this.dataDir, json);
    const payload = typeof sealed === 'string' ? sealed : Buffer.from(sealed).toString('base64');
    const line = `${payload}\t${checkOf(payload)}\n`;
    return this.bytes + Buffer.byteLength(line) > JOURNAL_LIMIT ? null : line;
  }

  /** Appends `line` (from lineFor) for `entry`; resolves when it is on disk. */
  async append(line: string, entry: JournalEntry): Promise<void> {
    const dir = join(this.dataDir, STORE_DIR);
    const created = !this.onDisk;
    if (created) await mkdir(dir, { recursive: true });
    // Opened for each save: a handle kept open would write to a file the PIN lock replaced.
    const handle = await open(join(dir, journalName(this.seq)), 'a');
    try {
      await handle.write(line);
      await handle.datasync();
    } catch (error) {
      // A part of the line may be on disk (a full disk): cut it off, or the next line would be
      // read as damage. If even that fails, the next save goes to a checkpoint, which starts afresh.
      await handle.truncate(this.bytes).catch(() => (this.broken = true));
      throw error;
    } finally {
      await handle.close();
    }
    // A new file's name is durable only once its folder is synced (once per journal).
    if (created) await syncFolder(dir);
    this.onDisk = true;
    this.bytes += Buffer.byteLength(line);
    this.noteEntry(entry);
  }

  /** After a checkpoint to manifest `seq`: this journal's saves are in the shards, so it goes. */
  async restart(seq: number): Promise<void> {
    const old = join(this.dataDir, STORE_DIR, journalName(this.seq));
    this.seq = seq;
    this.bytes = 0;
    this.onDisk = false;
    this.broken = false;
    this.dirty.clear();
    this.summaries.clear();
    // Left behind (e.g. a full disk), it is deleted at the next start: a newer manifest outranks it.
    await rm(old, { force: true }).catch((error) => console.error('deleting a folded journal failed', error));
  }

  private noteEntry(entry: JournalEntry): void {
    for (const [key, change] of Object.entries(entry.shards)) {
      this.dirty.add(key);
      if (!parseSplitKey(key)) continue;
      if (change === null) this.summaries.set(key, null);
      else if (typeof change.live === 'number') this.summaries.set(key, { live: change.live });
    }
  }
}

/** Entries of a journal's text, up to the first line that does not check. */
function parseLines(dataDir: string, text: string): { entries: JournalEntry[]; damagedAt?: number; cutShort: boolean } {
  const entries: JournalEntry[] = [];
  const lines = text.split('\n');
  // The text after the last newline: empty, or a save cut short.
  const tail = lines.pop()!;
  for (let i = 0; i < lines.length; i++) {
    const entry = parseLine(dataDir, lines[i]!);
    if (!entry) return { entries, damagedAt: i, cutShort: false };
    entries.push(entry);
  }
  return { entries, cutShort: tail.length > 0 };
}

function parseLine(dataDir: string, line: string): JournalEntry | null {
  const tab = line.lastIndexOf('\t');
  if (tab < 0) return null;
  const payload = line.slice(0, tab);
  if (checkOf(payload) !== line.slice(tab + 1)) return null;
  let json: string;
  try {
    json = payload.startsWith('{') ? payload : decodeFile(dataDir, Buffer.from(payload, 'base64')).toString('utf8');
  } catch (error) {
    if (error instanceof EnvelopeError) return null;
    throw error; // locked: not damage
  }
  try {
    const entry = JSON.parse(json) as unknown;
    return isEntry(entry) ? entry : null;
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (!isRecord(value) || typeof value.at !== 'string' || !isRecord(value.shards)) return false;
  for (const [key, change] of Object.entries(value.shards)) {
    if (change === null) continue;
    if (!isRecord(change)) return false;
    if ('content' in change) continue;
    const edit = change as Record<string, unknown>;
    const byId = parseSplitKey(key) && Array.isArray(edit.remove) && edit.remove.every((id) => typeof id === 'string') && Array.isArray(edit.put) && typeof edit.live === 'number';
    if (!byId) return false;
  }
  return true;
}

/**
 * The shard's content after `change`: `content` is what it held before (undefined: nothing);
 * undefined when the shard is gone.
 */
export function applyChange(content: unknown, change: JournalChange): unknown {
  if (change === null) return undefined;
  if ('content' in change) return change.content;
  const remove = new Set(change.remove);
  const kept = Array.isArray(content) ? content.filter((record) => !remove.has(idOf(record) as string)) : [];
  kept.push(...change.put);
  return kept.length ? kept : undefined;
}

/**
 * How a save changed a split group, for the journal: by record id when that replays to exactly
 * `after` (every record has an id, ids are unique after the save, and no record kept shares an
 * id with one removed), else null (the group's whole content goes in instead).
 */
export function changeById(removed: readonly unknown[], added: readonly unknown[], after: readonly unknown[]): { remove: string[]; put: unknown[] } | null {
  const afterIds = new Set<string>();
  for (const record of after) {
    const id = idOf(record);
    if (id === undefined || afterIds.has(id)) return null;
    afterIds.add(id);
  }
  const addedIds = new Set<string>();
  for (const record of added) {
    const id = idOf(record);
    if (id === undefined) return null;
    addedIds.add(id);
  }
  const remove: string[] = [];
  for (const record of removed) {
    const id = idOf(record);
    if (id === undefined || (afterIds.has(id) && !addedIds.has(id))) return null;
    remove.push(id);
  }
  return { remove, put: [...added] };
}

const idOf = (record: unknown): string | undefined => {
  const id = isRecord(record) ? record.id : undefined;
  return typeof id === 'string' ? id : undefined;
};

async function copyAside(dir: string, name: string): Promise<string> {
  const to = join(dir, DAMAGED_DIR, `${name}.${Date.now().toString(36)}`);
  await mkdir(join(dir, DAMAGED_DIR), { recursive: true });
  await copyFile(join(dir, name), to);
  return to;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
