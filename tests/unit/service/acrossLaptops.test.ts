/**
 * The scenario at the service level: two members and a secretary on three laptops (data
 * folders), offline, exchanging review bundles; a revised document; a 처리결과 spreadsheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { BundleImportReport } from '@shared/model/bundle';
import type { FollowUpImportPreview, FollowUpItem } from '@shared/model/followup';
import type { ImportSummary } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import { parsePlan } from '@shared/parser/index';
import { withFirstPlanRemoved } from '../../helpers/revision';
import { laptop, noteSet, projectsOf } from '../../helpers/bundles';
import type { Api, Project } from '../../helpers/bundles';
import { b64, repoSeedsDir } from '../../helpers/service';

const SEED = readFileSync(join(repoSeedsDir, '2024-서초구-행정복지위원회-주요업무보고.txt'), 'utf8');
const SESSION = { number: 331, kind: '임시회', committee: '행정복지위원회', title: '2024년도 주요업무보고 청취', startDate: '2024-01-16', endDate: '2024-01-22' };
const UNIT = '감사담당관';

/** The seed revised: 감사담당관's first plan removed and the others renumbered 2→1 … 7→6. */
const revisedSeed = () => withFirstPlanRemoved(SEED, UNIT);

type Exported = { dataBase64: string };
const byKey = (projects: Project[], section: string, number: string) => projects.find((p) => p.unit === UNIT && p.section === section && p.number === number)!;

async function member(name: string) {
  const m = await laptop(name, { document: SEED, fileName: '2024-서초구-행정복지위원회-주요업무보고.txt' });
  await m.call('session:create', { ...SESSION, agenda: [{ documentId: m.documentId, units: [UNIT, '홍보담당관'] }] });
  return m;
}

async function note(api: Api, project: Project, type: string, body: string, extra: Record<string, unknown> = {}) {
  return (await api.call('annotation:create', { projectId: project.id, type, body, ...extra })) as Annotation;
}

describe('across laptops and sessions, offline', () => {
  it('merges two members into the same result in any order, keeps notes through a revision, and takes 처리결과 from a spreadsheet', async () => {
    // ── Two members annotate the same projects of the same document on their own laptops.
    const kim = await member('김의원');
    const lee = await member('이의원');
    expect(lee.documentId).toBe(kim.documentId);
    const P = (m: typeof kim, n: string) => byKey(m.projects, 'plans', n);
    const kimNotes = [
      await note(kim, P(kim, '1'), '시정요구', '청렴도 평가 하위 분야 개선 계획을 제출할 것', { quote: '청렴' }),
      await note(kim, P(kim, '2'), '질의', '자체감사 지적 건수와 처분 결과는?'),
      await note(kim, P(kim, '3'), '건의', '친절행정 우수 직원 포상 확대'),
      await note(kim, P(kim, '5'), '자료요구', '생활현장 순찰 실적 월별 자료'),
      await note(kim, P(kim, '2'), '메모', '작년 감사 결과 다시 볼 것'),
    ];
    const leeNotes = [
      await note(lee, P(lee, '1'), '지적', '청렴 교육이 형식적임'),
      await note(lee, P(lee, '2'), '처리요구', '감사 결과 공개 범위를 넓힐 것'),
      await note(lee, P(lee, '3'), '의견', '친절행정 추진 성과가 좋음'),
      await note(lee, P(lee, '7'), '시정요구', '옴부즈만 권고 이행률 관리 방안 마련'),
    ];
    await lee.call('annotation:update', { id: leeNotes[1]!.id, body: '감사 결과 공개 범위를 넓히고 기한을 정할 것' });
    await lee.call('annotation:delete', { id: leeNotes[2]!.id });

    const kimBundle = ((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64;
    const leeBundle = ((await lee.call('bundle:export', {})) as Exported).dataBase64;

    // ── The secretary imports both, twice, in both orders, on two fresh laptops.
    const secA = await laptop('박전문', { role: '전문위원' });
    const secB = await laptop('박전문', { role: '전문위원' });
    for (const bundle of [kimBundle, leeBundle, kimBundle, leeBundle]) expect(await secA.call('bundle:import', { dataBase64: bundle })).toMatchObject({ applied: true });
    for (const bundle of [leeBundle, kimBundle, leeBundle, kimBundle]) expect(await secB.call('bundle:import', { dataBase64: bundle })).toMatchObject({ applied: true });
    expect(await noteSet(secA)).toEqual(await noteSet(secB));

    const shared = [...kimNotes.slice(0, 4), ...leeNotes].map((a) => a.id).sort();
    const stored = secA.ctx.store.read().annotations;
    expect(stored.map((a) => a.id).sort()).toEqual(shared); // kim's 메모 never left his laptop
    expect(stored.find((a) => a.id === leeNotes[1]!.id)).toMatchObject({ version: 2, body: '감사 결과 공개 범위를 넓히고 기한을 정할 것' });
    expect(stored.find((a) => a.id === leeNotes[2]!.id)).toMatchObject({ deleted: true });
    expect(await secA.call('annotation:orphans', {})).toEqual([]); // the document came with kim's bundle
    const sessions = (await secA.call('session:list', {})) as { id: string; annotationCount: number }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.annotationCount).toBe(7);

    // ── A revised version: one 감사담당관 plan removed, the others renumbered.
    const revised = revisedSeed();
    const revisedPlans = parsePlan(revised).projects.filter((p) => p.unit === UNIT && p.section === 'plans');
    expect(revisedPlans.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const summary = (await secA.call('library:import', { fileName: '2024-주요업무보고-수정본.txt', dataBase64: b64(revised) })) as ImportSummary;
    expect(summary.revision).toMatchObject({ previousVersionId: kim.documentId, automatic: true });
    const newProjects = await projectsOf(secA, summary.documentId);
    const newKeys = new Set(newProjects.map((p) => p.id));
    const orphans = (await secA.call('annotation:orphans', {})) as OrphanEntry[];
    const orphanIds = new Set(orphans.map((o) => o.annotation.id));
    const live = ((await secA.call('annotation:list', {})) as Annotation[]).filter((a) => !a.deleted);
    for (const a of live) expect(newKeys.has(a.projectId) || orphanIds.has(a.id)).toBe(true);
    // Only the notes on the removed project (청렴도 향상 추진) lost their place.
    expect([...orphanIds].sort()).toEqual([kimNotes[0]!.id, leeNotes[0]!.id].sort());
    // The document screen asks for its own: the new version's, which includes those left on the old one.
    const ofNew = (await secA.call('annotation:orphans', { documentId: summary.documentId })) as OrphanEntry[];
    expect(ofNew.map((o) => o.annotation.id).sort()).toEqual([...orphanIds].sort());
    const moved = live.find((a) => a.id === kimNotes[1]!.id)!;
    expect(moved).toMatchObject({ documentId: summary.documentId, anchor: { number: '1', title: '공정하고 신뢰받는 자체감사 시행' } });
    expect(secA.ctx.store.read().annotations.length).toBe(shared.length); // nothing dropped

    // ── The executive's 처리결과 table comes back as a spreadsheet.
    const session = sessions[0]!.id;
    const items = (await secA.call('followup:list', { sessionId: session })) as FollowUpItem[];
    expect(items.map((i) => i.type).sort()).toEqual(['건의', '시정요구', '시정요구', '자료요구', '처리요구'].sort());
    const status = ['완료', '추진중', '장기검토', '완료', '미조치'];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['연번', '소관부서', '요구사항', '처리결과', '조치상태'],
        ...items.map((i, k) => [i.seq, i.unit, i.body, `처리결과 ${i.seq}`, status[k]!]),
      ]),
      'Sheet1',
    );
    const dataBase64 = Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
    const preview = (await secA.call('followup:import-preview', { fileName: '처리결과.xlsx', dataBase64, sessionId: session })) as FollowUpImportPreview;
    expect(preview.matches.every((m) => !m.needsReview && m.method === 'number')).toBe(true);
    const matches = preview.matches.map((m) => ({ row: m.row, annotationId: m.annotationId! }));
    expect(matches.map((m) => m.annotationId)).toEqual(items.map((i) => i.annotationId));
    await secA.call('followup:import-apply', { fileName: '처리결과.xlsx', dataBase64, mapping: preview.mapping, matches });
    const after = (await secA.call('followup:list', { sessionId: session })) as FollowUpItem[];
    expect(after.map((i) => i.actionStatus)).toEqual(status);
    expect(after.map((i) => i.result)).toEqual(items.map((i) => `처리결과 ${i.seq}`));
    expect(((await secA.call('followup:list', { sessionId: session, openOnly: true })) as unknown[]).length).toBe(3);

    // ── The secretary's answers travel back to kim, who still has the old version: nothing of his is lost.
    const back = ((await secA.call('bundle:export', { memberId: kim.memberId, includeDocuments: true })) as Exported).dataBase64;
    const report = (await kim.call('bundle:import', { dataBase64: back })) as BundleImportReport;
    expect(report.totals.skipped).toBe(0);
    const kimSees = (await kim.call('annotation:list', {})) as Annotation[];
    expect(kimSees.map((a) => a.id).sort()).toEqual(kimNotes.map((a) => a.id).sort());
    expect(kimSees.find((a) => a.id === kimNotes[0]!.id)!.answer?.actionStatus).toBeDefined();
  }, 120_000);
});
