/**
 * What every service function receives: the store, the data folder and an event sink.
 * Built once per process by `createServiceContext`, the same for Electron, browser mode and CLI.
 */
import type { ApiEvent, ApiEvents } from '@shared/api';
import type { PlanDocument } from '@shared/parser/types';
import type { Store } from './db';
import { openStore } from './db';
import { refreshParsedRecords } from './library';
import { importSamplesOnce } from './samples';

export interface ServiceContext {
  store: Store;
  dataDir: string;
  seedsDir: string;
  transport: 'electron' | 'browser' | 'cli';
  notices: string[];
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
  /** Parsed trees kept in memory, by document id: parsing is cheap but not free. */
  treeCache: Map<string, PlanDocument>;
}

export interface ContextOptions {
  dataDir: string;
  seedsDir: string;
  transport: ServiceContext['transport'];
  emit?: ServiceContext['emit'];
}

export async function createServiceContext(options: ContextOptions): Promise<ServiceContext> {
  const { store, notices } = await openStore(options.dataDir);
  const ctx: ServiceContext = {
    store,
    dataDir: options.dataDir,
    seedsDir: options.seedsDir,
    transport: options.transport,
    notices,
    emit: options.emit ?? (() => undefined),
    treeCache: new Map(),
  };
  await refreshParsedRecords(ctx);
  await importSamplesOnce(ctx);
  return ctx;
}
