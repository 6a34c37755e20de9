/**
 * Pure helpers of the 후속조치 screen: filter choices, counts, carry-over by unit, and the
 * review step of the 처리결과 import (which row goes to which item, accepted or not).
 */
import type { ActionStatus } from '@shared/model/annotation';
import type { FollowUpColumnMapping, FollowUpImportPreview, FollowUpItem } from '@shared/model/followup';

export interface FollowUpFilters {
  sessionId: string;
  committee: string;
  unit: string;
  openOnly: boolean;
}

export function getDefaultFollowUpFilters(): FollowUpFilters {
  return { sessionId: '', committee: '', unit: '', openOnly: false };
}

/** The arguments of `followup:list` for the filters (empty ones left out). */
export function listArgs(f: FollowUpFilters): { committee?: string; openOnly?: boolean; unit?: string; sessionId?: string } {
  return {
    ...(f.sessionId ? { sessionId: f.sessionId } : {}),
    ...(f.committee ? { committee: f.committee } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
  };
}

const ko = (a: string, b: string) => a.localeCompare(b, 'ko');

/** Committees and units that occur among the items, sorted, for the filter lists. */
export function filterChoices(items: readonly FollowUpItem[]): { committees: string[]; units: string[] } {
  const committees = new Set<string>();
  const units = new Set<string>();
  for (const i of items) {
    if (i.committee) committees.add(i.committee);
    if (i.unit) units.add(i.unit);
  }
  return { committees: [...committees].sort(ko), units: [...units].sort(ko) };
}

export function countItems(items: readonly FollowUpItem[]): { total: number; open: number; overdue: number } {
  return { total: items.length, open: items.filter((i) => i.open).length, overdue: items.filter((i) => i.overdue).length };
}

/** A CSS modifier per status (ASCII, for class names). */
export const STATUS_CLASS: Record<ActionStatus, string> = {
  완료: 'done',
  추진중: 'progress',
  장기검토: 'long',
  미조치: 'none',
  계속추진: 'continue',
  기타: 'other',
};

/** Items grouped by unit, in the agenda's unit order, then any other unit. */
export function groupByUnit(items: readonly FollowUpItem[], unitOrder: readonly string[]): { unit: string; items: FollowUpItem[] }[] {
  const groups = new Map<string, FollowUpItem[]>();
  for (const i of items) groups.set(i.unit, [...(groups.get(i.unit) ?? []), i]);
  const order = [...unitOrder.filter((u) => groups.has(u)), ...[...groups.keys()].filter((u) => !unitOrder.includes(u)).sort(ko)];
  return order.map((unit) => ({ unit, items: groups.get(unit)! }));
}

/** One row's decision in the review step. */
export interface RowDecision {
  row: number;
  annotationId: string | null;
  accept: boolean;
}

/** Rows start accepted when the service proposed an item and did not ask for a check. */
export function initialDecisions(preview: Pick<FollowUpImportPreview, 'matches'>): RowDecision[] {
  return preview.matches.map((m) => ({ row: m.row, annotationId: m.annotationId, accept: m.annotationId !== null && !m.needsReview }));
}

/** Picking an item by hand accepts the row; clearing it rejects the row. */
export function chooseItem(decisions: readonly RowDecision[], row: number, annotationId: string | null): RowDecision[] {
  return decisions.map((d) => (d.row === row ? { row, annotationId, accept: annotationId !== null } : d));
}

export function setAccepted(decisions: readonly RowDecision[], row: number, accept: boolean): RowDecision[] {
  return decisions.map((d) => (d.row === row ? { ...d, accept: accept && d.annotationId !== null } : d));
}

/** What `followup:import-apply` receives. */
export function acceptedMatches(decisions: readonly RowDecision[]): { row: number; annotationId: string }[] {
  return decisions.filter((d) => d.accept && d.annotationId).map((d) => ({ row: d.row, annotationId: d.annotationId! }));
}

/** Which items more than one accepted row points at (a person should look again). */
export function duplicateTargets(decisions: readonly RowDecision[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const d of decisions) {
    if (!d.accept || !d.annotationId) continue;
    if (seen.has(d.annotationId)) twice.add(d.annotationId);
    seen.add(d.annotationId);
  }
  return twice;
}

/** The service needs a 처리결과 or a 조치상태 column to write anything. */
export function mappingUsable(mapping: FollowUpColumnMapping): boolean {
  return mapping.result !== undefined || mapping.status !== undefined;
}

/** Sets or clears one field's column; a column serves one field, so another field using it lets go. */
export function setMappingColumn(mapping: FollowUpColumnMapping, field: keyof FollowUpColumnMapping, column: number | undefined): FollowUpColumnMapping {
  return setColumn(mapping, field, column);
}

/** setMappingColumn for any kind of column mapping (the project-list import uses it too). */
export function setColumn<F extends string>(mapping: Partial<Record<F, number>>, field: F, column: number | undefined): Partial<Record<F, number>> {
  const next: Partial<Record<F, number>> = {};
  for (const [f, c] of Object.entries(mapping) as [F, number][]) {
    if (f !== field && c !== column) next[f] = c;
  }
  if (column !== undefined) next[field] = column;
  return next;
}
