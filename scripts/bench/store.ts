/** Store writes: atomic fsynced lowdb writes vs a plain writeFile of the same JSON. */
import { writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/service/db';
import type { Annotation } from '@shared/model/annotation';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';

function fakeAnnotation(i: number): Annotation {
  const now = new Date().toISOString();
  return {
    id: `a${i}`, documentId: 'd', projectId: `d:p${i % 300}`, anchor: { unit: '총무과', section: 'plans', number: String(i % 20), title: '청렴도 향상 추진' },
    type: '질의', body: '청렴 교육의 참석률과 만족도 조사 결과를 제출해 주시기 바랍니다. '.repeat(3), status: '미답변', starred: false, tags: ['청렴'],
    authorId: 'm', authorName: '김의원', visibility: 'shared', createdAt: now, updatedAt: now, version: 1, deleted: false,
  };
}

export async function benchStore(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'council-bench-store-'));
  const { store } = await openStore(dir);
  await store.write((d) => void d.annotations.push(...Array.from({ length: 1000 }, (_, i) => fakeAnnotation(i))));
  const ours: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 40; i++) {
    ours.push(await timeMs(() => store.write((d) => void (d.annotations[i]!.body += '.'))));
    const json = JSON.stringify(store.read());
    plain.push(await timeMs(() => writeFile(join(dir, 'plain.json'), json)));
  }
  return [figure('store write p50 (1,000 annotations, fsync + rename)', percentile(ours, 50), 'ms', percentile(plain, 50))];
}
