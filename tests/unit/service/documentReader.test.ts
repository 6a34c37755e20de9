import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { targetAt } from '@shared/corrections/apply';
import type { SearchResult } from '@shared/search/types';
import { createDocumentReader } from '../../../electron/service/documentReader';
import type { DocumentReader, StartWorker } from '../../../electron/service/documentReader';
import { catalogOf } from '../../../electron/service/library';
import { digestOf, readStoredText } from '../../../electron/service/reading';
import type { ReadingPlan } from '../../../electron/service/reading';
import { makeApi, repoSeedsDir } from '../../helpers/service';
import { sourceReaderWorker } from '../../helpers/sourceWorker';

const seeds = readdirSync(repoSeedsDir)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .map((name) => readFileSync(join(repoSeedsDir, name), 'utf8'));
const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corrections', 'misread-report.txt'), 'utf8');
const LINES = FIXTURE.split('\n');
const lineOf = (text: string) => LINES.findIndex((l) => l.includes(text)) + 1;
const corrected: ReadingPlan = {
  corrections: [
    { id: 'c1', change: { op: 'mark-project', line: lineOf('◈ 민원') } },
    { id: 'c2', change: { op: 'set-title', ...targetAt(LINES, lineOf('2. 청사')), title: '청사 시설 안전 정비' } },
  ],
};
const plain: ReadingPlan = { corrections: [] };
const here = (text: string, plan: ReadingPlan) => readStoredText(text, plan).projects.map(digestOf);

/** Counts the workers a reader starts, and lets the test see them end. */
function counted(start: StartWorker) {
  const started: Worker[] = [];
  const exited: Promise<number>[] = [];
  const startWorker: StartWorker = () => {
    const worker = start();
    started.push(worker);
    exited.push(new Promise((resolve) => worker.once('exit', resolve)));
    return worker;
  };
  return { startWorker, started, exited };
}

const evalWorker = (code: string): StartWorker => () => new Worker(code, { eval: true });

let readers: DocumentReader[] = [];
afterEach(async () => {
  await Promise.all(readers.map((r) => r.close()));
  readers = [];
});
function reader(startWorker?: StartWorker, idleMs?: number): DocumentReader {
  const made = createDocumentReader(startWorker, idleMs === undefined ? {} : { idleMs });
  readers.push(made);
  return made;
}

describe('document reader (worker thread)', () => {
  it('reads every seed and a corrected document in the worker exactly as in this thread', async () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    const { startWorker, started } = counted(sourceReaderWorker);
    const read = reader(startWorker);
    for (const text of seeds) expect(await read.read(text, plain)).toEqual(here(text, plain));
    const fixed = await read.read(FIXTURE, corrected);
    expect(fixed).toEqual(here(FIXTURE, corrected));
    expect(fixed.some((p) => p.title === '청사 시설 안전 정비')).toBe(true);
    expect(fixed.length).toBe(here(FIXTURE, plain).length + 1);
    // One worker for the whole run of documents.
    expect(started).toHaveLength(1);
  });

  it('reads several documents at once, each answer to its own request', async () => {
    const read = reader(sourceReaderWorker);
    const answers = await Promise.all(seeds.map((text) => read.read(text, plain)));
    answers.forEach((answer, i) => expect(answer).toEqual(here(seeds[i]!, plain)));
  });

  it('ends the worker after a moment without work and starts another when asked again', async () => {
    const { startWorker, started, exited } = counted(sourceReaderWorker);
    const read = reader(startWorker, 50);
    await read.read(seeds[0]!, plain);
    await exited[0];
    expect(await read.read(seeds[1]!, plain)).toEqual(here(seeds[1]!, plain));
    expect(started).toHaveLength(2);
  });

  it('reads in this thread when the worker cannot start, and does not try again', async () => {
    const { startWorker, started } = counted(() => new Worker('/nonexistent/readerWorker.js'));
    const read = reader(startWorker);
    expect(await read.read(seeds[0]!, plain)).toEqual(here(seeds[0]!, plain));
    expect(await read.read(FIXTURE, corrected)).toEqual(here(FIXTURE, corrected));
    expect(started).toHaveLength(1);
    const throwing = reader(() => {
      throw new Error('no threads');
    });
    expect(await throwing.read(seeds[0]!, plain)).toEqual(here(seeds[0]!, plain));
  });

  it('reads in this thread what a worker dying mid-job had, then starts a new worker', async () => {
    // Gets ready, then dies on the first job (as a worker out of memory would).
    const dying = evalWorker(`const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));`);
    const { startWorker, started } = counted(dying);
    const read = reader(startWorker);
    expect(await read.read(seeds[0]!, plain)).toEqual(here(seeds[0]!, plain));
    expect(await read.read(seeds[1]!, plain)).toEqual(here(seeds[1]!, plain));
    expect(started).toHaveLength(2);
  });

  it('reads in this thread a job the worker answered with an error', async () => {
    const refusing = evalWorker(
      `const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'broken' }));`,
    );
    const read = reader(refusing);
    expect(await read.read(FIXTURE, corrected)).toEqual(here(FIXTURE, corrected));
  });

  it('a closed reader finishes its pending reads here', async () => {
    // Ready but never answers: only close() can settle the read.
    const silent = evalWorker(`const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => undefined);`);
    const read = reader(silent);
    const pending = read.read(seeds[2]!, plain);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await read.close();
    expect(await pending).toEqual(here(seeds[2]!, plain));
  });

  it('a context reading in the worker searches and lists projects as one reading in its own thread', async () => {
    const { startWorker, started } = counted(sourceReaderWorker);
    const inWorker = await makeApi({ samples: true, readerWorker: startWorker });
    const inThread = await makeApi({ samples: true });
    // As after a restart: nothing parsed yet (the import kept its trees).
    for (const { ctx } of [inWorker, inThread]) {
      ctx.treeCache.clear();
      ctx.catalog.clear();
    }
    for (const text of ['청렴도', '주민 참여', '예산']) {
      const [a, b] = (await Promise.all([inWorker.call('search:query', { text }), inThread.call('search:query', { text })])) as SearchResult[];
      expect(a.total).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
    for (const record of inWorker.ctx.store.read().documents) {
      expect([...(await catalogOf(inWorker.ctx, record.id))]).toEqual([...(await catalogOf(inThread.ctx, record.id))]);
      expect((await catalogOf(inWorker.ctx, record.id)).size).toBeGreaterThan(0);
    }
    expect(started).toHaveLength(1);
    await inWorker.ctx.reader.close();
  });
});
