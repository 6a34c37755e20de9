import type { MinutesSessionHeader } from '../model/minutes';
import { koNumber } from './numbers';

/** Korean sheet names, headers and labels of the minutes workbook and its CSV. */
export const minutesText = {
  /** Sheet tab names (Excel allows at most 31 characters and none of []:*?/\). */
  sheetNames: {
    overview: '개요',
    qa: '질의답변',
    byUnit: '부서별 집계',
    requests: '자료요구',
    followUp: '후속조치',
  },
  /** Column headers, traced to councils' own 회의록 / 답변요지서 / 처리결과 tables. */
  columns: {
    session: '회기',
    date: '일자',
    division: '실·국',
    unit: '부서',
    projectNumber: '사업번호',
    projectTitle: '사업명',
    member: '의원명',
    type: '구분',
    body: '내용',
    requestBody: '요구 내용',
    responder: '답변자',
    answerSummary: '답변 요지',
    action: '조치사항',
    dueDate: '처리기한',
    actionStatus: '조치상태',
    note: '비고',
    received: '수령 여부',
    total: '합계',
    projectCount: '검토 사업 수',
    budget: '검토 사업 예산(천원)',
    item: '항목',
    value: '내용',
  },
  overview: {
    sessionRound: '회기·차수',
    council: '의회',
    committee: '위원회',
    title: '회의명',
    dates: '일자',
    members: '출석 의원',
    generatedAt: '작성 일시',
    rowCount: '수록 건수',
    openFollowUps: '후속조치 미완료',
    scopeMembers: '대상 의원',
    scopeDocuments: '대상 문서',
    privateIncluded: '비공개 메모',
    privateIncludedValue: '포함',
    byType: '구분별 건수',
    byStatus: '조치상태별 건수',
    count: (n: number) => `${koNumber(n)}건`,
  },
  received: { yes: '수령', no: '미수령' },
  /** Status shown for a follow-up item nobody has set a status on yet. */
  noStatus: '미지정',
  /** Prefix of the quoted document text appended to 내용. */
  quoteLabel: '인용',
  /** Marks a cell cut at Excel's 32,767-character limit. */
  truncated: '…(이하 생략)',
  /** "제331회 임시회 제1차". */
  sessionLabel: (session: Pick<MinutesSessionHeader, 'number' | 'kind' | 'meetingRound'>) =>
    [`제${session.number}회`, session.kind, session.meetingRound].filter((part) => part?.trim()).join(' '),
  /** "2024-01-16 ~ 2024-01-22", or one date when the meeting lasted a day. */
  dateRange: (start: string, end: string) => (end && end !== start ? `${start} ~ ${end}` : start),
  /** Word in the file name: 제331회_행정복지위원회_회의록_2024-01-16.xlsx. */
  fileNameWord: '회의록',
  /** Printed page footer: "3 / 12" (Excel header/footer codes). */
  pageFooter: '&C&P / &N',
} as const;
