import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { FollowUpCarryover, FollowUpImportPreview, FollowUpImportResult, FollowUpItem } from '@shared/model/followup';
import { parseActionStatus, suggestMapping } from '@shared/followup/sheet';
import { SMALL_REPORT, laptop } from '../../helpers/bundles';

const S330 = { number: 330, kind: '정례회', committee: '행정복지위원회', title: '행정사무감사', startDate: '2023-11-20', endDate: '2023-11-28' };
const S331 = { number: 331, kind: '임시회', committee: '행정복지위원회', title: '주요업무보고 청취', startDate: '2024-01-16', endDate: '2024-01-22' };

function workbook(rows: (string | number)[][]): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '처리결과');
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

async function register() {
  const sec = await laptop('박전문', { role: '전문위원', document: SMALL_REPORT });
  const kim = (await sec.call('member:create', { name: '김의원' })) as { id: string };
  const s330 = (await sec.call('session:create', { ...S330, agenda: [{ documentId: sec.documentId }] })) as { id: string };
  await sec.call('member:switch', { id: kim.id });
  const [integrity, complaints, , pr] = sec.projects;
  const note = async (projectId: string, type: string, body: string) => (await sec.call('annotation:create', { projectId, type, body })) as Annotation;
  const correction = await note(integrity!.id, '시정요구', '청렴 교육 참석률 제고 방안을 마련할 것');
  const proposal = await note(complaints!.id, '건의', '민원 창구 확대 운영을 건의함');
  const request = await note(pr!.id, '자료요구', '구정 홍보 예산 집행 내역 제출');
  await note(integrity!.id, '질의', '참석률은?'); // not a follow-up item
  await sec.call('member:switch', { id: sec.memberId });
  await sec.call('annotation:update', { id: proposal.id, answer: { actionStatus: '완료', dueDate: '2023-12-31' } });
  await sec.call('annotation:update', { id: correction.id, answer: { actionStatus: '미조치', dueDate: '2000-01-01' } });
  return { sec, s330, correction, proposal, request };
}

describe('follow-up register', () => {
  it('should list 시정요구, 건의 and 자료요구 with session, unit, project, status, in minutes order', async () => {
    const { sec, s330, correction, proposal, request } = await register();
    const items = (await sec.call('followup:list', {})) as FollowUpItem[];
    expect(items.map((i) => [i.seq, i.annotationId])).toEqual([
      [1, request.id], // 기획과 sorts before 총무과
      [2, correction.id],
      [3, proposal.id],
    ]);
    expect(items[1]).toMatchObject({
      sessionId: s330.id,
      sessionLabel: '제330회 정례회',
      committee: '행정복지위원회',
      unit: '총무과',
      projectNumber: '1',
      projectTitle: '청렴도 향상 추진',
      actionStatus: '미조치',
      open: true,
      overdue: true,
      documentTitle: '주요업무보고 (총무과)',
    });
    expect(items[2]).toMatchObject({ open: false, actionStatus: '완료' });
    expect(((await sec.call('followup:list', { openOnly: true })) as FollowUpItem[]).length).toBe(2);
    expect(((await sec.call('followup:list', { unit: '총무과' })) as FollowUpItem[]).length).toBe(2);
    expect(((await sec.call('followup:list', { committee: '기획경제위원회' })) as FollowUpItem[]).length).toBe(0);
    expect(await sec.call('followup:list', { sessionId: 'nope' })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it("should carry open items from earlier sessions to the units on the next session's agenda", async () => {
    const { sec, s330, correction, request } = await register();
    const s331 = (await sec.call('session:create', { ...S331, agenda: [{ documentId: sec.documentId, units: ['총무과'] }] })) as { id: string };
    const carry = (await sec.call('followup:carryover', { sessionId: s331.id })) as FollowUpCarryover;
    expect(carry).toMatchObject({ units: ['총무과'], fromSessions: [{ id: s330.id, label: '제330회 정례회' }] });
    expect(carry.items.map((i) => i.annotationId)).toEqual([correction.id]);
    // A whole document on the agenda brings all of its units.
    await sec.call('session:update', { id: s331.id, agenda: [{ documentId: sec.documentId }] });
    const all = (await sec.call('followup:carryover', { sessionId: s331.id })) as FollowUpCarryover;
    expect(all.items.map((i) => i.annotationId).sort()).toEqual([correction.id, request.id].sort());
    // Nothing carries back in time.
    expect(((await sec.call('followup:carryover', { sessionId: s330.id })) as FollowUpCarryover).items).toEqual([]);
  });

  it('should read statuses as councils write them', () => {
    expect(parseActionStatus('처리완료')).toBe('완료');
    expect(parseActionStatus('미완료')).toBe('미조치');
    expect(parseActionStatus('일부 완료')).toBe('추진중');
    expect(parseActionStatus('계속 추진')).toBe('계속추진');
    expect(parseActionStatus('중장기 검토')).toBe('장기검토');
    expect(parseActionStatus('진행 중')).toBe('추진중');
    expect(parseActionStatus('해당없음')).toBe('기타');
    expect(parseActionStatus('')).toBeUndefined();
    expect(suggestMapping(['연번', '소관부서', '지적 및 요구사항', '처리결과(조치내용)', '조치상태', '비고'])).toEqual({ number: 0, unit: 1, request: 2, result: 3, status: 4 });
  });
});

describe('처리결과 spreadsheet import', () => {
  const sheet = () =>
    workbook([
      ['제330회 정례회 행정사무감사 지적사항 처리결과'],
      ['연번', '부서', '요구사항', '처리결과', '조치상태', '비고'],
      [1, '기획과', '구정 홍보 예산 집행 내역 제출', '집행 내역 제출함', '완료', ''],
      [2, '총무과', '청렴 교육 참석률 제고 방안 마련', '참석 의무화 추진', '추진중', ''],
      [3, '총무과', '전혀 다른 주제의 요청입니다 도로 포장', '검토', '장기검토', ''],
      ['', '총무과', '민원 창구 확대 운영 건의', '창구 2곳 추가 설치', '처리완료', ''],
    ]);

  it('should suggest a mapping, match rows by 연번 or text, apply statuses and results, and remember the mapping', async () => {
    const { sec, s330, correction, proposal, request } = await register();
    const data = sheet();
    const preview = (await sec.call('followup:import-preview', { fileName: '처리결과.xlsx', dataBase64: data, sessionId: s330.id })) as FollowUpImportPreview;
    expect(preview).toMatchObject({ headerRow: 2, mappingSource: 'suggested', mapping: { number: 0, unit: 1, request: 2, result: 3, status: 4 }, candidates: 3 });
    expect(preview.columns).toEqual(['연번', '부서', '요구사항', '처리결과', '조치상태', '비고']);
    const byRow = new Map(preview.matches.map((m) => [m.row, m]));
    expect(byRow.get(3)).toMatchObject({ annotationId: request.id, method: 'number', needsReview: false });
    expect(byRow.get(4)).toMatchObject({ annotationId: correction.id, method: 'number', needsReview: false });
    expect(byRow.get(5)).toMatchObject({ needsReview: true }); // 연번 3 says 건의, the text says otherwise
    expect(byRow.get(6)).toMatchObject({ annotationId: proposal.id, method: 'text' });
    expect(preview.rows.find((r) => r.row === 6)).toMatchObject({ status: '완료', result: '창구 2곳 추가 설치' });

    const chosen = preview.matches.filter((m) => !m.needsReview && m.annotationId).map((m) => ({ row: m.row, annotationId: m.annotationId! }));
    const applied = (await sec.call('followup:import-apply', { fileName: '처리결과.xlsx', dataBase64: data, mapping: preview.mapping, matches: chosen })) as FollowUpImportResult;
    expect(applied).toMatchObject({ updated: 3, skipped: [] }); // row 6 was already 완료, but its 처리결과 is new
    const items = new Map(((await sec.call('followup:list', {})) as FollowUpItem[]).map((i) => [i.annotationId, i]));
    expect(items.get(correction.id)).toMatchObject({ actionStatus: '추진중', result: '참석 의무화 추진', open: true });
    expect(items.get(request.id)).toMatchObject({ actionStatus: '완료', result: '집행 내역 제출함', open: false });

    const again = (await sec.call('followup:import-preview', { fileName: '처리결과.xlsx', dataBase64: data })) as FollowUpImportPreview;
    expect(again.mappingSource).toBe('remembered');
    const twice = (await sec.call('followup:import-apply', { fileName: '처리결과.xlsx', dataBase64: data, mapping: preview.mapping, matches: chosen })) as FollowUpImportResult;
    expect(twice.updated).toBe(0);
  });

  it('should report rows it cannot apply and refuse a mapping outside the sheet', async () => {
    const { sec, correction } = await register();
    const data = sheet();
    const mapping = { number: 0, request: 2, result: 3, status: 4 };
    const result = (await sec.call('followup:import-apply', {
      fileName: 'r.xlsx',
      dataBase64: data,
      mapping,
      matches: [
        { row: 99, annotationId: correction.id },
        { row: 4, annotationId: 'no-such-note' },
      ],
    })) as FollowUpImportResult;
    expect(result.updated).toBe(0);
    expect(result.skipped.map((s) => s.row)).toEqual([99, 4]);
    expect(await sec.call('followup:import-apply', { fileName: 'r.xlsx', dataBase64: data, mapping: { result: 40 }, matches: [] })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await sec.call('followup:import-apply', { fileName: 'r.xlsx', dataBase64: data, mapping: { number: 0 }, matches: [] })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await sec.call('followup:import-preview', { fileName: 'r.xlsx', dataBase64: 'bm90IGEgc2hlZXQ=' })).toMatchObject({ ok: false, code: 'bad-input' });
    // A member cannot record results on someone else's item.
    const lee = (await sec.call('member:create', { name: '이의원' })) as { id: string };
    await sec.call('member:switch', { id: lee.id });
    const denied = (await sec.call('followup:import-apply', { fileName: 'r.xlsx', dataBase64: data, mapping, matches: [{ row: 4, annotationId: correction.id }] })) as FollowUpImportResult;
    expect(denied).toMatchObject({ updated: 0, skipped: [{ row: 4 }] });
  });
});
