/** What members write on projects (see ../shared/GUIDE.md, "Annotations"). */

export const ANNOTATION_TYPES = ['질의', '지적', '시정요구', '처리요구', '건의', '자료요구', '의견', '우수사례', '메모'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

/** Most notes one `annotation:list` answers (a session of the archive holds 2,000). */
export const ANNOTATION_LIST_LIMIT = 10_000;

export const ANNOTATION_STATUSES = ['미답변', '답변완료', '종결'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

export const ACTION_STATUSES = ['완료', '추진중', '장기검토', '미조치', '계속추진', '기타'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type Visibility = 'private' | 'shared';

/** Where an annotation hangs: enough to find the project again after the document is revised. */
export interface ProjectAnchor {
  unit: string;
  section: string;
  number: string;
  title: string;
}

/** What the secretary records for an annotation (minutes columns). */
export interface AnswerRecord {
  responder?: string;
  summary?: string;
  action?: string;
  dueDate?: string;
  actionStatus?: ActionStatus;
  received?: boolean;
  note?: string;
  /** 처리결과: what the executive reports it did (from its 처리결과 table or typed in). */
  result?: string;
}

export interface Annotation {
  id: string;
  documentId: string;
  /** `${documentId}:${project key}`, see projectId(). */
  projectId: string;
  anchor: ProjectAnchor;
  /** The quoted span of the project text the note marks, if any. */
  quote?: string;
  type: AnnotationType;
  body: string;
  status: AnnotationStatus;
  starred: boolean;
  tags: string[];
  authorId: string;
  authorName: string;
  visibility: Visibility;
  sessionId?: string;
  answer?: AnswerRecord;
  createdAt: string;
  updatedAt: string;
  /** Incremented on every change; merges keep the higher version. */
  version: number;
  /** Tombstone: deleted annotations stay (for undo and for merging) but are not shown. */
  deleted: boolean;
}

/** 메모 is private by default; everything else is shared. */
export function defaultVisibility(type: AnnotationType): Visibility {
  return type === '메모' ? 'private' : 'shared';
}

/** Projects are addressed as `documentId:key` across the API. */
export function projectId(documentId: string, projectKey: string): string {
  return `${documentId}:${projectKey}`;
}

export function splitProjectId(id: string): { documentId: string; projectKey: string } | null {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return null;
  return { documentId: id.slice(0, at), projectKey: id.slice(at + 1) };
}
