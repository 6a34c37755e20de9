import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIST_LIMIT } from '@shared/model/annotation';
import { SMALL_REPORT } from '../../helpers/bundles';
import { b64, makeApi, tempDir } from '../../helpers/service';

const REPORT = SMALL_REPORT;

async function setup(dataDir = tempDir()) {
  const api = await makeApi({ dataDir });
  const imported = (await api.call('library:import', { fileName: 'r.txt', dataBase64: b64(REPORT) })) as { documentId: string };
  const doc = (await api.call('document:get', { id: imported.documentId })) as { tree: { projects: { id: string; title: string }[] } };
  return { ...api, documentId: imported.documentId, projects: doc.tree.projects };
}

describe('annotations and members', () => {
  it('should ask who you are before the first note', async () => {
    const { call, projects } = await setup();
    expect(projects.length).toBeGreaterThan(0);
    const answer = await call('annotation:create', { projectId: projects[0]!.id, type: '질의', body: '왜?' });
    expect(answer).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/사용자/) });
    expect(await call('member:list')).toEqual([]);
  });

  it('should create, update, delete and restore a note, versioning each change', async () => {
    const { call, projects } = await setup();
    const me = (await call('member:create', { name: '김의원', committee: '행정복지위원회' })) as { id: string; current: boolean };
    expect(me.current).toBe(true);
    const project = projects[0]!;
    const note = (await call('annotation:create', { projectId: project.id, type: '질의', body: '청렴 교육의 참석률은?', quote: '청렴 교육 연 4회' })) as Record<string, unknown>;
    expect(note).toMatchObject({ type: '질의', visibility: 'shared', status: '미답변', version: 1, authorName: '김의원', quote: '청렴 교육 연 4회' });
    const memo = (await call('annotation:create', { projectId: project.id, type: '메모', body: '개인 메모' })) as { visibility: string };
    expect(memo.visibility).toBe('private');
    const updated = (await call('annotation:update', { id: note.id, body: '참석률과 만족도는?', starred: true, tags: ['#청렴', '교육', '교육'] })) as Record<string, unknown>;
    expect(updated).toMatchObject({ body: '참석률과 만족도는?', starred: true, tags: ['청렴', '교육'], version: 2 });
    await call('annotation:delete', { id: note.id });
    expect(((await call('annotation:list', {})) as unknown[]).length).toBe(1);
    const restored = (await call('annotation:restore', { id: note.id })) as { version: number; deleted: boolean };
    expect(restored).toMatchObject({ deleted: false, version: 4 });
    expect(((await call('annotation:list', { projectId: project.id })) as unknown[]).length).toBe(2);
  });

  it('should answer at most `limit` notes, and refuse a limit past the most one list answers', async () => {
    const { call, projects } = await setup();
    await call('member:create', { name: '김의원' });
    for (const body of ['첫째', '둘째', '셋째']) await call('annotation:create', { projectId: projects[0]!.id, type: '질의', body });
    expect(((await call('annotation:list', { limit: 2 })) as { body: string }[]).map((a) => a.body)).toEqual(['첫째', '둘째']);
    expect(((await call('annotation:list', { projectId: projects[0]!.id })) as unknown[]).length).toBe(3);
    expect(await call('annotation:list', { limit: ANNOTATION_LIST_LIMIT + 1 })).toMatchObject({ ok: false, code: 'invalid-args', field: 'limit' });
  });

  it('should find the right note by id across two data folders and after a restore, edits interleaved', async () => {
    const a = await setup();
    const b = await setup();
    for (const api of [a, b]) await api.call('member:create', { name: '김의원' });
    const notes = { a: [] as { id: string }[], b: [] as { id: string }[] };
    for (let i = 0; i < 5; i++) {
      notes.a.push((await a.call('annotation:create', { projectId: a.projects[0]!.id, type: '질의', body: `A${i}`, id: `client-shared-${i}` })) as { id: string });
      notes.b.push((await b.call('annotation:create', { projectId: b.projects[0]!.id, type: '질의', body: `B${i}`, id: `client-shared-${i}` })) as { id: string });
    }
    // The same ids in both folders: each update must land on its own folder's note.
    for (let i = 4; i >= 0; i--) {
      await a.call('annotation:update', { id: notes.a[i]!.id, body: `A${i}!` });
      await b.call('annotation:update', { id: notes.b[i]!.id, body: `B${i}!` });
    }
    await a.call('annotation:delete', { id: notes.a[2]!.id });
    await a.call('annotation:restore', { id: notes.a[2]!.id });
    expect(((await a.call('annotation:list', {})) as { body: string }[]).map((n) => n.body)).toEqual(['A0!', 'A1!', 'A2!', 'A3!', 'A4!']);
    expect(((await b.call('annotation:list', {})) as { body: string }[]).map((n) => n.body)).toEqual(['B0!', 'B1!', 'B2!', 'B3!', 'B4!']);
  });

  it('should treat a repeated create with the same client id as one note', async () => {
    const { call, projects } = await setup();
    await call('member:create', { name: '김의원' });
    const args = { projectId: projects[0]!.id, type: '질의', body: '한 번만', id: 'client-0001-abcd' };
    const first = (await call('annotation:create', args)) as { id: string; version: number };
    const again = (await call('annotation:create', args)) as { id: string; version: number };
    expect(again).toEqual(first);
    expect(((await call('annotation:list', {})) as unknown[]).length).toBe(1);
    expect(await call('annotation:create', { ...args, id: '../../etc' })).toMatchObject({ ok: false, code: 'invalid-args', field: 'id' });
  });

  it("should keep others' private notes hidden and their notes read-only", async () => {
    const { call, projects } = await setup();
    const kim = (await call('member:create', { name: '김의원' })) as { id: string };
    const note = (await call('annotation:create', { projectId: projects[0]!.id, type: '지적', body: '예산 과다' })) as { id: string };
    await call('annotation:create', { projectId: projects[0]!.id, type: '메모', body: '김의원 개인 메모' });
    const lee = (await call('member:create', { name: '이의원' })) as { id: string };
    await call('member:switch', { id: lee.id });
    const seen = (await call('annotation:list', {})) as { body: string }[];
    expect(seen.map((a) => a.body)).toEqual(['예산 과다']);
    expect(await call('annotation:update', { id: note.id, body: '고침' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await call('annotation:delete', { id: note.id })).toMatchObject({ ok: false, code: 'forbidden' });
    await call('member:switch', { id: kim.id });
    expect(((await call('annotation:list', {})) as unknown[]).length).toBe(2);
  });

  it('should let committee staff record an answer on a member note, but not rewrite it', async () => {
    const { call, projects } = await setup();
    await call('member:create', { name: '김의원' });
    const note = (await call('annotation:create', { projectId: projects[0]!.id, type: '질의', body: '질의 내용' })) as { id: string };
    const staff = (await call('member:create', { name: '박전문', role: '전문위원' })) as { id: string };
    await call('member:switch', { id: staff.id });
    const answered = await call('annotation:update', { id: note.id, status: '답변완료', answer: { responder: '총무과장', summary: '4월까지 보고' } });
    expect(answered).toMatchObject({ status: '답변완료', answer: { responder: '총무과장' }, body: '질의 내용' });
    expect(await call('annotation:update', { id: note.id, body: '다른 내용' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('should keep notes across a restart and when their document is removed', async () => {
    const dataDir = tempDir();
    const first = await setup(dataDir);
    await first.call('member:create', { name: '김의원' });
    await first.call('annotation:create', { projectId: first.projects[1]!.id, type: '건의', body: '민원 창구 확대' });
    await first.call('library:remove', { id: first.documentId });
    const second = await makeApi({ dataDir });
    const notes = (await second.call('annotation:list', {})) as { body: string; anchor: { title: string } }[];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.anchor.title).toContain('민원');
  });

  it('should reject unknown projects, types and oversized input', async () => {
    const { call, projects } = await setup();
    await call('member:create', { name: '김의원' });
    expect(await call('annotation:create', { projectId: 'nope:1', type: '질의', body: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await call('annotation:create', { projectId: projects[0]!.id, type: '잡담', body: 'x' })).toMatchObject({ ok: false, code: 'invalid-args', field: 'type' });
    expect(await call('annotation:create', { projectId: projects[0]!.id, type: '질의', body: 'x'.repeat(60_000) })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('member:create', { name: '   ' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
