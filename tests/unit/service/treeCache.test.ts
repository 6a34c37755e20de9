import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/parser/types';
import { TreeCache } from '../../../electron/service/treeCache';
import { b64, makeApi } from '../../helpers/service';

const tree = (title: string) => ({ title }) as unknown as PlanDocument;

describe('the parsed-tree cache', () => {
  it('keeps at most its limit, dropping the tree used longest ago', () => {
    const cache = new TreeCache(3);
    for (const id of ['a', 'b', 'c']) cache.set(id, tree(id));
    expect(cache.get('a')?.title).toBe('a'); // a is used now: b is the oldest
    cache.set('d', tree('d'));
    expect([...cache.keys()].sort()).toEqual(['a', 'c', 'd']);
    cache.set('c', tree('c2')); // replacing counts as use
    cache.set('e', tree('e'));
    expect([...cache.keys()].sort()).toEqual(['c', 'd', 'e']);
    expect(cache.get('c')?.title).toBe('c2');
  });

  it('parses a dropped tree again on the next open, the same as before', async () => {
    const { call, ctx } = await makeApi();
    const text = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 청렴도 향상\n\n□ 소요예산 : 1,000천원 【구비】\n';
    const { documentId } = (await call('library:import', { fileName: 'a.txt', dataBase64: b64(text) })) as { documentId: string };
    const first = (await call('document:get', { id: documentId })) as { tree: { projects: { title: string }[] } };
    ctx.treeCache.clear();
    const again = (await call('document:get', { id: documentId })) as { tree: { projects: { title: string }[] } };
    expect(again.tree.projects).toEqual(first.tree.projects);
    expect(ctx.treeCache.size).toBe(1);
  });

  it('answers minutes rows from the catalog without parsing again, and drops a corrected document from it', async () => {
    const { call, ctx } = await makeApi();
    const text = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 청렴도 향상\n\n□ 소요예산 : 1,000천원 【구비】\n\n2. 민원 처리 개선\n\n□ 소요예산 : 2,000천원 【구비】\n';
    const { documentId } = (await call('library:import', { fileName: 'a.txt', dataBase64: b64(text) })) as { documentId: string };
    const doc = (await call('document:get', { id: documentId })) as { tree: { projects: { id: string; title: string }[] } };
    await call('member:create', { name: '김의원' });
    const session = (await call('session:create', { number: 1, kind: '정례회', committee: '행정복지위원회', title: '행정사무감사', startDate: '2025-06-01' })) as { id: string };
    await call('session:set-current', { id: session.id });
    await call('annotation:create', { projectId: doc.tree.projects[1]!.id, type: '시정요구', body: '처리 기한 준수' });
    ctx.treeCache.clear();
    const items = (await call('followup:list', {})) as { projectTitle: string; unit: string }[];
    expect(items).toEqual([expect.objectContaining({ projectTitle: '민원 처리 개선', unit: '총무과' })]);
    // Read from the catalog: no tree was parsed (or cached) for it.
    expect(ctx.treeCache.size).toBe(0);
    expect(ctx.catalog.get(documentId)?.size).toBe(2);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('2. 민원')) + 1;
    const { targetAt } = await import('@shared/corrections/apply');
    await call('document:correct', { documentId, change: { op: 'set-title', ...targetAt(lines, line), title: '민원 처리 기간 단축' } });
    expect(((await call('followup:list', {})) as { projectTitle: string }[])[0]!.projectTitle).toBe('민원 처리 기간 단축');
  });
});
