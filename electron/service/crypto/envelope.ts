/**
 * Encrypted files and bundles: a small versioned envelope around AES-256-GCM (node:crypto), and
 * scrypt for turning a PIN or password into a key.
 *
 * Layout (all integers one byte):
 *
 *   magic "\x89CRENC\r\n" (8) · version (1) · kind (1) · [kind 2: log2 N, r, p, salt length, salt]
 *   · IV (12) · tag (16) · ciphertext
 *
 * - kind 1 (`key`): sealed with a 32-byte key the caller holds (data files, the wrapped data key);
 * - kind 2 (`password`): carries its own scrypt salt and parameters (review bundles sent by file).
 *
 * Every header byte before the IV is authenticated as associated data, so changing the version,
 * kind or KDF parameters makes opening fail like a wrong key does. The first magic byte, 0x89, can
 * never start valid UTF-8, so a plaintext data file (JSON) or document text (UTF-8) is never
 * mistaken for an envelope, and `isEnvelope` tells them apart without a key.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

export const MAGIC = Buffer.from([0x89, 0x43, 0x52, 0x45, 0x4e, 0x43, 0x0d, 0x0a]);
export const ENVELOPE_VERSION = 1;
const KIND_KEY = 1;
const KIND_PASSWORD = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

export interface KdfParams {
  /** scrypt cost N = 2^log2N. */
  log2N: number;
  r: number;
  p: number;
}

/**
 * N = 2^16, r = 8, p = 1: 64 MB of memory and ≈ 0.14 s per derivation on the 2-CPU test machine
 * (docs/RELIABILITY.md, "Encryption at rest"); a slow council laptop stays well under 1 s.
 */
export const KDF_DEFAULTS: Readonly<KdfParams> = { log2N: 16, r: 8, p: 1 };

/** What an envelope from outside (a bundle) may ask for: enough for any sane setting, not a memory bomb. */
const KDF_BOUNDS = { log2N: [10, 20], r: [1, 16], p: [1, 4] } as const;

/** The bytes are not an envelope we can read, or do not open with this key (wrong key or tampered). */
export class EnvelopeError extends Error {
  constructor(readonly reason: 'format' | 'version' | 'params' | 'auth') {
    super(`envelope: ${reason}`);
    this.name = 'EnvelopeError';
  }
}

export function isEnvelope(bytes: Uint8Array): boolean {
  if (bytes.byteLength < MAGIC.byteLength) return false;
  for (let i = 0; i < MAGIC.byteLength; i++) if (bytes[i] !== MAGIC[i]) return false;
  return true;
}

/** Derives a 32-byte key from a secret (NFC-normalised, so the same Korean password typed on any keyboard matches). */
export function deriveKey(secret: string, salt: Uint8Array, params: KdfParams = KDF_DEFAULTS): Promise<Buffer> {
  checkParams(params);
  const N = 2 ** params.log2N;
  const maxmem = 128 * N * params.r * params.p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, { N, r: params.r, p: params.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function checkParams(params: KdfParams): void {
  for (const name of ['log2N', 'r', 'p'] as const) {
    const value = params[name];
    const [min, max] = KDF_BOUNDS[name];
    if (!Number.isInteger(value) || value < min || value > max) throw new EnvelopeError('params');
  }
}

/** Seals `plain` with a 32-byte key (kind 1). */
export function seal(key: Uint8Array, plain: Uint8Array): Buffer {
  return sealWithHeader(key, header(KIND_KEY), plain);
}

/** Opens a kind-1 envelope; EnvelopeError('auth') for a wrong key or changed bytes. */
export function open(key: Uint8Array, envelope: Uint8Array): Buffer {
  const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  const kind = readHead(bytes);
  if (kind !== KIND_KEY) throw new EnvelopeError('format');
  return openAt(key, bytes, 10);
}

/** Seals with a password: a fresh salt, and the KDF parameters written into the envelope (kind 2). */
export async function sealWithPassword(password: string, plain: Uint8Array, params: KdfParams = KDF_DEFAULTS): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, params);
  try {
    const head = Buffer.concat([header(KIND_PASSWORD), Buffer.from([params.log2N, params.r, params.p, salt.byteLength]), salt]);
    return sealWithHeader(key, head, plain);
  } finally {
    key.fill(0);
  }
}

/** Opens a kind-2 envelope with its password; EnvelopeError('auth') for a wrong password. */
export async function openWithPassword(password: string, envelope: Uint8Array): Promise<Buffer> {
  const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  const kind = readHead(bytes);
  if (kind !== KIND_PASSWORD || bytes.byteLength < 14) throw new EnvelopeError('format');
  const params: KdfParams = { log2N: bytes[10]!, r: bytes[11]!, p: bytes[12]! };
  const saltLength = bytes[13]!;
  if (saltLength < 8 || saltLength > 64 || bytes.byteLength < 14 + saltLength + IV_BYTES + TAG_BYTES) throw new EnvelopeError('format');
  checkParams(params);
  const key = await deriveKey(password, bytes.subarray(14, 14 + saltLength), params);
  try {
    return openAt(key, bytes, 14 + saltLength);
  } finally {
    key.fill(0);
  }
}

function header(kind: number): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([ENVELOPE_VERSION, kind])]);
}

function sealWithHeader(key: Uint8Array, head: Buffer, plain: Uint8Array): Buffer {
  if (key.byteLength !== KEY_BYTES) throw new Error('envelope key must be 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(head);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([head, iv, cipher.getAuthTag(), body]);
}

function readHead(bytes: Buffer): number {
  if (!isEnvelope(bytes) || bytes.byteLength < 10) throw new EnvelopeError('format');
  if (bytes[8] !== ENVELOPE_VERSION) throw new EnvelopeError('version');
  return bytes[9]!;
}

function openAt(key: Uint8Array, bytes: Buffer, headLength: number): Buffer {
  if (key.byteLength !== KEY_BYTES) throw new Error('envelope key must be 32 bytes');
  if (bytes.byteLength < headLength + IV_BYTES + TAG_BYTES) throw new EnvelopeError('format');
  const iv = bytes.subarray(headLength, headLength + IV_BYTES);
  const tag = bytes.subarray(headLength + IV_BYTES, headLength + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(bytes.subarray(0, headLength));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(bytes.subarray(headLength + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new EnvelopeError('auth');
  }
}
