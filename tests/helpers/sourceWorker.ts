import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StartWorker } from '../../electron/service/documentReader';

const readerWorkerUrl = pathToFileURL(fileURLToPath(new URL('../../electron/service/readerWorker.ts', import.meta.url))).href;

/**
 * readerWorker.ts run from the source, as the app runs the built file: tests and benches run
 * TypeScript, which a worker thread only loads with tsx registered in it first.
 */
export const sourceReaderWorker: StartWorker = () =>
  new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(readerWorkerUrl)}); });`, { eval: true });
