/**
 * The optional PIN lock with encryption at rest (off by default).
 *
 * `security.json` in the data folder (plaintext, small) says whether it is on and holds what is
 * needed to check a secret — the scrypt salt and parameters and the data key sealed with the key
 * derived from the secret — never the secret or a usable key. The data key (random, 32 bytes)
 * encrypts the data file, every backup and every document text (crypto/envelope.ts); it lives in
 * memory (crypto/keyring.ts) only while the app is unlocked. Changing the PIN re-seals the data key
 * only, in one atomic write of security.json.
 *
 * States: off → unlocked (store open) ⇄ locked (store closed, key and caches dropped). With the lock
 * on, the app starts locked; every API method but app:info, security:status and security:unlock
 * answers `locked`. Wrong secrets back off exponentially after three (persisted, so a restart does
 * not reset it). The service locks itself after `idleMinutes` without API calls.
 *
 * Crash safety. Invariant: every data file under its real name is complete, and is either
 * plaintext or an envelope under the key security.json describes. Files are only ever replaced by
 * an atomic rename, so:
 *  - turning on: (1) encrypted copies `<file>.sec-next` beside each file, (2) security.json switched
 *    on, (3) each copy renamed over its plaintext file. A crash before (2) leaves the app off with
 *    its plaintext files (copies under an unsaved key are deleted at the next start); after (2) the
 *    app starts locked, and unlocking finishes the job (leftover copies deleted, any plaintext file
 *    encrypted in place).
 *  - turning off: each file decrypted in place (atomic write), then security.json switched off. A
 *    crash before the switch leaves the lock on, and the next unlock re-encrypts what was decrypted.
 */
import { randomBytes } from 'node:crypto';
import { open as openFile, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiArgs, SecurityStatus } from '@shared/api';
import { IDLE_DEFAULT_MINUTES, securityText } from '@shared/text/security';
import { syncFolder, writeFileAtomic } from './atomicFile';
import { BACKUP_DIR } from './backups';
import type { ServiceContext } from './context';
import { DATA_FILE } from './db';
import { storeFolders } from './store/generations';
import { removeBodyCache } from './bodyFiles';
import { removeTreeCache } from './treeFiles';
import { forgetSearchIndex } from './search';
import type { KdfParams } from './crypto/envelope';
import { EnvelopeError, KDF_DEFAULTS, KEY_BYTES, MAGIC, SALT_BYTES, deriveKey, isEnvelope, open, seal } from './crypto/envelope';
import { fileKey, setFileKey } from './crypto/keyring';
import { ServiceError } from './errors';
import { acquireDataLock } from './lock';
import type { DataLock } from './lock';

export const SECURITY_FILE = 'security.json';
const FORMAT = 'council-review-security';
const SIDE = '.sec-next';
/** Wrong secrets allowed before the first wait. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_S = 30;
const MAX_WAIT_S = 15 * 60;
const IDLE_CHECK_MS = 15_000;

/** Methods a locked app still answers. */
export const OPEN_WHEN_LOCKED: ReadonlySet<string> = new Set(['app:info', 'security:status', 'security:unlock']);
/** Methods that change the security state: they run alone, after every call in flight has finished. */
const EXCLUSIVE: ReadonlySet<string> = new Set(['security:unlock', 'security:lock', 'security:enable', 'security:disable', 'security:change']);

export interface SecurityFile {
  format: typeof FORMAT;
  version: 1;
  enabled: boolean;
  kind?: 'pin' | 'password';
  kdf?: KdfParams & { name: 'scrypt'; salt: string };
  /** The data key, sealed with the key derived from the secret (base64 envelope). Opening it checks the secret. */
  wrappedKey?: string;
  idleMinutes: number;
  failures: { count: number; retryAt?: number };
}

/** Points in turning encryption on or off where tests may simulate a crash (throw). */
export type MigrationStep = 'copy' | 'before-switch' | 'after-switch' | 'replace' | 'decrypt';

export interface SecurityOptions {
  /** Clock in ms (tests inject one). */
  now?: () => number;
  /** Called at each step of a migration; a test throws here to simulate a crash. */
  fault?: (step: MigrationStep, file?: string) => void | Promise<void>;
  /** scrypt parameters for new secrets (default KDF_DEFAULTS). */
  kdf?: KdfParams;
  /** How often the idle lock is checked; 0 turns the timer off (tests call checkIdle). */
  idleCheckMs?: number;
}

export interface DataHooks {
  /** Opens the store (the key is already held). */
  open(): Promise<void>;
  /** Closes the store and drops everything read from it (data, parsed trees, search index). */
  close(): Promise<void>;
  /** Folds the store's journal into its shards, so every file is whole before it is re-encoded. */
  fold(): Promise<void>;
}

export type SecretKind = 'pin' | 'password';

/** 4–8 digits is a PIN; anything else of at least 8 characters is a password. */
export function secretKind(secret: string): SecretKind | null {
  if (/^\d{4,8}$/.test(secret)) return 'pin';
  if ([...secret].length >= 8 && secret.trim().length > 0) return 'password';
  return null;
}

/** Seconds to wait after `count` wrong secrets: none for the first three, then 30 s, 60 s, 120 s … up to 15 min. */
export function backoffSeconds(count: number): number {
  if (count < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** Math.min(count - FREE_ATTEMPTS, 20));
}

export class Security {
  private state: SecurityFile;
  private locked: boolean;
  private lastActivity: number;
  private folderLock: DataLock | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  // A small read/write gate: API calls share it; security changes wait for them and run alone.
  private active = 0;
  private exclusive: Promise<void> | null = null;
  private drained: (() => void) | null = null;
  private readonly now: () => number;

  private constructor(
    readonly dataDir: string,
    state: SecurityFile,
    private readonly by: string,
    private readonly hooks: DataHooks,
    private readonly options: SecurityOptions,
  ) {
    this.state = state;
    this.now = options.now ?? Date.now;
    this.locked = state.enabled;
    this.lastActivity = this.now();
  }

  /**
   * Reads security.json and tidies after an interrupted migration. When the lock is on, the app
   * starts locked, holding the folder's lock itself (the store is not opened until unlock).
   */
  static async open(dataDir: string, by: string, hooks: DataHooks, options: SecurityOptions = {}): Promise<Security> {
    const folderLock = acquireDataLock(dataDir, by);
    try {
      const state = await readSecurityFile(dataDir);
      await removeSideCopies(dataDir);
      if (!state.enabled) await refuseOrphanedEnvelopes(dataDir);
      const security = new Security(dataDir, state, by, hooks, options);
      // Held until the store holds it too (storeOpened), so no other program slips in between.
      security.folderLock = folderLock;
      setFileKey(dataDir, null);
      security.startTimer();
      return security;
    } catch (error) {
      folderLock.release();
      throw error;
    }
  }

  /** The store is open and holds the folder's lock: this share of it is no longer needed. */
  storeOpened(): void {
    this.folderLock?.release();
    this.folderLock = undefined;
  }

  get enabled(): boolean {
    return this.state.enabled;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  status(): SecurityStatus {
    return {
      enabled: this.state.enabled,
      locked: this.locked,
      idleMinutes: this.state.idleMinutes,
      retryAfterSeconds: this.retryAfterSeconds(),
      kind: this.state.enabled ? (this.state.kind ?? null) : null,
    };
  }

  retryAfterSeconds(): number {
    const at = this.state.failures.retryAt;
    return at ? Math.max(0, Math.ceil((at - this.now()) / 1000)) : 0;
  }

  /**
   * Runs one API call: refused with `locked` while locked (unless it may run then), counted as
   * activity for the idle lock, and kept apart from security changes.
   */
  async guard<T>(method: string, args: unknown, run: () => Promise<T>): Promise<T> {
    if (this.locked && !OPEN_WHEN_LOCKED.has(method)) throw new ServiceError('locked', securityText.locked);
    const quiet = method === 'app:info' || (method === 'security:status' && (args as { activity?: boolean } | undefined)?.activity !== true);
    if (!quiet && !this.locked) this.lastActivity = this.now();
    if (EXCLUSIVE.has(method) || method === 'security:status') return run();
    while (this.exclusive) await this.exclusive;
    if (this.locked && !OPEN_WHEN_LOCKED.has(method)) throw new ServiceError('locked', securityText.locked);
    this.active++;
    try {
      return await run();
    } finally {
      this.active--;
      if (this.active === 0 && this.drained) {
        const done = this.drained;
        this.drained = null;
        done();
      }
    }
  }

  private async alone<T>(run: () => Promise<T>): Promise<T> {
    while (this.exclusive) await this.exclusive;
    let release!: () => void;
    this.exclusive = new Promise<void>((r) => (release = r));
    try {
      while (this.active > 0) await new Promise<void>((r) => (this.drained = r));
      return await run();
    } finally {
      this.exclusive = null;
      release();
    }
  }

  // ───────────────────────────── unlock / lock ─────────────────────────────

  async unlock(secret: string): Promise<SecurityStatus> {
    if (!this.state.enabled || !this.locked) return this.status();
    return this.alone(async () => {
      if (!this.locked) return this.status();
      const key = await this.checkSecret(secret, 'locked');
      setFileKey(this.dataDir, key);
      try {
        await this.finishEncryption(key);
        await this.hooks.open();
      } catch (error) {
        setFileKey(this.dataDir, null);
        throw error;
      }
      this.storeOpened();
      this.locked = false;
      this.lastActivity = this.now();
      return this.status();
    });
  }

  async lock(): Promise<SecurityStatus> {
    if (!this.state.enabled) throw new ServiceError('bad-input', securityText.notOn);
    return this.alone(async () => {
      if (!this.locked) await this.toLocked();
      return this.status();
    });
  }

  private async toLocked(): Promise<void> {
    // Keep the folder while the store is closed, so no second program takes it meanwhile.
    this.folderLock ??= acquireDataLock(this.dataDir, this.by);
    this.locked = true;
    try {
      await this.hooks.close();
    } finally {
      setFileKey(this.dataDir, null);
    }
  }

  /** The idle lock: locks when nothing was asked of the service for `idleMinutes`. */
  async checkIdle(): Promise<boolean> {
    const minutes = this.state.idleMinutes;
    if (!this.state.enabled || this.locked || minutes <= 0) return false;
    if (this.now() - this.lastActivity < minutes * 60_000) return false;
    await this.alone(async () => {
      if (!this.locked) await this.toLocked();
    });
    return true;
  }

  private startTimer(): void {
    const every = this.options.idleCheckMs ?? IDLE_CHECK_MS;
    if (every <= 0) return;
    this.timer = setInterval(() => {
      this.checkIdle().catch((error: unknown) => console.error('idle lock failed', error));
    }, every);
    this.timer.unref?.();
  }

  /** Stops the idle timer and lets go of the folder (the store closes itself). */
  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.folderLock?.release();
    this.folderLock = undefined;
    setFileKey(this.dataDir, null);
  }

  // ───────────────────────────── enable / change / disable ─────────────────────────────

  async enable(secret: string, idleMinutes: number): Promise<SecurityStatus> {
    const kind = secretKind(secret);
    if (!kind) throw new ServiceError('bad-input', securityText.badSecret, 'secret');
    return this.alone(async () => {
      if (this.state.enabled) throw new ServiceError('conflict', securityText.alreadyOn);
      const params = this.options.kdf ?? KDF_DEFAULTS;
      const salt = randomBytes(SALT_BYTES);
      const dataKey = randomBytes(KEY_BYTES);
      const wrapKey = await deriveKey(secret, salt, params);
      const wrappedKey = seal(wrapKey, dataKey).toString('base64');
      wrapKey.fill(0);

      // 1. An encrypted copy beside every plaintext file; nothing under a real name changes yet.
      await this.hooks.fold();
      const files = await dataFiles(this.dataDir);
      const copies: string[] = [];
      try {
        for (const file of files) {
          const bytes = await readFile(file).catch(() => null);
          if (!bytes || isEnvelope(bytes)) continue;
          await writeFileAtomic(file + SIDE, seal(dataKey, bytes));
          copies.push(file);
          await this.options.fault?.('copy', file);
        }
        await this.options.fault?.('before-switch');
      } catch (error) {
        await removeSideCopies(this.dataDir).catch(() => undefined);
        dataKey.fill(0);
        throw error;
      }

      // 2. The switch: from here on the app is encrypted (and would start locked).
      await this.save({
        format: FORMAT,
        version: 1,
        enabled: true,
        kind,
        kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
        wrappedKey,
        idleMinutes,
        failures: { count: 0 },
      });
      setFileKey(this.dataDir, dataKey);
      this.locked = false;
      this.lastActivity = this.now();
      await this.options.fault?.('after-switch');

      // 3. The encrypted copies replace the plaintext files.
      for (const file of copies) {
        await rename(file + SIDE, file);
        await this.options.fault?.('replace', file);
      }
      await syncFolders(this.dataDir);
      return this.status();
    });
  }

  async change(secret: string, newSecret: string | undefined, idleMinutes: number | undefined): Promise<SecurityStatus> {
    const kind = newSecret === undefined ? undefined : secretKind(newSecret);
    if (kind === null) throw new ServiceError('bad-input', securityText.badSecret, 'newSecret');
    return this.alone(async () => {
      if (!this.state.enabled) throw new ServiceError('bad-input', securityText.notOn);
      const dataKey = await this.checkSecret(secret, 'forbidden');
      const next: SecurityFile = { ...this.state, failures: { count: 0 } };
      if (idleMinutes !== undefined) next.idleMinutes = idleMinutes;
      if (newSecret !== undefined && kind) {
        const params = this.options.kdf ?? KDF_DEFAULTS;
        const salt = randomBytes(SALT_BYTES);
        const wrapKey = await deriveKey(newSecret, salt, params);
        next.kind = kind;
        next.kdf = { name: 'scrypt', ...params, salt: salt.toString('base64') };
        next.wrappedKey = seal(wrapKey, dataKey).toString('base64');
        wrapKey.fill(0);
      }
      if (dataKey !== fileKey(this.dataDir)) dataKey.fill(0);
      await this.save(next);
      return this.status();
    });
  }

  async disable(secret: string): Promise<SecurityStatus> {
    return this.alone(async () => {
      if (!this.state.enabled) throw new ServiceError('bad-input', securityText.notOn);
      const dataKey = await this.checkSecret(secret, 'forbidden');
      if (this.locked) {
        // Turned off from the locked state (not offered by the UI, but allowed): the data is
        // opened first, so a journal left by a crash is folded with the key before files are decrypted.
        setFileKey(this.dataDir, dataKey);
        try {
          await this.finishEncryption(dataKey);
          await this.hooks.open();
        } catch (error) {
          setFileKey(this.dataDir, null);
          throw error;
        }
        this.storeOpened();
        this.locked = false;
      }
      await this.hooks.fold();
      // 1. Each file decrypted in place (atomic write); the lock stays on until all are done.
      for (const file of await dataFiles(this.dataDir)) {
        const bytes = await readFile(file).catch(() => null);
        if (!bytes || !isEnvelope(bytes)) continue;
        let plain: Buffer;
        try {
          plain = open(dataKey, bytes);
        } catch (error) {
          if (!(error instanceof EnvelopeError)) throw error;
          console.error('left a file that does not open as it is', file);
          continue;
        }
        await writeFileAtomic(file, plain);
        await this.options.fault?.('decrypt', file);
      }
      await this.options.fault?.('before-switch');
      // 2. The switch.
      await this.save({ format: FORMAT, version: 1, enabled: false, idleMinutes: this.state.idleMinutes, failures: { count: 0 } });
      setFileKey(this.dataDir, null);
      dataKey.fill(0);
      return this.status();
    });
  }

  // ───────────────────────────── inside ─────────────────────────────

  /**
   * The data key if `secret` opens it. A wrong secret is counted (persisted) and answered with
   * `code`; during a back-off wait the KDF is not even tried.
   */
  private async checkSecret(secret: string, code: 'locked' | 'forbidden'): Promise<Buffer> {
    const wait = this.retryAfterSeconds();
    if (wait > 0) throw new ServiceError(code, securityText.retryIn(wait), 'secret');
    const { kdf, wrappedKey } = this.state;
    if (!kdf || !wrappedKey) throw new Error('security.json has no key to check against');
    let wrapKey: Buffer | undefined;
    try {
      wrapKey = await deriveKey(secret, Buffer.from(kdf.salt, 'base64'), kdf);
      const key = open(wrapKey, Buffer.from(wrappedKey, 'base64'));
      if (key.byteLength !== KEY_BYTES) throw new EnvelopeError('format');
      if (this.state.failures.count > 0) await this.save({ ...this.state, failures: { count: 0 } });
      // The same secret while unlocked: hand back the key already held, not a second copy.
      const held = fileKey(this.dataDir);
      if (held && held.equals(key)) {
        key.fill(0);
        return held;
      }
      return key;
    } catch (error) {
      if (!(error instanceof EnvelopeError)) throw error;
      const count = this.state.failures.count + 1;
      const waitS = backoffSeconds(count);
      await this.save({ ...this.state, failures: { count, ...(waitS > 0 ? { retryAt: this.now() + waitS * 1000 } : {}) } });
      const message = waitS > 0 ? securityText.retryIn(waitS) : securityText.wrongSecret(FREE_ATTEMPTS - count);
      throw new ServiceError(code, message, 'secret');
    } finally {
      wrapKey?.fill(0);
    }
  }

  /** After an interrupted turn-on: copies beside files deleted, any plaintext file encrypted in place. */
  private async finishEncryption(key: Buffer): Promise<void> {
    await removeSideCopies(this.dataDir);
    for (const file of await dataFiles(this.dataDir)) {
      if (await startsWithEnvelope(file)) continue; // the usual case: only the first bytes are read
      const bytes = await readFile(file).catch(() => null);
      if (bytes && !isEnvelope(bytes)) await writeFileAtomic(file, seal(key, bytes));
    }
  }

  private async save(next: SecurityFile): Promise<void> {
    await writeFileAtomic(join(this.dataDir, SECURITY_FILE), `${JSON.stringify(next, null, 2)}\n`);
    this.state = next;
  }
}

async function readSecurityFile(dataDir: string): Promise<SecurityFile> {
  const path = join(dataDir, SECURITY_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { format: FORMAT, version: 1, enabled: false, idleMinutes: IDLE_DEFAULT_MINUTES, failures: { count: 0 } };
    throw error;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<SecurityFile>;
    if (parsed.format !== FORMAT || typeof parsed.enabled !== 'boolean') throw new Error('format');
    const failures = parsed.failures && Number.isInteger(parsed.failures.count) ? parsed.failures : { count: 0 };
    const idleMinutes = Number.isInteger(parsed.idleMinutes) ? parsed.idleMinutes! : IDLE_DEFAULT_MINUTES;
    if (parsed.enabled && (!parsed.kdf || typeof parsed.kdf.salt !== 'string' || typeof parsed.wrappedKey !== 'string')) throw new Error('no key');
    return { ...(parsed as SecurityFile), idleMinutes, failures };
  } catch {
    throw new Error(securityText.settingsDamaged(path));
  }
}

/**
 * Every file of the folder that holds user data: the store's manifests, shards and damaged copies,
 * the single-file era's data file, its damaged copies and backups, document texts.
 */
export async function dataFiles(dataDir: string): Promise<string[]> {
  const list = async (folder: string, keep: (name: string) => boolean) =>
    (await readdir(folder).catch(() => [] as string[])).filter(keep).sort().map((name) => join(folder, name));
  const isFile = async (path: string) => (await stat(path).catch(() => null))?.isFile() ?? false;
  const candidates = [
    ...(await list(dataDir, (n) => n === DATA_FILE || n.startsWith(`${DATA_FILE}.damaged-`))),
    ...(await list(join(dataDir, BACKUP_DIR), (n) => n.endsWith('.json'))),
    ...(await list(join(dataDir, 'documents'), (n) => n.endsWith('.txt'))),
    ...(await Promise.all(storeFolders(dataDir).map((folder) => list(folder, (n) => !n.endsWith('.tmp'))))).flat(),
  ];
  const files: string[] = [];
  for (const path of candidates) if (!path.includes(SIDE) && (await isFile(path))) files.push(path);
  return files;
}

async function startsWithEnvelope(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(MAGIC.byteLength);
    const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
    return bytesRead === head.byteLength && isEnvelope(head);
  } finally {
    await handle.close();
  }
}

/** Copies (and their temp files) left by a turn-on that did not finish. */
async function removeSideCopies(dataDir: string): Promise<void> {
  for (const folder of dataFolders(dataDir)) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (name.includes(SIDE)) await rm(join(folder, name), { force: true });
    }
  }
}

/** An encrypted data file while security.json says off (or is missing): stop, never start empty over it. */
async function refuseOrphanedEnvelopes(dataDir: string): Promise<void> {
  const store = storeFolders(dataDir)[0]!;
  const manifests = (await readdir(store).catch(() => [] as string[])).filter((n) => n.startsWith('manifest-') && n.endsWith('.json'));
  for (const file of [join(dataDir, DATA_FILE), ...manifests.map((n) => join(store, n))]) {
    const head = await readFile(file).catch(() => null);
    if (head && isEnvelope(head)) throw new Error(securityText.settingsMissing(join(dataDir, SECURITY_FILE)));
  }
}

async function syncFolders(dataDir: string): Promise<void> {
  for (const folder of dataFolders(dataDir)) await syncFolder(folder);
}

function dataFolders(dataDir: string): string[] {
  return [dataDir, join(dataDir, BACKUP_DIR), join(dataDir, 'documents'), ...storeFolders(dataDir)];
}

// ───────────────────────────── API handlers ─────────────────────────────

export async function securityStatus(ctx: ServiceContext): Promise<SecurityStatus> {
  return ctx.security.status();
}

export async function unlock(ctx: ServiceContext, args: ApiArgs<'security:unlock'>): Promise<SecurityStatus> {
  return ctx.security.unlock(args.secret);
}

export async function lockNow(ctx: ServiceContext): Promise<SecurityStatus> {
  return ctx.security.lock();
}

export async function enableSecurity(ctx: ServiceContext, args: ApiArgs<'security:enable'>): Promise<SecurityStatus> {
  // The search index keeps project bodies in clear files only while nothing is encrypted
  // (bodyFiles.ts), and parsed trees are kept the same way (treeFiles.ts): they go first, and the
  // index is built again with its bodies in memory. The trees go again after: one being written
  // meanwhile (the reader's worker) must not stay.
  forgetSearchIndex(ctx);
  removeBodyCache(ctx.dataDir);
  removeTreeCache(ctx.dataDir);
  const status = await ctx.security.enable(args.secret, args.idleMinutes);
  removeTreeCache(ctx.dataDir);
  return status;
}

export async function disableSecurity(ctx: ServiceContext, args: ApiArgs<'security:disable'>): Promise<SecurityStatus> {
  return ctx.security.disable(args.secret);
}

export async function changeSecurity(ctx: ServiceContext, args: ApiArgs<'security:change'>): Promise<SecurityStatus> {
  return ctx.security.change(args.secret, args.newSecret, args.idleMinutes);
}
