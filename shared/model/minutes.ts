/**
 * The minutes workbook's input: plain data gathered from a session's annotations by the service
 * layer. The writers (`electron/service/minutes/`) turn it into bytes and never touch the database.
 */

/** The session the minutes are for, e.g. 제331회 서초구의회 임시회, 행정복지위원회. */
export interface MinutesSessionHeader {
  /** 회기 number: 331 in 제331회. */
  number: number;
  /** 임시회 | 정례회. */
  kind: string;
  /** 의회 name, e.g. 서초구의회. */
  council?: string;
  /** 위원회, e.g. 행정복지위원회. */
  committee: string;
  /** 회의명, e.g. 2024년도 주요업무보고 청취. */
  title: string;
  /** First day, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day, `YYYY-MM-DD` (equal to startDate for a one-day meeting). */
  endDate: string;
  /** 차수, e.g. '제1차'. */
  meetingRound?: string;
  /** 출석 의원, in the order the secretary lists them. */
  membersPresent: string[];
}

/** One annotation, flattened with its project, unit and the answer recorded for it. */
export interface MinutesRow {
  annotationId: string;
  /** `YYYY-MM-DD` the annotation was made, or the meeting date. */
  date: string;
  /** 실·국. */
  division: string;
  /** 부서 (과/담당관/센터/팀): the project's responsible unit. */
  unit: string;
  /** 사업번호 as printed in the document: '2', '10', 'I-1-2', '1-1-➊'. */
  projectNumber: string;
  projectTitle: string;
  /** The project's budget in 천원; null when unknown or 비예산. */
  budgetThousandWon: number | null;
  memberName: string;
  /** 구분: 질의|지적|시정요구|처리요구|건의|자료요구|의견|우수사례|메모 (see MINUTES_TYPES). */
  type: string;
  body: string;
  /** The document text the annotation marks, if any. */
  quote?: string;
  /** True for a member's own note (메모 etc.): left out of exports unless asked for. */
  private: boolean;
  tags: string[];
  /** 답변자(직위). */
  responder?: string;
  /** 답변 요지. */
  answerSummary?: string;
  /** 조치사항. */
  action?: string;
  /** 처리기한, `YYYY-MM-DD`. */
  dueDate?: string;
  /** 조치상태: 완료|추진중|장기검토|미조치|계속추진|기타 (see ACTION_STATUSES). */
  actionStatus?: string;
  /** For 자료요구: whether the documents were received. */
  received?: boolean;
  /** 비고. */
  note?: string;
  /** Position of its document/unit in the session agenda, for sorting. */
  agendaOrder: number;
  documentTitle: string;
}

/** Everything one export needs. */
export interface MinutesInput {
  session: MinutesSessionHeader;
  rows: MinutesRow[];
  /** ISO date-time of the export, shown on the overview sheet and stored as the file's date. */
  generatedAt: string;
}

/** Which part of the session to export. Empty or missing filters mean "all". */
export interface MinutesOptions {
  /** Sheets to write, in workbook order; default all. */
  sheets?: MinutesSheet[];
  /** Include private rows (메모); default false. */
  includePrivate?: boolean;
  /** Only these members' annotations. */
  memberNames?: string[];
  /** Only annotations on these documents. */
  documentTitles?: string[];
}

/** The workbook's sheets: 개요, 질의답변, 부서별 집계, 자료요구, 후속조치. */
export type MinutesSheet = 'overview' | 'qa' | 'byUnit' | 'requests' | 'followUp';

/** Every sheet, in workbook order. */
export const MINUTES_SHEETS: readonly MinutesSheet[] = ['overview', 'qa', 'byUnit', 'requests', 'followUp'];

/** Annotation types (구분) in the order councils list them; other values sort after these. */
export const MINUTES_TYPES = ['질의', '지적', '시정요구', '처리요구', '건의', '개선', '자료요구', '의견', '우수사례', '메모'] as const;

/** Types that become a follow-up item with a deadline and a status (GUIDE: 시정·처리요구, 건의/개선, 자료요구). */
export const FOLLOW_UP_TYPES: readonly string[] = ['시정요구', '처리요구', '건의', '개선', '자료요구'];

/** The type listed on the 자료요구 sheet. */
export const DOCUMENT_REQUEST_TYPE = '자료요구';

/** Follow-up status vocabulary in use by Korean councils; only 완료 closes a request. */
export { ACTION_STATUSES } from './annotation';

/** The status that closes a follow-up item. */
export const ACTION_DONE = '완료';
