/**
 * The service as the app's two transports open it (Electron's IPC, browser mode's HTTP): the data
 * folder with the background timings both want, the built reader worker, and the dispatcher.
 */
import { createDispatcher } from './dispatch';
import type { Dispatch } from './dispatch';
import type { ContextOptions, ServiceContext } from './service/context';
import { createServiceContext } from './service/context';
import { READ_NOTES_AFTER_MS } from './service/db';
import { builtReaderWorker } from './service/documentReader';
import { WARM_SEARCH_AFTER_MS } from './service/search';

export interface AppService {
  ctx: ServiceContext;
  dispatch: Dispatch;
}

/** `entryDir`: the folder of the built entry point, where readerWorker.js sits beside it. */
export async function openAppService(options: Pick<ContextOptions, 'dataDir' | 'seedsDir' | 'transport' | 'emit' | 'secrets'>, entryDir: string): Promise<AppService> {
  const ctx = await createServiceContext({
    ...options,
    warmSearchAfterMs: WARM_SEARCH_AFTER_MS,
    readNotesAfterMs: READ_NOTES_AFTER_MS,
    readerWorker: builtReaderWorker(entryDir),
  });
  return { ctx, dispatch: createDispatcher(ctx) };
}
