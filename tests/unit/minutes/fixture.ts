/** A realistic session for the minutes tests: two members, every type, one private 메모, formula-like bodies. */
import type { MinutesInput, MinutesRow } from '@shared/model/minutes';

type RowFields = Pick<MinutesRow, 'annotationId' | 'type' | 'body' | 'memberName'> & Partial<MinutesRow>;

const auditUnit = { division: '부구청장 직속', unit: '감사담당관', agendaOrder: 1, documentTitle: '2024 감사담당관 주요업무보고' };
const adminUnit = { division: '문화행정국', unit: '행정지원과', agendaOrder: 2, documentTitle: '2024 문화행정국 주요업무보고' };

function row(fields: RowFields): MinutesRow {
  return {
    date: '2024-01-16',
    ...auditUnit,
    projectNumber: '1',
    projectTitle: '청렴도 향상 추진',
    budgetThousandWon: 20_916,
    private: false,
    tags: [],
    ...fields,
  };
}

/** Rows deliberately out of order: the writer sorts them by agenda, unit, project number, date. */
export const sampleRows: MinutesRow[] = [
  row({
    annotationId: 'a10', ...adminUnit, projectNumber: '10', projectTitle: '공무원 역량강화 교육', budgetThousandWon: 150_000,
    memberName: '박철수', type: '시정요구', body: '교육 이수율이 낮은 부서에 대한 대책을 마련할 것', dueDate: '2024-03-31',
    actionStatus: '추진중', action: '부서별 이수 현황 월별 점검',
  }),
  row({
    annotationId: 'a2', ...adminUnit, projectNumber: '2', projectTitle: '민원 서비스 개선', budgetThousandWon: 35_000,
    memberName: '김영희', type: '질의', body: '민원 처리 기간 단축 목표의 근거는 무엇인가?',
    quote: '민원 처리기간 20% 단축', responder: '행정지원과장', answerSummary: '전년도 평균 처리일수 대비 산정함',
  }),
  row({
    annotationId: 'a3', ...adminUnit, projectNumber: '2', projectTitle: '민원 서비스 개선', budgetThousandWon: 35_000,
    memberName: '박철수', type: '자료요구', body: '최근 3년간 민원 처리 현황 자료', dueDate: '2024-01-31', received: true,
  }),
  row({ annotationId: 'a1', memberName: '김영희', type: '지적', body: '=HYPERLINK("http://x")', date: '2024-01-17' }),
  row({ annotationId: 'a4', memberName: '김영희', type: '처리요구', body: '+1', dueDate: '2024-02-15', actionStatus: '미조치' }),
  row({ annotationId: 'a5', memberName: '박철수', type: '건의', body: '-2', actionStatus: '완료', action: '반영 완료' }),
  row({ annotationId: 'a6', memberName: '박철수', type: '자료요구', body: '@SUM(A1)', dueDate: '2024-01-25', received: false }),
  row({ annotationId: 'a7', memberName: '김영희', type: '의견', body: '감사 결과 공개 범위를 넓히는 방안을 검토 바람', date: '2024-01-16' }),
  row({
    annotationId: 'a8', ...adminUnit, projectNumber: '10', projectTitle: '공무원 역량강화 교육', budgetThousandWon: 150_000,
    memberName: '김영희', type: '우수사례', body: '온라인 교육 과정 운영은 우수 사례임', note: '타 부서 공유',
  }),
  row({
    annotationId: 'a9', memberName: '김영희', type: '메모', body: '비공개: 다음 회기에 다시 확인', private: true,
  }),
];

export const sampleInput: MinutesInput = {
  session: {
    number: 331,
    kind: '임시회',
    council: '서초구의회',
    committee: '행정복지위원회',
    title: '2024년도 주요업무보고 청취',
    startDate: '2024-01-16',
    endDate: '2024-01-22',
    meetingRound: '제1차',
    membersPresent: ['김영희', '박철수'],
  },
  rows: sampleRows,
  generatedAt: '2024-01-22T09:00:00.000Z',
};
