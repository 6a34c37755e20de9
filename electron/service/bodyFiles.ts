/**
 * The search index's project bodies on disk instead of in memory: one file per document in
 * `search-cache/`, the document's pooled bodies as UTF-16 (a character's place × 2 is its byte's),
 * read a body at a time for phrase checks and snippets. At 400 documents the bodies were ~115 MB of
 * the main process's heap; reading one from the page cache takes microseconds.
 *
 * Only while the data is not encrypted: with the PIN lock on, nothing read from the documents may
 * be written in clear, so the bodies stay in memory (`keeper` answers undefined), and turning the
 * lock on removes the folder first (security.ts enableSecurity). The files are a cache: written
 * when the index is built, never fsynced, removed with their document; a lost one reads as ''.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TextSource } from '@shared/search/index';
import { fileKey } from './crypto/keyring';

export const BODY_CACHE_DIR = 'search-cache';

/** Open files kept at most (a query reads bodies of many documents; Windows cannot delete an open file). */
const OPEN_AT_MOST = 32;

function bodyCacheDir(dataDir: string): string {
  return join(dataDir, BODY_CACHE_DIR);
}

/** Deletes every body file (before encryption is turned on, or a folder is reset). */
export function removeBodyCache(dataDir: string): void {
  rmSync(bodyCacheDir(dataDir), { recursive: true, force: true });
}

export class BodyFiles {
  /** Open descriptors by document id, least recently used first. */
  private readonly open = new Map<string, number>();
  /** One buffer for every write and read: no allocation per body (they were the malloc heap's churn). */
  private scratch = Buffer.alloc(1 << 16);
  private readonly dir: string;

  constructor(private readonly dataDir: string) {
    this.dir = bodyCacheDir(dataDir);
  }

  /**
   * Where the index keeps a document's pooled bodies: in a file while the data is not
   * encrypted (undefined: keep them in memory). A file that cannot be written keeps them in memory too.
   */
  keeper(documentId: string): ((pool: string) => string | TextSource) | undefined {
    if (fileKey(this.dataDir)) return undefined;
    return (pool) => {
      try {
        this.write(documentId, pool);
      } catch {
        return pool;
      }
      return { slice: (start: number, end: number) => this.read(documentId, start, end) };
    };
  }

  remove(documentId: string): void {
    this.close(documentId);
    rmSync(this.fileOf(documentId), { force: true });
  }

  /** Removes the files of documents no longer in the library (left by a run that ended before its index caught up). */
  keepOnly(documentIds: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const wanted = new Set([...documentIds].map((id) => basename(this.fileOf(id))));
    for (const name of names) if (!wanted.has(name)) rmSync(join(this.dir, name), { force: true, recursive: true });
  }

  /** Lets go of every open file (the index is forgotten); the files stay for the next build to overwrite. */
  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }

  private write(documentId: string, pool: string): void {
    this.close(documentId);
    const bytes = pool.length * 2;
    const buffer = this.room(bytes);
    buffer.write(pool, 0, bytes, 'utf16le');
    mkdirSync(this.dir, { recursive: true });
    const fd = openSync(this.fileOf(documentId), 'w');
    try {
      for (let at = 0; at < bytes; ) at += writeSync(fd, buffer, at, bytes - at, at);
    } finally {
      closeSync(fd);
    }
  }

  private read(documentId: string, start: number, end: number): string {
    try {
      const fd = this.descriptor(documentId);
      const bytes = (end - start) * 2;
      const buffer = this.room(bytes);
      let got = 0;
      while (got < bytes) {
        const n = readSync(fd, buffer, got, bytes - got, start * 2 + got);
        if (n === 0) break;
        got += n;
      }
      return buffer.toString('utf16le', 0, got - (got % 2));
    } catch {
      return '';
    }
  }

  private descriptor(documentId: string): number {
    let fd = this.open.get(documentId);
    if (fd !== undefined) {
      this.open.delete(documentId);
      this.open.set(documentId, fd);
      return fd;
    }
    fd = openSync(this.fileOf(documentId), 'r');
    this.open.set(documentId, fd);
    if (this.open.size > OPEN_AT_MOST) this.close(this.open.keys().next().value!);
    return fd;
  }

  private close(documentId: string): void {
    const fd = this.open.get(documentId);
    if (fd === undefined) return;
    this.open.delete(documentId);
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to give back.
    }
  }

  private room(bytes: number): Buffer {
    if (this.scratch.length < bytes) this.scratch = Buffer.alloc(Math.max(bytes, this.scratch.length * 2));
    return this.scratch;
  }

  private fileOf(documentId: string): string {
    // Document ids are the app's own (stableIds.ts: doc-<hex>); anything else gets a hash as its name.
    const name = /^[A-Za-z0-9_-]{1,100}$/.test(documentId) ? documentId : createHash('sha256').update(documentId).digest('hex');
    return join(this.dir, `${name}.u16`);
  }
}
