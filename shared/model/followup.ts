/**
 * The follow-up register (GUIDE, complaint 7): 시정요구, 처리요구, 건의, 자료요구 stay open across
 * sessions until 완료. See electron/service/followups.ts.
 */
import type { ActionStatus, AnnotationType } from './annotation';

/** Annotation types that become follow-up items. */
export const FOLLOW_UP_ANNOTATION_TYPES: readonly AnnotationType[] = ['시정요구', '처리요구', '건의', '자료요구'];

export interface FollowUpItem {
  annotationId: string;
  /**
   * 연번: the item's row number on its session's 후속조치 sheet (minutes order: agenda, unit,
   * project number, date; shared notes only). Items without a session are numbered among themselves.
   */
  seq: number;
  type: AnnotationType;
  body: string;
  quote?: string;
  authorName: string;
  sessionId?: string;
  /** `제331회 임시회`, or '' without a session. */
  sessionLabel: string;
  /** The session's committee, else the document's. */
  committee: string;
  sessionStartDate: string;
  documentId: string;
  documentTitle: string;
  projectId: string;
  unit: string;
  projectNumber: string;
  projectTitle: string;
  actionStatus?: ActionStatus;
  /** Not 완료 (and for 자료요구, documents not yet received). */
  open: boolean;
  dueDate?: string;
  /** Open and past its due date (today, local time). */
  overdue: boolean;
  action?: string;
  /** 처리결과. */
  result?: string;
  received?: boolean;
}

/** What `followup:carryover` answers: the earlier sessions' open items for this session's units. */
export interface FollowUpCarryover {
  sessionId: string;
  committee: string;
  /** Units on the session's agenda (every unit of a document listed without units). */
  units: string[];
  /** Earlier sessions of the same committee that items came from, oldest first. */
  fromSessions: { id: string; label: string; startDate: string }[];
  items: FollowUpItem[];
}

/** Columns a 처리결과 sheet may have. */
export const FOLLOW_UP_FIELDS = ['number', 'request', 'result', 'status', 'unit', 'project', 'dueDate'] as const;
export type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number];

/** Which column (0-based) holds which field; fields without a column are left out. */
export type FollowUpColumnMapping = Partial<Record<FollowUpField, number>>;

export interface FollowUpSheetRow {
  /** 1-based position of the row among the sheet's rows as read (blank rows are skipped). */
  row: number;
  number?: string;
  request: string;
  result: string;
  /** The status as written, and as one of ACTION_STATUSES when it could be read. */
  statusText: string;
  status?: ActionStatus;
  unit: string;
  project: string;
}

export interface FollowUpRowMatch {
  row: number;
  /** The proposed item, or null when nothing came close. */
  annotationId: string | null;
  /** 0..1. */
  score: number;
  method: 'number' | 'text' | null;
  /** Below the threshold, or the item is proposed for more than one row: a person should check. */
  needsReview: boolean;
}

export interface FollowUpImportPreview {
  sheetName: string;
  /** 1-based row of the header, among the rows as read. */
  headerRow: number;
  columns: string[];
  /** The header cells, normalised: mappings are remembered under it. */
  signature: string;
  mapping: FollowUpColumnMapping;
  /** Where the mapping came from: the caller, a mapping remembered for this header, or keywords. */
  mappingSource: 'given' | 'remembered' | 'suggested';
  rows: FollowUpSheetRow[];
  matches: FollowUpRowMatch[];
  /** How many follow-up items the rows were matched against. */
  candidates: number;
  /** needsReview below this score. */
  threshold: number;
}

export interface FollowUpImportResult {
  updated: number;
  skipped: { row: number; reason: string }[];
  signature: string;
}
