/** A committee session (회기) and its agenda. */

export const SESSION_KINDS = ['임시회', '정례회'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** One document on the agenda, with the units heard, in hearing order (empty = the whole document). */
export interface AgendaItem {
  documentId: string;
  units: string[];
}

export interface Session {
  id: string;
  /** 제N회 */
  number: number;
  kind: SessionKind;
  committee: string;
  /** e.g. 2024년도 주요업무보고 청취 */
  title: string;
  startDate: string;
  endDate: string;
  memberIds: string[];
  agenda: AgendaItem[];
  createdAt: string;
  updatedAt: string;
}

export interface SessionEntry extends Session {
  current: boolean;
  annotationCount: number;
}

/** `제331회 임시회` */
export function sessionLabel(s: Pick<Session, 'number' | 'kind'>): string {
  return `제${s.number}회 ${s.kind}`;
}
