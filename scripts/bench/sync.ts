/**
 * Live sync: time for 1,000 notes written on one laptop to arrive on another through a
 * CouchDB-compatible server (express-pouchdb on 127.0.0.1, the test server). Baseline: the same
 * 1,000 notes carried by a review bundle (export on one laptop, import on the other).
 */
import { randomUUID } from 'node:crypto';
import type { Annotation } from '@shared/model/annotation';
import { laptop, SMALL_REPORT } from '../../tests/helpers/bundles';
import { startCouch } from '../../tests/helpers/couch';
import type { BenchFigure } from './figure';
import { figure, timeMs } from './figure';

const COUNT = 1_000;

export async function benchSync(): Promise<BenchFigure[]> {
  const couch = await startCouch();
  const db = await couch.createDb();
  await couch.addCouncilAccounts();
  const a = await laptop('김의원', { document: SMALL_REPORT });
  const b = await laptop('이의원', { document: SMALL_REPORT });
  const c = await laptop('박의원', { document: SMALL_REPORT });
  try {
    for (const [l, account] of [[a, 'kim'], [b, 'lee']] as const) {
      await l.call('sync:configure', { url: `${couch.baseUrl}/${db}`, account, password: `${account}-password`, enabled: true });
    }
    const project = a.projects[0]!;
    const now = new Date().toISOString();
    const notes: Annotation[] = Array.from({ length: COUNT }, (_, i) => ({
      id: randomUUID(), documentId: a.documentId, projectId: project.id,
      anchor: { unit: project.unit, section: project.section, number: project.number, title: project.title },
      type: '질의', body: `청렴 교육의 참석률과 만족도 조사 결과를 제출해 주시기 바랍니다. (${i})`, status: '미답변', starred: false, tags: [],
      authorId: a.memberId, authorName: '김의원', visibility: 'shared', createdAt: now, updatedAt: now, version: 1, deleted: false,
    }));
    const arrived = (l: typeof b) => l.ctx.store.read().annotations.length >= COUNT;
    const live = await timeMs(async () => {
      await a.ctx.store.write((d) => void d.annotations.push(...notes));
      while (!arrived(b)) await new Promise((r) => setTimeout(r, 10));
    });
    const bundle = await timeMs(async () => {
      const exported = (await a.call('bundle:export', {})) as { dataBase64: string };
      await c.call('bundle:import', { dataBase64: exported.dataBase64 });
    });
    if (!arrived(c)) throw new Error('bundle baseline did not carry the notes');
    return [figure(`sync: ${COUNT.toLocaleString('en')} notes laptop → server → laptop`, live, 'ms', bundle)];
  } finally {
    for (const l of [a, b, c]) await l.ctx.store.close();
    await couch.stop();
  }
}
