/**
 * The data key of each open data folder, held in memory only while the app is unlocked, and the
 * two helpers every file of the data folder goes through: `encodeFile` (an envelope when a key is
 * held, the bytes as they are otherwise) and `decodeFile` (plaintext passes through; an envelope
 * needs the key). Keyed by the folder, so db.ts, backups and documentFiles.ts need no new arguments.
 */
import { resolve } from 'node:path';
import { securityText } from '@shared/text/security';
import { ServiceError } from '../errors';
import { isEnvelope, open, seal } from './envelope';

const keys = new Map<string, Buffer>();

/** An encrypted file was read while no key is held: the app is locked. */
export class LockedError extends ServiceError {
  constructor() {
    super('locked', securityText.locked);
    this.name = 'LockedError';
  }
}

export function setFileKey(dataDir: string, key: Buffer | null): void {
  const at = resolve(dataDir);
  const old = keys.get(at);
  if (old && old !== key) old.fill(0);
  if (key) keys.set(at, key);
  else keys.delete(at);
}

export function fileKey(dataDir: string): Buffer | undefined {
  return keys.get(resolve(dataDir));
}

/** What to write for `data` in `dataDir`: sealed when a key is held. */
export function encodeFile(dataDir: string, data: string | Uint8Array): string | Uint8Array {
  const key = fileKey(dataDir);
  if (!key) return data;
  return seal(key, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

/** The plaintext of bytes read from `dataDir`; LockedError for an envelope while no key is held. */
export function decodeFile(dataDir: string, bytes: Buffer): Buffer {
  if (!isEnvelope(bytes)) return bytes;
  const key = fileKey(dataDir);
  if (!key) throw new LockedError();
  return open(key, bytes);
}
