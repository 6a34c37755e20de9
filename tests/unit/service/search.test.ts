import { describe, expect, it } from 'vitest';
import { forgetSearchDocument, indexedDocuments, indexedNotes, warmSearchIndex } from '../../../electron/service/search';
import { targetAt } from '@shared/corrections/apply';
import { b64, makeApi } from '../../helpers/service';

const REPORT = ['2025년도 주요업무보고', '', '총무과', '', '2025년 주요업무 추진계획', '', '1. 청렴도 향상 추진', '', '□ 사업개요', ' - 교육계획을 세워 연 4회 운영', '', '2. 민원 처리 개선', ''].join('\n');

type Result = { hits: { kind: string; id: string; title: string; projectId: string }[]; relaxed: boolean };

describe('search:query over the library and notes', () => {
  it('should find projects by Korean partial words and keep the index in step with the store', async () => {
    const { call } = await makeApi();
    const { documentId } = (await call('library:import', { fileName: 'r.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    const first = (await call('search:query', { text: '청렴도를' })) as Result;
    expect(first.hits[0]).toMatchObject({ kind: 'project', title: expect.stringContaining('청렴도') });
    expect(((await call('search:query', { text: '계획' })) as Result).hits.length).toBeGreaterThan(0);

    await call('member:create', { name: '김의원' });
    const note = (await call('annotation:create', { projectId: first.hits[0]!.projectId, type: '질의', body: '참석률 저조 사유' })) as { id: string };
    expect(((await call('search:query', { text: '참석률' })) as Result).hits.map((h) => h.id)).toContain(note.id);
    await call('annotation:update', { id: note.id, body: '만족도 조사 결과' });
    expect(((await call('search:query', { text: '참석률' })) as Result).hits.map((h) => h.id)).not.toContain(note.id);
    expect(((await call('search:query', { text: '만족도' })) as Result).hits.map((h) => h.id)).toContain(note.id);

    await call('library:remove', { id: documentId });
    expect(((await call('search:query', { text: '청렴도' })) as Result).hits).toEqual([]);
  });

  it("should never return another member's private note", async () => {
    const { call } = await makeApi();
    await call('library:import', { fileName: 'r.txt', dataBase64: b64(REPORT) });
    const project = ((await call('search:query', { text: '민원' })) as Result).hits[0]!;
    await call('member:create', { name: '김의원' });
    await call('annotation:create', { projectId: project.projectId, type: '메모', body: '비공개 메모 내용' });
    expect(((await call('search:query', { text: '비공개' })) as Result).hits).toHaveLength(1);
    const lee = (await call('member:create', { name: '이의원' })) as { id: string };
    await call('member:switch', { id: lee.id });
    expect(((await call('search:query', { text: '비공개' })) as Result).hits).toHaveLength(0);
  });

  it('should leave HTML tags from converted cells out of snippets', async () => {
    const { call } = await makeApi();
    const text = REPORT.replace(' - 교육계획을 세워 연 4회 운영', '<ul style="list-style-type: none"> - 교육계획을 세워 연 4회 운영');
    await call('library:import', { fileName: 'r.txt', dataBase64: b64(text) });
    const hits = ((await call('search:query', { text: '교육계획' })) as { hits: { snippet: string }[] }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).not.toMatch(/<ul|list-style/);
  });

  it('should validate the query', async () => {
    const { call } = await makeApi();
    expect(await call('search:query', { text: 'x'.repeat(600) })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('search:query', { text: '청렴', filters: { sections: ['nope'] } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('should build the index in the background after start, without pushing out the trees the user has open', async () => {
    const { ctx, call } = await makeApi({ samples: true, warmSearchAfterMs: 0 });
    // Importing the samples parsed them; the build, a turn later, must not bring them back.
    ctx.treeCache.clear();
    // No query asked for it: the build started by itself and reaches every sample document.
    const documents = ((await call('library:list')) as { id: string }[]).length;
    expect(documents).toBe(4);
    await expect.poll(() => indexedDocuments(ctx), { timeout: 20_000, interval: 50 }).toBe(documents);
    expect(ctx.treeCache.size).toBe(0);
    const result = (await call('search:query', { text: '청렴' })) as Result;
    expect(result.hits.length).toBeGreaterThan(0);
    await ctx.store.close();
  });

  it('should give the thread up while the background build indexes many notes, and a query meanwhile finds them all', async () => {
    const { ctx, call } = await makeApi();
    const { documentId } = (await call('library:import', { fileName: 'r.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    const doc = (await call('document:get', { id: documentId })) as { tree: { projects: { id: string }[] } };
    const NOTES = 9_000;
    await ctx.store.write((d) => {
      for (let i = 0; i < NOTES; i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString();
        d.annotations.push({ id: `n${i}`, documentId, projectId: doc.tree.projects[0]!.id, anchor: { title: '청렴도 향상 추진', unit: '총무과' }, type: '질의', body: i % 3 ? `질의 ${i}` : `예산 집행 점검 ${i}`, visibility: 'shared', authorId: 'm', createdAt: at, updatedAt: at, version: 1, deleted: false } as never);
      }
    });
    warmSearchIndex(ctx, 0);
    // Polled a turn at a time: other work runs between the build's slices of notes.
    const seen = new Set<number>();
    for (let i = 0; i < 20_000 && indexedNotes(ctx) < NOTES; i++) {
      seen.add(indexedNotes(ctx));
      await new Promise((r) => setImmediate(r));
    }
    expect([...seen].some((n) => n > 0 && n < NOTES)).toBe(true);
    await expect.poll(() => indexedNotes(ctx), { timeout: 20_000 }).toBe(NOTES);

    // A query that comes during the notes' pass waits for it: all 3,000 notes, not those indexed so far.
    await ctx.store.close();
    const again = await makeApi({ dataDir: ctx.dataDir });
    warmSearchIndex(again.ctx, 0);
    for (let i = 0; i < 20_000 && indexedNotes(again.ctx) === 0; i++) await new Promise((r) => setImmediate(r));
    expect(indexedNotes(again.ctx)).toBeGreaterThan(0);
    expect(indexedNotes(again.ctx)).toBeLessThan(NOTES);
    const result = (await again.call('search:query', { text: '예산 집행 점검', filters: { kinds: ['annotation'] } })) as { total: number };
    expect(result.total).toBe(3_000);
    await again.ctx.store.close();
  });

  it('should stop the background build when the app locks under it, and build again after unlocking', async () => {
    const { ctx, call } = await makeApi({ samples: true });
    expect(await call('security:enable', { secret: '482916', idleMinutes: 10 })).toMatchObject({ enabled: true });
    expect(await call('security:lock', {})).toMatchObject({ locked: true });
    // Unlocking opens the data again, which starts a build only when asked for (warmSearchAfterMs).
    expect(await call('security:unlock', { secret: '482916' })).toMatchObject({ locked: false });
    expect(indexedDocuments(ctx)).toBe(0);
    await call('search:query', { text: '청렴' });
    expect(indexedDocuments(ctx)).toBe(4);
    // A query under way when the lock comes: it fails or answers, nothing is left running or unhandled.
    const pending = call('search:query', { text: '돌봄' });
    await call('security:lock', {});
    await pending;
    expect(indexedDocuments(ctx)).toBe(0);
    await ctx.store.close();
  });

  it('should answer at once while the background build runs: every note, the documents indexed so far, and how far it is', async () => {
    const first = await makeApi({ samples: true });
    const [library] = (await first.call('library:list')) as { id: string }[];
    const doc = (await first.call('document:get', { id: library!.id })) as { tree: { projects: { id: string }[] } };
    await first.call('member:create', { name: '김의원' });
    const note = (await first.call('annotation:create', { projectId: doc.tree.projects[0]!.id, type: '질의', body: '읍면동 순회 간담회 일정은?' })) as { id: string };
    await first.ctx.store.close();

    const { ctx, call } = await makeApi({ samples: true, dataDir: first.ctx.dataDir, warmSearchAfterMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1)); // the build's timer fires
    const partial = (await call('search:query', { text: '간담회 일정' })) as Result & { indexing?: { indexed: number; total: number } };
    expect(partial.indexing).toEqual({ indexed: expect.any(Number), total: 4 });
    expect(partial.indexing!.indexed).toBeLessThan(4);
    expect(partial.hits.map((h) => h.id)).toContain(note.id);
    await expect.poll(async () => ((await call('search:query', { text: '청렴' })) as { indexing?: unknown }).indexing, { timeout: 30_000, interval: 400 }).toBeUndefined();
    expect(indexedDocuments(ctx)).toBe(4);
    await ctx.store.close();
  });
  it('should index again a document forgotten (its reading corrected) while the background build was indexing it in steps', async () => {
    const first = await makeApi({ samples: true });
    const library = (await first.call('library:list')) as { id: string; title: string }[];
    const order = first.ctx.store.read().documents.map((d) => d.id);
    const seocho = library.find((d) => d.title.includes('행정복지위원회'))!;
    const view = (await first.call('document:get', { id: seocho.id })) as { text: string; tree: { projects: { id: string; title: string; position: { start: { line: number } } }[] } };
    const project = view.tree.projects.find((p) => p.title.includes('청렴'))!;
    await first.call('member:create', { name: '김의원' });
    await first.ctx.store.close();

    /** A fresh start's background build, stopped at the moment it has indexed part of the report but not all of it. */
    const midway = async () => {
      const api = await makeApi({ samples: true, dataDir: first.ctx.dataDir, warmSearchAfterMs: 0 });
      const before = order.indexOf(seocho.id);
      for (let i = 0; i < 50_000 && indexedDocuments(api.ctx) <= before; i++) {
        if (indexedDocuments(api.ctx) === before && (await found(api.call, project.title)).includes(project.id)) return api;
        await new Promise((r) => setImmediate(r));
      }
      throw new Error('the build was never caught midway through the report');
    };
    const found = async (call: (m: string, a?: unknown) => Promise<unknown>, text: string) =>
      ((await call('search:query', { text, filters: { kinds: ['project'] } })) as Result).hits.map((h) => h.id);

    // Forgotten right there (what a correction does): the build itself indexes it again, whole.
    const a = await midway();
    forgetSearchDocument(a.ctx, seocho.id);
    await expect.poll(() => indexedDocuments(a.ctx), { timeout: 30_000, interval: 50 }).toBe(order.length);
    expect(((await a.call('search:query', { text: project.title })) as { indexing?: unknown }).indexing).toBeUndefined();
    expect(await found(a.call, project.title)).toContain(project.id);
    await a.ctx.store.close();

    // A member's correction then: whenever it lands in the build, searching finds the corrected title.
    const b = await midway();
    const corrected = await b.call('document:correct', { documentId: seocho.id, change: { op: 'set-title', ...targetAt(view.text.split('\n'), project.position.start.line), title: '옴니버스 점검표 정비' } });
    expect(corrected, JSON.stringify(corrected)).toMatchObject({ entries: expect.any(Array) });
    await expect.poll(async () => ((await b.call('search:query', { text: '청렴' })) as { indexing?: unknown }).indexing, { timeout: 30_000, interval: 200 }).toBeUndefined();
    const hit = ((await b.call('search:query', { text: '옴니버스 점검표' })) as Result).hits.find((h) => h.id === project.id);
    expect(hit?.title).toBe('옴니버스 점검표 정비');
    await b.ctx.store.close();
  });
});
