import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDispatcher } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/service/context';
import { createServiceContext } from '../../electron/service/context';
import type { StartWorker } from '../../electron/service/documentReader';

export const repoSeedsDir = resolve(import.meta.dirname, '..', '..', 'seeds');

export function tempDir(label = 'unit'): string {
  return mkdtempSync(join(tmpdir(), `council-${label}-`));
}

interface ContextTestOptions {
  samples?: boolean;
  dataDir?: string;
  warmSearchAfterMs?: number;
  readNotesAfterMs?: number;
  /** Read documents in this worker thread, as the app does (tests/helpers/sourceWorker.ts). */
  readerWorker?: StartWorker;
}

/** A real service context on a real lowdb file in a fresh temp folder. */
export async function makeContext(options: ContextTestOptions = {}): Promise<ServiceContext> {
  return createServiceContext({
    dataDir: options.dataDir ?? tempDir(),
    seedsDir: options.samples ? repoSeedsDir : tempDir('noseeds'),
    transport: 'cli',
    warmSearchAfterMs: options.warmSearchAfterMs,
    readNotesAfterMs: options.readNotesAfterMs,
    readerWorker: options.readerWorker,
  });
}

/** A dispatcher over a fresh context, calling the API exactly as the transports do. */
export async function makeApi(options: ContextTestOptions = {}) {
  const ctx = await makeContext(options);
  const dispatch = createDispatcher(ctx, () => undefined);
  return { ctx, call: (method: unknown, args?: unknown) => dispatch(method, args) };
}

export const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
