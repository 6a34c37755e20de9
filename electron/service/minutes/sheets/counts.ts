/** Counting helpers for the summary sheets (개요, 부서별 집계). */
import {
  ACTION_DONE,
  DOCUMENT_REQUEST_TYPE,
  FOLLOW_UP_TYPES,
  MINUTES_TYPES,
  type MinutesRow,
} from '@shared/model/minutes';

const followUpTypes = new Set(FOLLOW_UP_TYPES);

/** True for the annotation types that stay on the follow-up register until 완료. */
export function isFollowUp(row: MinutesRow): boolean {
  return followUpTypes.has(row.type);
}

/** A follow-up item still waiting: not 완료, and for a 자료요구 the documents not yet received. */
export function isOpenFollowUp(row: MinutesRow): boolean {
  if (!isFollowUp(row) || row.actionStatus === ACTION_DONE) return false;
  return !(row.type === DOCUMENT_REQUEST_TYPE && row.received);
}

/** How many times each key occurs, in first-seen order. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The types present in `rows`: councils' usual order first, unknown types after in first-seen order. */
export function typesPresent(rows: readonly MinutesRow[]): string[] {
  const present = new Set(rows.map((row) => row.type));
  const known: readonly string[] = MINUTES_TYPES;
  return [...known.filter((type) => present.has(type)), ...[...present].filter((type) => !known.includes(type))];
}
