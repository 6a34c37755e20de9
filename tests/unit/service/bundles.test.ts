import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { BundleImportReport, BundlePreview } from '@shared/model/bundle';
import type { OrphanEntry } from '@shared/model/revision';
import { SMALL_REPORT, dataFile, decodeBundle, encodeBundle, laptop } from '../../helpers/bundles';
import { b64 } from '../../helpers/service';

type Exported = { fileName: string; dataBase64: string; annotationCount: number; documentCount: number };

async function memberWithNotes(name = '김의원') {
  const kim = await laptop(name, { document: SMALL_REPORT });
  const [p1, p2] = kim.projects;
  const q = (await kim.call('annotation:create', { projectId: p1!.id, type: '질의', body: '청렴 교육 참석률은?' })) as Annotation;
  const r = (await kim.call('annotation:create', { projectId: p2!.id, type: '시정요구', body: '민원 창구 확대 시기를 앞당길 것' })) as Annotation;
  const memo = (await kim.call('annotation:create', { projectId: p1!.id, type: '메모', body: '개인 메모: 지난해 자료 확인' })) as Annotation;
  return { kim, q, r, memo };
}

describe('bundle:export', () => {
  it("should write the member's shared notes, their profile and document references, never private notes unless asked", async () => {
    const { kim, memo } = await memberWithNotes();
    const out = (await kim.call('bundle:export', {})) as Exported;
    expect(out.fileName).toMatch(/^의정검토-김의원-\d{4}-\d{2}-\d{2}\.crb$/);
    expect(out.annotationCount).toBe(2);
    const payload = decodeBundle(out.dataBase64);
    expect(payload).toMatchObject({ format: 'council-review-bundle', version: 1, author: { name: '김의원' }, members: [{ name: '김의원' }] });
    expect(payload.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect((payload.annotations as Annotation[]).map((a) => a.id)).not.toContain(memo.id);
    expect(payload.documents).toBeUndefined();
    expect(payload.documentRefs).toEqual([expect.objectContaining({ id: kim.documentId, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);

    const withPrivate = decodeBundle(((await kim.call('bundle:export', { includePrivate: true, includeDocuments: true })) as Exported).dataBase64);
    expect((withPrivate.annotations as Annotation[]).map((a) => a.id)).toContain(memo.id);
    expect(withPrivate.documents).toEqual([expect.objectContaining({ record: expect.objectContaining({ id: kim.documentId }), text: expect.any(String) })]);

    // Someone else's notes: shared only, and asking for their private ones is refused.
    const lee = (await kim.call('member:create', { name: '이의원' })) as { id: string };
    await kim.call('member:switch', { id: lee.id });
    const kimId = kim.memberId;
    const forKim = decodeBundle(((await kim.call('bundle:export', { memberId: kimId })) as Exported).dataBase64);
    expect((forKim.annotations as Annotation[]).every((a) => a.visibility === 'shared')).toBe(true);
    expect(await kim.call('bundle:export', { memberId: kimId, includePrivate: true })).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/개인 메모/) });
    expect(await kim.call('bundle:export', { sessionId: 'nope' })).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('bundle:preview and bundle:import', () => {
  it('should add the notes on another laptop, show the author, and change nothing on a second import', async () => {
    const { kim, q, r } = await memberWithNotes();
    const bundle = ((await kim.call('bundle:export', {})) as Exported).dataBase64;
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    expect(sec.documentId).toBe(kim.documentId); // the same text has the same id on every laptop

    const preview = (await sec.call('bundle:preview', { dataBase64: bundle })) as BundlePreview;
    expect(preview.totals).toMatchObject({ annotations: 2, new: 2, updated: 0, unchanged: 0, conflicting: 0, skipped: 0 });
    expect(preview.documents).toEqual([expect.objectContaining({ documentId: sec.documentId, present: true, included: false, new: 2 })]);
    expect(preview.author.name).toBe('김의원');
    expect(((await sec.call('annotation:list', {})) as unknown[]).length).toBe(0); // preview changes nothing

    const report = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(report).toMatchObject({ applied: true, membersNew: 1, totals: { new: 2 } });
    const seen = (await sec.call('annotation:list', { documentId: sec.documentId })) as Annotation[];
    expect(seen.map((a) => a.id).sort()).toEqual([q.id, r.id].sort());
    expect(seen.find((a) => a.id === q.id)).toEqual(q);
    expect(((await sec.call('member:list', {})) as { name: string }[]).map((m) => m.name)).toContain('김의원');

    const before = await dataFile(sec.dataDir);
    const again = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(again.totals).toMatchObject({ new: 0, updated: 0, unchanged: 2, conflicting: 0 });
    expect((await dataFile(sec.dataDir)).equals(before)).toBe(true);
  });

  it('should take a newer version, keep local newer work against an old bundle, and report conflicts', async () => {
    const { kim, q } = await memberWithNotes();
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    const v1 = ((await kim.call('bundle:export', {})) as Exported).dataBase64;
    await sec.call('bundle:import', { dataBase64: v1 });

    await kim.call('annotation:update', { id: q.id, body: '청렴 교육 참석률과 만족도는?' });
    const v2 = ((await kim.call('bundle:export', {})) as Exported).dataBase64;
    const p2 = (await sec.call('bundle:preview', { dataBase64: v2 })) as BundlePreview;
    expect(p2.totals).toMatchObject({ updated: 1, unchanged: 1 });
    await sec.call('bundle:import', { dataBase64: v2 });

    // The secretary records an answer (version 3 here); the old bundle must not undo it.
    await sec.call('annotation:update', { id: q.id, status: '답변완료', answer: { responder: '총무과장', summary: '3월 보고' } });
    const old = (await sec.call('bundle:preview', { dataBase64: v1 })) as BundlePreview;
    expect(old.totals).toMatchObject({ conflicting: 1, unchanged: 1 });
    expect(old.conflicts).toEqual([{ annotationId: q.id, documentId: sec.documentId, localVersion: 3, incomingVersion: 1, kept: 'local' }]);
    await sec.call('bundle:import', { dataBase64: v1 });
    const note = ((await sec.call('annotation:list', {})) as Annotation[]).find((a) => a.id === q.id)!;
    expect(note).toMatchObject({ version: 3, body: '청렴 교육 참석률과 만족도는?', answer: { responder: '총무과장' } });

    // Both sides change the same note at the same version: the rule decides the same way on both laptops.
    await kim.call('annotation:update', { id: q.id, starred: true }); // kim: v3
    const v3 = ((await kim.call('bundle:export', {})) as Exported).dataBase64;
    const p3 = (await sec.call('bundle:preview', { dataBase64: v3 })) as BundlePreview;
    expect(p3.totals.conflicting).toBe(1);
    expect(p3.conflicts[0]).toMatchObject({ localVersion: 3, incomingVersion: 3 });
  });

  it('should never let a bundle overwrite a note written by someone else, nor bring in their private notes', async () => {
    const { kim, q } = await memberWithNotes();
    const lee = await laptop('이의원', { document: SMALL_REPORT });
    const payload = decodeBundle(((await kim.call('bundle:export', {})) as Exported).dataBase64);
    const leeNote = (await lee.call('annotation:create', { projectId: lee.projects[0]!.id, type: '지적', body: '이의원의 지적' })) as Annotation;
    // A forged bundle: kim's name on lee's note id with a huge version, and a private note of lee's.
    const forged = {
      ...payload,
      annotations: [
        ...(payload.annotations as Annotation[]),
        { ...q, id: leeNote.id, version: 99, body: '덮어쓰기' },
        { ...q, id: '0a0a0a0a-0000-4000-8000-000000000001', authorId: lee.memberId, authorName: '이의원', visibility: 'private', type: '메모' },
      ],
      members: [...(payload.members as unknown[]), { id: lee.memberId, name: '이의원', role: '의원', createdAt: new Date().toISOString() }],
    };
    const report = (await lee.call('bundle:import', { dataBase64: encodeBundle(forged) })) as BundleImportReport;
    expect(report.totals).toMatchObject({ skipped: 2, new: 2 });
    const mine = ((await lee.call('annotation:list', {})) as Annotation[]).find((a) => a.id === leeNote.id)!;
    expect(mine).toEqual(leeNote);
  });

  it('should keep notes for a document the receiver lacks as orphans, and attach them once it is imported', async () => {
    const { kim, q, r } = await memberWithNotes();
    const bundle = ((await kim.call('bundle:export', {})) as Exported).dataBase64;
    const sec = await laptop('박전문', { role: '전문위원' });
    const preview = (await sec.call('bundle:preview', { dataBase64: bundle })) as BundlePreview;
    expect(preview.documentsMissing).toEqual(['주요업무보고 (총무과)']);
    expect(preview.documents[0]).toMatchObject({ present: false, included: false, new: 2 });
    await sec.call('bundle:import', { dataBase64: bundle });
    const orphans = (await sec.call('annotation:orphans', {})) as OrphanEntry[];
    expect(orphans.map((o) => [o.annotation.id, o.reason, o.documentTitle]).sort()).toEqual(
      [
        [q.id, 'document-missing', '주요업무보고 (총무과)'],
        [r.id, 'document-missing', '주요업무보고 (총무과)'],
      ].sort(),
    );
    const imported = (await sec.call('library:import', { fileName: '보고서.txt', dataBase64: b64(SMALL_REPORT) })) as { documentId: string };
    expect(imported.documentId).toBe(kim.documentId);
    expect(await sec.call('annotation:orphans', {})).toEqual([]);
    expect(((await sec.call('annotation:list', { documentId: imported.documentId })) as unknown[]).length).toBe(2);
  });

  it('should carry the documents when asked, so the receiver can open them', async () => {
    const { kim } = await memberWithNotes();
    const bundle = ((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64;
    const sec = await laptop('박전문', { role: '전문위원' });
    const preview = (await sec.call('bundle:preview', { dataBase64: bundle })) as BundlePreview;
    expect(preview.documentsIncluded).toEqual(['주요업무보고 (총무과)']);
    expect(preview.documents[0]).toMatchObject({ included: true, present: true });
    await sec.call('bundle:import', { dataBase64: bundle });
    const view = (await sec.call('document:get', { id: kim.documentId })) as { tree: { projects: unknown[] } };
    expect(view.tree.projects.length).toBe(kim.projects.length);
    expect(await sec.call('annotation:orphans', {})).toEqual([]);
    expect(((await sec.call('library:list', {})) as unknown[]).length).toBe(1);
  });

  it("should put members' notes in the secretary's session: the same 회기 has the same id everywhere", async () => {
    const session = { number: 331, kind: '임시회', committee: '행정복지위원회', title: '주요업무보고 청취', startDate: '2024-01-16', endDate: '2024-01-22' };
    const kim = await laptop('김의원', { document: SMALL_REPORT });
    const kimSession = (await kim.call('session:create', session)) as { id: string };
    await kim.call('annotation:create', { projectId: kim.projects[0]!.id, type: '질의', body: '질의 1' });
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    const secSession = (await sec.call('session:create', { ...session, agenda: [{ documentId: sec.documentId }] })) as { id: string };
    expect(secSession.id).toBe(kimSession.id);
    const report = (await sec.call('bundle:import', { dataBase64: ((await kim.call('bundle:export', {})) as Exported).dataBase64 })) as BundleImportReport;
    expect(report.sessionsNew).toBe(0);
    expect(((await sec.call('annotation:list', { sessionId: secSession.id })) as unknown[]).length).toBe(1);
  });
});

describe('bad bundles', () => {
  async function rejectUnchanged(dataBase64: string, message: RegExp, code = 'bad-input') {
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    const before = await dataFile(sec.dataDir);
    for (const method of ['bundle:preview', 'bundle:import']) {
      const answer = await sec.call(method, { dataBase64 });
      expect(answer).toMatchObject({ ok: false, code, message });
      expect((answer as { message: string }).message).toMatch(/[가-힣]/);
    }
    expect((await dataFile(sec.dataDir)).equals(before)).toBe(true);
  }

  it('should reject a wrong checksum, format, future version, bad schema or garbage, and change nothing', async () => {
    const { kim } = await memberWithNotes();
    const good = decodeBundle(((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64);
    const notes = good.annotations as Annotation[];

    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, body: '바뀐 내용' }, ...notes.slice(1)] }, { keepChecksum: true }), /검증값/);
    await rejectUnchanged(encodeBundle({ ...good, format: 'something-else' }), /검토 묶음\(\.crb\) 파일이 아닙니다/);
    await rejectUnchanged(encodeBundle({ ...good, version: 2 }), /더 새로운 버전/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, version: -1 }] }), /내용이 올바르지 않습니다 \(annotations\.0\.version\)/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: 'x' }), /내용이 올바르지 않습니다/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, authorId: 'nobody' }] }), /authorId/);
    await rejectUnchanged('!!!! not base64 ####', /읽을 수 없습니다/);
    await rejectUnchanged(Buffer.from('hello, not json').toString('base64'), /손상된 파일/);
    await rejectUnchanged(Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('base64'), /손상된 파일/);
    const docs = good.documents as { record: Record<string, unknown>; text: string }[];
    await rejectUnchanged(encodeBundle({ ...good, documents: [{ ...docs[0]!, text: docs[0]!.text + '추가' }] }), /검증값과 다릅니다/);
  });

  it('should reject path traversal and odd names inside, and never write outside the data folder', async () => {
    const { kim } = await memberWithNotes();
    const good = decodeBundle(((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64);
    const notes = good.annotations as Annotation[];
    const docs = good.documents as { record: Record<string, unknown>; text: string }[];
    const evil = '../../../../tmp/evil';
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, documentId: evil, projectId: `${evil}:x` }] }), /허용되지 않는 이름/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, id: 'a/b' }] }), /허용되지 않는 이름 \(annotations\.0\.id\)/);
    await rejectUnchanged(encodeBundle({ ...good, documents: [{ ...docs[0]!, record: { ...docs[0]!.record, id: '..' } }] }), /허용되지 않는 이름/);
    await rejectUnchanged(encodeBundle({ ...good, documents: [{ ...docs[0]!, record: { ...docs[0]!.record, fileName: '..\\..\\boot.ini' } }] }), /허용되지 않는 이름/);
    await rejectUnchanged(encodeBundle({ ...good, author: { ...(good.author as object), id: 'C:\\Windows' } }), /허용되지 않는 이름/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, projectId: 'other-doc:1' }] }), /허용되지 않는 이름 \(annotations\.0\.projectId\)/);
    await rejectUnchanged(encodeBundle({ ...good, annotations: [{ ...notes[0]!, authorName: '김\u0000의원' }] }), /허용되지 않는 이름/);
  });

  it('should import a bundle of 100,000 notes without hanging', async () => {
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    const author = { id: 'member-bulk', name: '대량의원', role: '의원', createdAt: '2024-01-01T00:00:00.000Z' };
    const project = sec.projects[0]!;
    const annotations = Array.from({ length: 100_000 }, (_, i) => ({
      id: `bulk-${String(i).padStart(6, '0')}`,
      documentId: sec.documentId,
      projectId: project.id,
      anchor: { unit: project.unit, section: project.section, number: project.number, title: project.title },
      type: '질의',
      body: `질의 ${i}`,
      status: '미답변',
      starred: false,
      tags: [],
      authorId: author.id,
      authorName: author.name,
      visibility: 'shared',
      createdAt: '2024-01-16T09:00:00.000Z',
      updatedAt: '2024-01-16T09:00:00.000Z',
      version: 1,
      deleted: false,
    }));
    const bundle = encodeBundle({
      format: 'council-review-bundle',
      version: 1,
      createdAt: '2024-01-16T10:00:00.000Z',
      app: { name: '의정 검토', version: '0.1.0' },
      author,
      annotations,
      members: [author],
      sessions: [],
      documentRefs: [],
    });
    const started = Date.now();
    const report = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(report.totals).toMatchObject({ annotations: 100_000, new: 100_000 });
    const again = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(again.totals.unchanged).toBe(100_000);
    // Generous: the data-file write itself takes seconds with 100,000 notes on a busy machine.
    expect(Date.now() - started).toBeLessThan(100_000);
    expect(sec.ctx.store.read().annotations.length).toBe(100_000);
  }, 180_000);
});
