/**
 * Parsed trees on disk, one gzipped JSON per document in `tree-cache/`: the first open of a
 * document after a start reads its tree (a few ms) instead of parsing its text again (the largest
 * report took 110–145 ms, the parser's code not yet compiled in a fresh process, so a member's first
 * open of it waited ~290 ms at x100).
 *
 * What is kept is the parse before the user's corrections (those are applied on every read, as
 * after a parse), of texts read by the parser only (a project list is rebuilt from its rows in
 * no time). A file names the parser version and the text's sha256: after a parser upgrade, or for
 * another text, it is not used (and is written again). The same rule as the search bodies
 * (bodyFiles.ts): only while the data is not encrypted; turning the PIN lock on removes the folder.
 * A cache: written after the parse, off the path of the answer, never fsynced; a damaged or
 * half-written file reads as no file and the text is parsed again.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import type { PlanDocument } from '@shared/parser/types';
import { PARSER_VERSION } from '@shared/parser/version';

export const TREE_CACHE_DIR = 'tree-cache';

/** Where one document's tree is kept, and which text it must have been read from. */
export interface TreeFile {
  file: string;
  sha256: string;
}

interface Stored {
  format: 1;
  parser: number;
  sha256: string;
  tree: PlanDocument;
}

export function treeFileOf(dataDir: string, documentId: string, sha256: string): TreeFile {
  return { file: join(dataDir, TREE_CACHE_DIR, `${documentId}.json.gz`), sha256 };
}

/** The tree kept for this text by this parser version; undefined when there is none (or it does not read). */
export function readTreeFile({ file, sha256 }: TreeFile): PlanDocument | undefined {
  try {
    const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Partial<Stored>;
    if (stored.format !== 1 || stored.parser !== PARSER_VERSION || stored.sha256 !== sha256) return undefined;
    const tree = stored.tree;
    return tree && Array.isArray(tree.projects) ? tree : undefined;
  } catch {
    return undefined;
  }
}

function contentOf({ sha256 }: TreeFile, tree: PlanDocument): string {
  return JSON.stringify({ format: 1, parser: PARSER_VERSION, sha256, tree } satisfies Stored);
}

const gzipAsync = promisify(gzip);
/** Fast compression: the files are a sixth of the JSON's size, and written in zlib's threads. */
const GZIP = { level: 1 };

/**
 * Keeps `tree` for the next start, best effort (a cache). The folder is made only inside an
 * existing data folder: a write that ends after the folder was removed (a test's temp folder)
 * does not make it again.
 */
export async function writeTreeFile(target: TreeFile, tree: PlanDocument): Promise<void> {
  try {
    const bytes = await gzipAsync(contentOf(target, tree), GZIP);
    await mkdir(dirname(target.file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    // A reader never sees half a file: it is written aside and renamed over.
    const temp = `${target.file}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, target.file);
  } catch {
    // not kept: the next start parses this text again
  }
}

/** writeTreeFile for the reader's worker thread, whose whole job is this document. */
export function writeTreeFileSync(target: TreeFile, tree: PlanDocument): void {
  try {
    const bytes = gzipSync(contentOf(target, tree), GZIP);
    try {
      mkdirSync(dirname(target.file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const temp = `${target.file}.${process.pid}w.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target.file);
  } catch {
    // not kept
  }
}

export async function removeTreeFile(dataDir: string, documentId: string): Promise<void> {
  await rm(join(dataDir, TREE_CACHE_DIR, `${documentId}.json.gz`), { force: true }).catch(() => undefined);
}

/** Deletes every kept tree (before encryption is turned on; an encrypted folder never has them). */
export function removeTreeCache(dataDir: string): void {
  rmSync(join(dataDir, TREE_CACHE_DIR), { recursive: true, force: true });
}
