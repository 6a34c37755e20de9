/**
 * What every service function receives: the store, the data folder and an event sink.
 * Built once per process by `createServiceContext`, the same for Electron, browser mode and CLI.
 *
 * With the PIN lock on (security.ts) the context starts locked: `store` is a stand-in that refuses,
 * and the real store is opened on `security:unlock`; `security:lock` closes it again and drops the
 * parsed trees and the search index.
 */
import type { ApiEvent, ApiEvents } from '@shared/api';
import type { Store } from './db';
import { openStore } from './db';
import { LockedError, fileKey } from './crypto/keyring';
import { removeBodyCache } from './bodyFiles';
import { removeTreeCache } from './treeFiles';
import { refreshParsedRecords } from './library';
import { importSamplesOnce } from './samples';
import { forgetSearchIndex, warmSearchIndex } from './search';
import type { SecurityOptions } from './security';
import { Security } from './security';
import type { SecretBox } from './sync/index';
import { startSync, stopSync, syncAfterWrite } from './sync/index';
import { TreeCache } from './treeCache';
import { ProjectCatalog } from './catalog';
import { Activity } from './activity';
import { forgetNotePositions } from './annotations';
import { createDocumentReader } from './documentReader';
import type { DocumentReader, StartWorker } from './documentReader';

export interface ServiceContext {
  store: Store;
  dataDir: string;
  seedsDir: string;
  transport: 'electron' | 'browser' | 'cli';
  notices: string[];
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
  /** Parsed trees kept in memory, by document id, the most recently used ones (treeCache.ts). */
  treeCache: TreeCache;
  /** Every parsed document's projects, the few fields lists need (catalog.ts). */
  catalog: ProjectCatalog;
  /** Reads stored documents into project digests for the catalog and the index, in a worker thread if given one. */
  reader: DocumentReader;
  /** When API calls ran (the dispatcher counts them), for background work to wait for a quiet moment. */
  activity: Activity;
  /** The PIN lock: locked/unlocked state, idle lock, and the gate every API call passes. */
  security: Security;
  /** The OS keychain (Electron safeStorage) for the sync password; absent in browser mode and the CLI. */
  secrets?: SecretBox;
  /** Retry delays of live sync after a network fault (tests shorten them). */
  syncRetry?: { firstMs: number; maxMs: number };
}

export interface ContextOptions {
  dataDir: string;
  seedsDir: string;
  transport: ServiceContext['transport'];
  emit?: ServiceContext['emit'];
  /** Clock, crash hooks and KDF parameters of the PIN lock (tests). */
  security?: SecurityOptions;
  secrets?: SecretBox;
  syncRetry?: ServiceContext['syncRetry'];
  /**
   * Build the search index in the background this many ms after the data is open (search.ts), so
   * the first search of the day does not wait for hundreds of documents to be parsed, and the
   * start (library, first document) does not share the CPU with it. The app's transports want
   * it; the CLI and most tests do not (undefined).
   */
  warmSearchAfterMs?: number;
  /** Read the notes this long after opening unless a call needs them sooner (db.ts OpenOptions); undefined: at once. */
  readNotesAfterMs?: number;
  /**
   * Starts the worker thread that reads documents for the catalog and the search index
   * (documentReader.ts): Electron and browser mode give the built readerWorker.js; without it
   * documents are read in the main thread.
   */
  readerWorker?: StartWorker;
}

export async function createServiceContext(options: ContextOptions): Promise<ServiceContext> {
  const ctx = {
    dataDir: options.dataDir,
    seedsDir: options.seedsDir,
    transport: options.transport,
    notices: [],
    emit: options.emit ?? (() => undefined),
    treeCache: new TreeCache(),
    catalog: new ProjectCatalog(),
    activity: new Activity(),
    reader: createDocumentReader(options.readerWorker),
    secrets: options.secrets,
    syncRetry: options.syncRetry,
  } as unknown as ServiceContext;
  ctx.store = lockedStore(ctx);
  ctx.security = await Security.open(options.dataDir, options.transport, { open: () => openData(ctx, options), close: () => closeData(ctx), fold: () => ctx.store.checkpoint() }, options.security);
  if (!ctx.security.enabled) {
    try {
      await openData(ctx, options);
    } catch (error) {
      ctx.security.dispose();
      throw error;
    }
    ctx.security.storeOpened();
  }
  return ctx;
}

async function openData(ctx: ServiceContext, options: ContextOptions): Promise<void> {
  const { store, notices } = await openStore(ctx.dataDir, { readNotesAfterMs: options.readNotesAfterMs });
  // Encrypted data never has search bodies or parsed trees in clear beside it (bodyFiles.ts,
  // treeFiles.ts), even from a crash.
  if (fileKey(ctx.dataDir)) {
    removeBodyCache(ctx.dataDir);
    removeTreeCache(ctx.dataDir);
  }
  ctx.store = withSync(ctx, store);
  ctx.notices = notices;
  await refreshParsedRecords(ctx);
  await importSamplesOnce(ctx);
  if (options.warmSearchAfterMs !== undefined) warmSearchIndex(ctx, options.warmSearchAfterMs);
  await startSync(ctx);
}

/** The store as every service sees it: live sync hears of each write and stops before it closes. */
function withSync(ctx: ServiceContext, store: Store): Store {
  return {
    dataDir: store.dataDir,
    read: () => store.read(),
    write: async (mutator) => {
      const result = await store.write(mutator);
      syncAfterWrite(ctx);
      return result;
    },
    checkpoint: () => store.checkpoint(),
    whenLoaded: (options) => store.whenLoaded(options),
    counts: () => store.counts(),
    close: async () => {
      await stopSync(ctx);
      await store.close();
    },
  };
}

async function closeData(ctx: ServiceContext): Promise<void> {
  const store = ctx.store;
  ctx.store = lockedStore(ctx);
  ctx.treeCache.clear();
  ctx.catalog.clear();
  forgetNotePositions();
  forgetSearchIndex(ctx);
  ctx.notices = [];
  await ctx.reader.close();
  await store.close();
}

/** The store while locked: nothing to read or write; closing it lets go of the folder. */
function lockedStore(ctx: ServiceContext): Store {
  return {
    dataDir: ctx.dataDir,
    read: () => {
      throw new LockedError();
    },
    write: () => Promise.reject(new LockedError()),
    checkpoint: async () => undefined,
    whenLoaded: async () => undefined,
    counts: () => {
      throw new LockedError();
    },
    close: async () => ctx.security?.dispose(),
  };
}
