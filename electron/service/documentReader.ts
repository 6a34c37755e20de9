/**
 * Reads stored documents into project digests for the catalog and the search index, in a worker
 * thread (readerWorker.ts) when the transport gives one: the parse's garbage then stays out of the
 * main heap, and the main thread keeps answering while hundreds of documents are read. The worker
 * ends after a moment without work, giving its memory back.
 *
 * Never worse than reading here: with no worker, one that cannot start, or one that fails, the
 * same steps (reading.ts) run in this thread.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlanDocument, ProjectDigest } from '@shared/parser/types';
import type { ReadingPlan } from './reading';
import { digestOf, readStoredTextKept } from './reading';
import type { TreeFile } from './treeFiles';
import { writeTreeFile } from './treeFiles';

export interface ReaderJob {
  id: number;
  /** The text, or its UTF-8 bytes (decoding 400 documents took the main thread 2 s). */
  text: string | Uint8Array;
  plan: ReadingPlan;
  /** Where its parse is kept between starts (treeFiles.ts): read from there, or written there. */
  kept?: TreeFile;
}

export type ReaderReply = { ready: true } | { id: number; projects: ProjectDigest[] } | { id: number; error: string };

export interface DocumentReader {
  /** The document's projects as digests (the same, read in the worker or in this thread). */
  read(text: string | Uint8Array, plan: ReadingPlan, kept?: TreeFile): Promise<readonly ProjectDigest[]>;
  /** Ends the worker (the data closes or locks); pending reads finish in this thread. */
  close(): Promise<void>;
}

/** Starts the worker thread running readerWorker.ts (the built file, or the source under tsx in tests). */
export type StartWorker = () => Worker;

/** The worker ends this long after its last job: a build's documents come one after another. */
export const READER_IDLE_MS = 2_000;

/** The digests of a document read in this thread; a new parse is kept by `keep` (the worker writes it at once, the main thread in the background). */
export function readHere(
  text: string | Uint8Array,
  plan: ReadingPlan,
  kept?: TreeFile,
  keep: (target: TreeFile, parsed: PlanDocument) => void = (target, parsed) => void writeTreeFile(target, parsed),
): ProjectDigest[] {
  const decoded = () => (typeof text === 'string' ? text : utf8.decode(text));
  return readStoredTextKept(decoded, plan, kept, keep).projects.map(digestOf);
}

const utf8 = new TextDecoder();

interface Pending {
  job: ReaderJob;
  resolve: (projects: readonly ProjectDigest[]) => void;
  reject: (error: unknown) => void;
}

class WorkerReader implements DocumentReader {
  private worker: Worker | undefined;
  private ready = false;
  /** The worker could not start (no file, no threads): read here from now on. */
  private unavailable = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly idleMs: number,
  ) {}

  read(text: string | Uint8Array, plan: ReadingPlan, kept?: TreeFile): Promise<readonly ProjectDigest[]> {
    const worker = this.unavailable ? undefined : this.running();
    if (!worker) return Promise.resolve().then(() => readHere(text, plan, kept));
    clearTimeout(this.idleTimer);
    const job: ReaderJob = { id: this.nextId++, text, plan, ...(kept ? { kept } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { job, resolve, reject });
      // Waiting for a reply keeps the process alive (a CLI run); an idle worker does not.
      worker.ref();
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.stopped();
    await worker?.terminate();
  }

  private running(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = this.startWorker();
    } catch {
      this.unavailable = true;
      return undefined;
    }
    this.worker = worker;
    this.ready = false;
    worker.on('message', (reply: ReaderReply) => this.replied(worker, reply));
    worker.on('error', () => this.failed(worker));
    worker.on('exit', () => this.failed(worker));
    return worker;
  }

  private replied(worker: Worker, reply: ReaderReply): void {
    if (worker !== this.worker) return;
    if ('ready' in reply) {
      this.ready = true;
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('projects' in reply) pending.resolve(reply.projects);
    else settleHere(pending);
    if (this.pending.size === 0) {
      worker.unref();
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** The worker died (or never started): what it had is read here; a worker that never got ready is not tried again. */
  private failed(worker: Worker): void {
    if (worker !== this.worker) return;
    if (!this.ready) this.unavailable = true;
    this.stopped();
  }

  /** Forgets the worker; its pending jobs are read in this thread. */
  private stopped(): void {
    this.worker = undefined;
    this.ready = false;
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const pending of left) settleHere(pending);
  }
}

function settleHere({ job, resolve, reject }: Pending): void {
  try {
    resolve(readHere(job.text, job.plan, job.kept));
  } catch (error) {
    reject(error);
  }
}

/** A reader using worker threads started by `startWorker`; without one, it reads in this thread. */
export function createDocumentReader(startWorker?: StartWorker, { idleMs = READER_IDLE_MS } = {}): DocumentReader {
  if (startWorker) return new WorkerReader(startWorker, idleMs);
  return { read: async (text, plan, kept) => readHere(text, plan, kept), close: async () => undefined };
}

/** The built worker beside the transport's entry file (out/main/readerWorker.js). */
export function builtReaderWorker(entryDir: string): StartWorker {
  return () => new Worker(join(entryDir, 'readerWorker.js'));
}
