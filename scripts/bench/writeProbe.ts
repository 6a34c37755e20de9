/**
 * Child process of the growth bench's write figures: opens a data folder as the app does, with the
 * search index built (as it is a few seconds after start), and times a member's writes there,
 * each against a plain fsynced write of the same shard. A fresh process, so the figures are not
 * the bench's own heap (the archive builder's garbage) but the app's. Prints one JSON line.
 * `tsx scripts/bench/writeProbe.ts DIR SAMPLES`.
 */
import { mkdtempSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '@shared/model/annotation';
import { closeArchive, openArchive } from './archive';
import type { ProjectRef } from './archive';
import { timeMs } from './figure';
import { seededRandom } from './random';

const [dataDir, samplesArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: writeProbe.ts DATA_DIR [SAMPLES]');
const SAMPLES = Number(samplesArg ?? 200);
// A store that rewrote everything (the old one: seconds per write at ×100) stops here.
const BUDGET_MS = 40_000;
const MIN_SAMPLES = 20;

/** The baseline write: a shard's JSON to a file the plain way (open, write, fsync, close, rename). */
async function plainFsyncedWrite(path: string, json: string): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(json);
  await handle.sync();
  await handle.close();
  await rename(temp, path);
}

const { ctx, call } = await openArchive(dataDir, mkdtempSync(join(tmpdir(), 'council-noseeds-')));
await call('search:query', { text: '청렴도' });
const shard = join(dataDir, 'bench-shard.json');
const notesAtStart = new Map<string, Annotation[]>();
for (const a of ctx.store.read().annotations) {
  const list = notesAtStart.get(a.documentId);
  if (list) list.push(a);
  else notesAtStart.set(a.documentId, [a]);
}

/** Times `write(i)` against the plain write of that note's shard (all notes of its document), interleaved. */
async function timedWrites(write: (i: number) => Promise<Annotation>): Promise<{ ours: number[]; plain: number[] }> {
  const ours: number[] = [];
  const plain: number[] = [];
  const start = performance.now();
  for (let i = 0; i < SAMPLES; i++) {
    if (i >= MIN_SAMPLES && performance.now() - start > BUDGET_MS) break;
    let written: Annotation | undefined;
    ours.push(await timeMs(async () => (written = await write(i))));
    // The document's notes as they were at start plus this one: the shard's size, without a pass
    // over 100,000 notes per sample (its garbage would be the measured writes' GC).
    const json = JSON.stringify([...(notesAtStart.get(written!.documentId) ?? []), written]);
    plain.push(await timeMs(() => plainFsyncedWrite(shard, json)));
  }
  return { ours, plain };
}

// A member at work: edits of their own notes anywhere (autosave), new notes on the documents they have open.
const data = ctx.store.read();
const startedAt = new Date().toISOString();
const me = data.annotations.find((a) => !a.deleted)!.authorId;
await call('member:switch', { id: me });
const random = seededRandom(11);
const mine = ctx.store.read().annotations.filter((a) => a.authorId === me && !a.deleted);
const update = await timedWrites(async () => {
  const note = mine[Math.floor(random() * mine.length)]!;
  return (await call('annotation:update', { id: note.id, body: `${note.body} 추가 확인 바랍니다.` })) as Annotation;
});
const open4 = data.documents.slice(0, 4);
const projects: ProjectRef[] = [];
for (const d of open4) projects.push(...((await call('document:get', { id: d.id })) as { tree: { projects: ProjectRef[] } }).tree.projects);
const create = await timedWrites(async (i) => {
  const project = projects[Math.floor(random() * projects.length)]!;
  return (await call('annotation:create', { projectId: project.id, type: '질의', body: `${project.title} 관련: 추진 일정이 지연된 사유를 답변 바랍니다. (${i})` })) as Annotation;
});
// The journal of those writes folded into shards (as an idle pause does), against the plain
// fsynced writes of the same documents' notes, one after the other.
const folded = [...new Set(ctx.store.read().annotations.filter((a) => a.updatedAt >= startedAt || a.createdAt >= startedAt).map((a) => a.documentId))];
const fold = await timeMs(() => ctx.store.checkpoint());
const byDocument = new Map<string, Annotation[]>();
for (const a of ctx.store.read().annotations) {
  const list = byDocument.get(a.documentId);
  if (list) list.push(a);
  else byDocument.set(a.documentId, [a]);
}
const plainFold = await timeMs(async () => {
  for (const id of folded) await plainFsyncedWrite(shard, JSON.stringify(byDocument.get(id) ?? []));
});
await rm(shard, { force: true });
await closeArchive(ctx);
console.log(JSON.stringify({ update, create, fold: { ours: fold, plain: plainFold, shards: folded.length } }));
