/**
 * Worker thread of documentReader.ts: reads a document's text into its projects' digests. Parsing
 * hundreds of documents leaves a great deal of garbage; made here, it goes with the worker's heap
 * instead of leaving the main heap's pages half empty (at 400 documents, hundreds of megabytes).
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ReaderJob, ReaderReply } from './documentReader';
import { readHere } from './documentReader';
import { writeTreeFileSync } from './treeFiles';

const port = parentPort;
if (!port) throw new Error('readerWorker.ts runs as a worker thread');
// On Linux a thread has its own nice value (setpriority on 0 is the calling thread): parsing in
// the background then gives way to the screen and the main thread. Elsewhere it would be the
// whole app's priority, so it is left alone.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // not allowed here: parse at the usual priority
  }
}
port.on('message', ({ id, text, plan, kept }: ReaderJob) => {
  let reply: ReaderReply;
  try {
    reply = { id, projects: readHere(text, plan, kept, writeTreeFileSync) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
// Loaded: from now on a failure is one job's, not the worker's start (documentReader.ts).
port.postMessage({ ready: true } satisfies ReaderReply);
