import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { builtReaderWorker, createDocumentReader, readHere } from '../../electron/service/documentReader';
import { readTreeFile, treeFileOf } from '../../electron/service/treeFiles';
import { digestOf, readStoredText } from '../../electron/service/reading';
import { repoRoot } from '../helpers/app';
import { tempDir } from '../helpers/service';

// The built app's worker (out/main/readerWorker.js, built by the e2e setup) is the one that answers,
// not the fallback in this thread.
it('the built readerWorker.js answers the reads of the app', async () => {
  const seeds = resolve(repoRoot, 'seeds');
  const text = readFileSync(join(seeds, readdirSync(seeds).find((n) => n.endsWith('.txt'))!), 'utf8');
  const start = builtReaderWorker(resolve(repoRoot, 'out/main'));
  let answered = 0;
  const reader = createDocumentReader(() => {
    const worker: Worker = start();
    worker.on('message', (reply: object) => void ('projects' in reply && answered++));
    return worker;
  });
  const projects = await reader.read(text, { corrections: [] });
  await reader.close();
  expect(answered).toBe(1);
  expect(projects.length).toBeGreaterThan(10);
  expect(projects).toEqual(readStoredText(text, { corrections: [] }).projects.map(digestOf));
});

it('the built worker keeps the parse it made, and the next read (here or there) takes it from the file', async () => {
  const seeds = resolve(repoRoot, 'seeds');
  const text = readFileSync(join(seeds, readdirSync(seeds).find((n) => n.endsWith('.txt'))!), 'utf8');
  const kept = treeFileOf(tempDir('worker-trees'), 'doc-1', 'b'.repeat(64));
  const reader = createDocumentReader(builtReaderWorker(resolve(repoRoot, 'out/main')));
  const projects = await reader.read(text, { corrections: [] }, kept);
  await reader.close();
  const stored = readTreeFile(kept);
  expect(stored?.projects.map(digestOf)).toEqual(projects);
  // A read with the kept file does not need the text: an empty one gives the same projects.
  expect(readHere('', { corrections: [] }, kept)).toEqual(projects);
});
