/**
 * Merging correction records from several laptops (shared/model/corrections.ts): one record per
 * id, as for notes (annotations.ts). The higher `version` wins; at the same version a tombstone
 * wins (an undo is never lost to a copy made before it); then the annotation rule decides, so the
 * result is the same on every laptop in any import order.
 */
import type { CorrectionRecord } from '../model/corrections';
import { compareRecords } from './annotations';

export function compareCorrections(a: CorrectionRecord, b: CorrectionRecord): number {
  if (a.version !== b.version) return a.version > b.version ? 1 : -1;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  return compareRecords(a, b);
}

/** The union of both sides, one record per id, in the order corrections are applied (oldest first). */
export function mergeCorrections(left: readonly CorrectionRecord[], right: readonly CorrectionRecord[]): CorrectionRecord[] {
  const byId = new Map<string, CorrectionRecord>();
  for (const r of [...left, ...right]) {
    const held = byId.get(r.id);
    byId.set(r.id, held && compareCorrections(held, r) >= 0 ? held : r);
  }
  return [...byId.values()].sort(correctionOrder);
}

/** Oldest first, ties by id: the order every laptop applies them in. */
export function correctionOrder(a: CorrectionRecord, b: CorrectionRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
