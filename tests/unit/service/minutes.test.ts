import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { b64, makeApi } from '../../helpers/service';

const REPORT = ['2024년도 주요업무보고', '', '총무과', '', '2024년 주요업무 추진계획', '', '1. 청렴도 향상 추진', '', '□ 소요예산 : 1,000천원 【구비】', '', '2. 민원 처리 개선', '', '□ 소요예산 : 2,000천원 【구비】', ''].join('\n');

describe('minutes:export from a session', () => {
  it("should write the session's notes from two members with the secretary's answers", async () => {
    const { call } = await makeApi();
    const { documentId } = (await call('library:import', { fileName: 'r.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    const doc = (await call('document:get', { id: documentId })) as { tree: { projects: { id: string }[] } };
    const [p1, p2] = doc.tree.projects;
    const kim = (await call('member:create', { name: '김의원' })) as { id: string };
    const lee = (await call('member:create', { name: '이의원' })) as { id: string };
    const staff = (await call('member:create', { name: '박전문', role: '전문위원' })) as { id: string };
    const session = (await call('session:create', {
      number: 331, kind: '임시회', committee: '행정복지위원회', title: '2024년도 주요업무보고 청취',
      startDate: '2024-01-16', endDate: '2024-01-22', memberIds: [kim.id, lee.id], agenda: [{ documentId }],
    })) as { id: string; current: boolean };
    expect(session.current).toBe(true);

    await call('member:switch', { id: kim.id });
    const q = (await call('annotation:create', { projectId: p1!.id, type: '질의', body: '청렴도 등급 하락 사유는?' })) as { id: string };
    await call('annotation:create', { projectId: p1!.id, type: '메모', body: '김의원 개인 메모' });
    await call('member:switch', { id: lee.id });
    const r = (await call('annotation:create', { projectId: p2!.id, type: '자료요구', body: '=민원 처리 통계 제출' })) as { id: string };

    await call('member:switch', { id: staff.id });
    await call('annotation:update', { id: q.id, status: '답변완료', answer: { responder: '총무과장', summary: '교육 강화 예정', actionStatus: '추진중' } });
    expect(await call('annotation:bulk-update', { ids: [q.id, r.id], changes: { answer: { dueDate: '2024-02-28' } } })).toEqual({ updated: 2 });

    const out = (await call('minutes:export', { sessionId: session.id })) as { fileName: string; dataBase64: string };
    expect(out.fileName).toBe('제331회_행정복지위원회_회의록_2024-01-16.xlsx');
    const wb = XLSX.read(Buffer.from(out.dataBase64, 'base64'), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['개요', '질의답변', '부서별 집계', '자료요구', '후속조치']);
    const qa = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['질의답변']!);
    expect(qa).toHaveLength(2); // the 메모 is private
    expect(qa[0]).toMatchObject({ 일자: '2024-01-16', 부서: '총무과', 사업번호: '1', 의원명: '김의원', 구분: '질의', 답변자: '총무과장', '답변 요지': '교육 강화 예정', 처리기한: '2024-02-28', 조치상태: '추진중' });
    expect(qa[1]).toMatchObject({ 의원명: '이의원', 구분: '자료요구', 내용: '=민원 처리 통계 제출' });
    const cell = Object.values(wb.Sheets['질의답변']!).find((c) => (c as { v?: unknown }).v === '=민원 처리 통계 제출') as { t: string; f?: string };
    expect(cell).toMatchObject({ t: 's' });
    expect(cell.f).toBeUndefined();

    const csv = (await call('minutes:export', { sessionId: session.id, options: { format: 'csv' } })) as { fileName: string; dataBase64: string };
    expect(csv.fileName.endsWith('.csv')).toBe(true);
    expect(Buffer.from(csv.dataBase64, 'base64').toString('utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('should answer an unknown session with not-found', async () => {
    const { call } = await makeApi();
    expect(await call('minutes:export', { sessionId: 'none' })).toMatchObject({ ok: false, code: 'not-found' });
  });
});
