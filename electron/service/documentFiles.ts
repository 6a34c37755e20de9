import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicFile';
import { decodeFile, encodeFile } from './crypto/keyring';

/**
 * Document texts are immutable files beside the data file, so autosaves never rewrite them.
 * With the PIN lock on they are encrypted envelopes (crypto/keyring.ts), like the data file.
 */
export function documentTextPath(dataDir: string, id: string): string {
  return join(dataDir, 'documents', `${id}.txt`);
}

export async function writeDocumentText(dataDir: string, id: string, text: string): Promise<void> {
  await writeFileAtomic(documentTextPath(dataDir, id), encodeFile(dataDir, text));
}

export async function readDocumentText(dataDir: string, id: string): Promise<string | null> {
  return (await readDocumentBytes(dataDir, id))?.toString('utf8') ?? null;
}

/** The text as UTF-8 bytes (decrypted): a worker thread decodes them, not the main thread. */
export async function readDocumentBytes(dataDir: string, id: string): Promise<Buffer | null> {
  try {
    return decodeFile(dataDir, await readFile(documentTextPath(dataDir, id)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function removeDocumentText(dataDir: string, id: string): Promise<void> {
  await rm(documentTextPath(dataDir, id), { force: true });
}
