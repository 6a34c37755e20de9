/**
 * Store writes as the archive grows: one note changed in an archive of N notes on 400 documents,
 * against a plain fsynced write (open, write, fsync, close, rename) of that document's notes — the
 * least any durable save of that note can cost.
 */
import { open, rename } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/service/db';
import type { Annotation } from '@shared/model/annotation';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';

const DOCUMENTS = 400;

function fakeAnnotation(i: number): Annotation {
  const now = new Date(Date.UTC(2022, 0, 1) + i * 60_000).toISOString();
  const documentId = `doc${i % DOCUMENTS}`;
  return {
    id: `a${i}`, documentId, projectId: `${documentId}:p${i % 97}`, anchor: { unit: '총무과', section: 'plans', number: String(i % 20), title: '청렴도 향상 추진' },
    type: '질의', body: '청렴 교육의 참석률과 만족도 조사 결과를 제출해 주시기 바랍니다. '.repeat(3), status: '미답변', starred: false, tags: ['청렴'],
    authorId: `m${i % 15}`, authorName: '김의원', visibility: 'shared', sessionId: `s${i % 40}`, createdAt: now, updatedAt: now, version: 1, deleted: false,
  };
}

async function plainDurableWrite(path: string, data: string): Promise<void> {
  const handle = await open(`${path}.tmp`, 'w');
  await handle.writeFile(data);
  await handle.sync();
  await handle.close();
  await rename(`${path}.tmp`, path);
}

async function writeFigures(notes: number): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'council-bench-store-'));
  const { store } = await openStore(dir);
  await store.write((d) => void d.annotations.push(...Array.from({ length: notes }, (_, i) => fakeAnnotation(i))));
  const ours: number[] = [];
  const plain: number[] = [];
  const samples = 120;
  for (let s = 0; s < samples; s++) {
    const i = (s * 7919) % notes;
    ours.push(
      await timeMs(() =>
        store.write((d) => {
          const at = d.annotations.findIndex((a) => a.id === `a${i}`);
          d.annotations[at] = { ...d.annotations[at]!, body: `${d.annotations[at]!.body}.`, version: d.annotations[at]!.version + 1 };
        }),
      ),
    );
    const shard = JSON.stringify(store.read().annotations.filter((a) => a.documentId === `doc${i % DOCUMENTS}`));
    plain.push(await timeMs(() => plainDurableWrite(join(dir, 'plain.json'), shard)));
  }
  await store.close();
  const label = `${notes.toLocaleString('en-US')} annotations on ${DOCUMENTS} documents`;
  return [
    figure(`store write p50 at ${label}`, percentile(ours, 50), 'ms', percentile(plain, 50)),
    figure(`store write p99 at ${label}`, percentile(ours, 99), 'ms', percentile(plain, 99)),
  ];
}

export async function benchStore(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const notes of [1_000, 10_000, 100_000]) figures.push(...(await writeFigures(notes)));
  return figures;
}
