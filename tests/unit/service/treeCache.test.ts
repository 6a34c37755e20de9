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
});
