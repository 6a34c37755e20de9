import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { BundleImportReport } from '@shared/model/bundle';
import type { ImportSummary, LibraryEntry } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import { SMALL_REPORT, laptop, projectsOf } from '../../helpers/bundles';
import { b64 } from '../../helpers/service';

/** 총무과 renumbered (old 1 removed, 2→1, 3→2 with an edited title), 기획과 unchanged. */
const REVISED = SMALL_REPORT.replace(/1\. 청렴도 향상 추진\n\n□ 사업개요\n - 청렴 교육 연 4회 운영\n□ 소요예산 : 1,000천원 【구비】\n\n/, '')
  .replace('2. 민원 처리 개선', '1. 민원 처리 개선')
  .replace('3. 청사 시설 정비', '2. 청사 시설 정비 추진');

async function withNotes() {
  const kim = await laptop('김의원', { document: SMALL_REPORT });
  const [integrity, complaints, building, pr] = kim.projects;
  const notes = {
    integrity: (await kim.call('annotation:create', { projectId: integrity!.id, type: '지적', body: '청렴 교육 실적 부진' })) as Annotation,
    complaints: (await kim.call('annotation:create', { projectId: complaints!.id, type: '질의', body: '창구 확대 시기는?', quote: '민원 창구 확대' })) as Annotation,
    building: (await kim.call('annotation:create', { projectId: building!.id, type: '건의', body: '정비 예산 증액' })) as Annotation,
    pr: (await kim.call('annotation:create', { projectId: pr!.id, type: '의견', body: '홍보 강화 좋음' })) as Annotation,
    memo: (await kim.call('annotation:create', { projectId: complaints!.id, type: '메모', body: '개인 메모' })) as Annotation,
  };
  return { kim, notes };
}

describe('revised documents', () => {
  it('should re-attach every note to its project in the new version and keep the old one readable', async () => {
    const { kim, notes } = await withNotes();
    expect(REVISED).not.toBe(SMALL_REPORT);
    const summary = (await kim.call('library:import', { fileName: 'report-v2.txt', dataBase64: b64(REVISED), replacesDocumentId: kim.documentId })) as ImportSummary;
    expect(summary.revision).toMatchObject({ previousVersionId: kim.documentId, reattached: 4, orphaned: 1, automatic: false });
    const newId = summary.documentId;
    const projects = await projectsOf(kim, newId);
    const byTitle = (t: string) => projects.find((p) => p.title.startsWith(t))!.id;

    const all = (await kim.call('annotation:list', {})) as Annotation[];
    const get = (id: string) => all.find((a) => a.id === id)!;
    expect(get(notes.complaints.id)).toMatchObject({ documentId: newId, projectId: byTitle('민원 처리 개선'), anchor: { number: '1' }, version: 2 });
    expect(get(notes.memo.id).projectId).toBe(byTitle('민원 처리 개선'));
    expect(get(notes.building.id)).toMatchObject({ projectId: byTitle('청사 시설 정비'), anchor: { number: '2', title: '청사 시설 정비 추진' } });
    expect(get(notes.pr.id).projectId).toBe(byTitle('구정 홍보 강화'));
    // The removed project's note stays on the old version, listed as an orphan.
    expect(get(notes.integrity.id)).toMatchObject({ documentId: kim.documentId, version: 1 });

    const library = (await kim.call('library:list', {})) as LibraryEntry[];
    expect(library.find((d) => d.id === kim.documentId)).toMatchObject({ supersededBy: newId });
    expect(library.find((d) => d.id === newId)).toMatchObject({ previousVersionId: kim.documentId });
    expect(await kim.call('document:get', { id: kim.documentId })).toMatchObject({ id: kim.documentId });

    const orphans = (await kim.call('annotation:orphans', {})) as OrphanEntry[];
    expect(orphans).toEqual([expect.objectContaining({ reason: 'superseded', latestDocumentId: newId, annotation: expect.objectContaining({ id: notes.integrity.id }) })]);
    const target = orphans[0]!.suggestions[0]?.projectId ?? byTitle('민원 처리 개선');
    const moved = (await kim.call('annotation:reattach', { id: notes.integrity.id, projectId: target })) as Annotation;
    expect(moved).toMatchObject({ documentId: newId, projectId: target, version: 2 });
    expect(await kim.call('annotation:orphans', {})).toEqual([]);
    // Nothing was dropped.
    expect(kim.ctx.store.read().annotations.length).toBe(5);
  });

  it('should find the earlier version by title and issuer when none is chosen', async () => {
    const { kim } = await withNotes();
    const summary = (await kim.call('library:import', { fileName: 'report-v2.txt', dataBase64: b64(REVISED) })) as ImportSummary;
    expect(summary.revision).toMatchObject({ previousVersionId: kim.documentId, automatic: true, reattached: 4 });
  });

  it('should refuse a replaced document that is unknown, already replaced, or the same text', async () => {
    const { kim } = await withNotes();
    expect(await kim.call('library:import', { fileName: 'x.txt', dataBase64: b64(REVISED), replacesDocumentId: 'nope' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await kim.call('library:import', { fileName: 'x.txt', dataBase64: b64(SMALL_REPORT), replacesDocumentId: kim.documentId })).toMatchObject({
      ok: false,
      code: 'bad-input',
      message: expect.stringMatching(/자기 자신/),
    });
    await kim.call('library:import', { fileName: 'x.txt', dataBase64: b64(REVISED), replacesDocumentId: kim.documentId });
    expect(await kim.call('library:import', { fileName: 'y.txt', dataBase64: b64(REVISED + '\n추가 줄'), replacesDocumentId: kim.documentId })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it("should let only the author or committee staff re-attach, and never another's private note", async () => {
    const { kim, notes } = await withNotes();
    const lee = (await kim.call('member:create', { name: '이의원' })) as { id: string };
    await kim.call('member:switch', { id: lee.id });
    expect(await kim.call('annotation:reattach', { id: notes.pr.id, projectId: kim.projects[0]!.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await kim.call('annotation:reattach', { id: notes.memo.id, projectId: kim.projects[0]!.id })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await kim.call('annotation:reattach', { id: notes.pr.id, projectId: `${kim.documentId}:없는 사업` })).toMatchObject({ ok: false, code: 'not-found' });
    const staff = (await kim.call('member:create', { name: '박전문', role: '전문위원' })) as { id: string };
    await kim.call('member:switch', { id: staff.id });
    expect(await kim.call('annotation:reattach', { id: notes.pr.id, projectId: kim.projects[0]!.id })).toMatchObject({ projectId: kim.projects[0]!.id });
  });

  it('should move notes of an old version arriving in a bundle onto the newest version here', async () => {
    const { kim, notes } = await withNotes();
    const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
    const revised = (await sec.call('library:import', { fileName: 'v2.txt', dataBase64: b64(REVISED) })) as ImportSummary;
    const bundle = ((await kim.call('bundle:export', {})) as { dataBase64: string }).dataBase64;
    const report = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(report.totals.new).toBe(4);
    expect(report.reattached).toBe(3);
    const seen = (await sec.call('annotation:list', {})) as Annotation[];
    expect(seen.filter((a) => a.documentId === revised.documentId).length).toBe(3);
    expect(((await sec.call('annotation:orphans', {})) as OrphanEntry[]).map((o) => o.annotation.id)).toEqual([notes.integrity.id]);
    // Importing it again changes nothing: the moved notes are newer here.
    const again = (await sec.call('bundle:import', { dataBase64: bundle })) as BundleImportReport;
    expect(again.totals).toMatchObject({ new: 0, updated: 0 });
    expect(again.reattached).toBe(0);
  });
});
