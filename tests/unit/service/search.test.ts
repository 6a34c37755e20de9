import { describe, expect, it } from 'vitest';
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
});
