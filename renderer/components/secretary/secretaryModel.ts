/**
 * The secretary's table as plain data: one row per annotation, its sort order and filters.
 * No React here, so it is tested on its own (tests/unit/renderer/secretary*.test.ts).
 */
import type { Annotation, AnnotationStatus } from '@shared/model/annotation';
import { ANNOTATION_STATUSES, ACTION_STATUSES, ANNOTATION_TYPES } from '@shared/model/annotation';
import type { Session } from '@shared/model/session';

export type SortKey = 'unit' | 'member' | 'type' | 'status' | 'actionStatus' | 'dueDate';
export interface SortState {
  key: SortKey | null;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: SortState = { key: null, direction: 'asc' };

export interface Filters {
  unit: string;
  member: string;
  type: string;
  status: string;
  actionStatus: string;
}
export const NO_FILTERS: Filters = { unit: '', member: '', type: '', status: '', actionStatus: '' };
/** The value of a filter that selects rows where the field is empty (e.g. no 조치상태 yet). */
export const EMPTY_VALUE = '\u0000none';

const collator = new Intl.Collator('ko', { numeric: true, sensitivity: 'variant' });
export const compareNatural = (a: string, b: string) => collator.compare(a, b);

/** Position of the annotation's document/unit in the session's agenda (as the minutes sort it). */
export function agendaOrder(session: Pick<Session, 'agenda'> | null, a: Pick<Annotation, 'documentId' | 'anchor'>): number {
  if (!session) return 0;
  const index = session.agenda.findIndex((item) => item.documentId === a.documentId && (item.units.length === 0 || item.units.includes(a.anchor.unit)));
  if (index < 0) return session.agenda.length;
  // Inside one agenda item, units keep the hearing order the secretary gave.
  const units = session.agenda[index]!.units;
  return units.length ? index + units.indexOf(a.anchor.unit) / units.length : index;
}

/** Hearing order: agenda, then unit, then project number, then when it was written (as the minutes). */
export function compareHearingOrder(session: Pick<Session, 'agenda'> | null) {
  return (a: Annotation, b: Annotation) =>
    agendaOrder(session, a) - agendaOrder(session, b) ||
    compareNatural(a.anchor.unit, b.anchor.unit) ||
    compareNatural(a.anchor.number, b.anchor.number) ||
    a.createdAt.localeCompare(b.createdAt);
}

const rank = (list: readonly string[], value: string | undefined) => {
  const i = value ? list.indexOf(value) : -1;
  return i < 0 ? list.length : i;
};

/** The value compared for a sort key; vocabularies sort in their own order, empty last. */
function compareBy(key: SortKey, a: Annotation, b: Annotation): number {
  switch (key) {
    case 'unit':
      return compareNatural(a.anchor.unit, b.anchor.unit);
    case 'member':
      return compareNatural(a.authorName, b.authorName);
    case 'type':
      return rank(ANNOTATION_TYPES, a.type) - rank(ANNOTATION_TYPES, b.type);
    case 'status':
      return rank(ANNOTATION_STATUSES, a.status) - rank(ANNOTATION_STATUSES, b.status);
    case 'actionStatus':
      return rank(ACTION_STATUSES, a.answer?.actionStatus) - rank(ACTION_STATUSES, b.answer?.actionStatus);
    case 'dueDate':
      return (a.answer?.dueDate || '\uffff').localeCompare(b.answer?.dueDate || '\uffff');
  }
}

/** Sorted copy: by the chosen column (ties in hearing order), or hearing order alone. */
export function sortRows(rows: readonly Annotation[], sort: SortState, session: Pick<Session, 'agenda'> | null): Annotation[] {
  const base = compareHearingOrder(session);
  const sign = sort.direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => (sort.key ? sign * compareBy(sort.key, a, b) : 0) || base(a, b));
}

/** Clicking a header: a new column sorts ascending, the same column flips, a third click clears. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'asc' };
  if (current.direction === 'asc') return { key, direction: 'desc' };
  return DEFAULT_SORT;
}

function matches(value: string | undefined, wanted: string): boolean {
  if (!wanted) return true;
  if (wanted === EMPTY_VALUE) return !value;
  return value === wanted;
}

export function filterRows(rows: readonly Annotation[], f: Filters): Annotation[] {
  return rows.filter(
    (a) =>
      matches(a.anchor.unit, f.unit) &&
      matches(a.authorName, f.member) &&
      matches(a.type, f.type) &&
      matches(a.status, f.status) &&
      matches(a.answer?.actionStatus, f.actionStatus),
  );
}

/** The choices each filter offers: the values present in the rows, in a sensible order. */
export function filterOptions(rows: readonly Annotation[]) {
  const distinct = (values: string[]) => [...new Set(values.filter(Boolean))];
  return {
    unit: distinct(rows.map((a) => a.anchor.unit)).sort(compareNatural),
    member: distinct(rows.map((a) => a.authorName)).sort(compareNatural),
    type: ANNOTATION_TYPES.filter((t) => rows.some((a) => a.type === t)) as string[],
    status: [...ANNOTATION_STATUSES] as string[],
    actionStatus: [...ACTION_STATUSES] as string[],
  };
}

export function isDocumentRequest(a: Pick<Annotation, 'type'>): boolean {
  return a.type === '자료요구';
}

export function isAnnotationStatus(value: string): value is AnnotationStatus {
  return (ANNOTATION_STATUSES as readonly string[]).includes(value);
}
