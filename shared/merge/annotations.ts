/**
 * Lossless merge of annotation records from several laptops (GUIDE, complaint 2).
 *
 * One record per annotation id. Every change bumps `version` (a delete is a change too: the record
 * stays as a tombstone). When two sides hold the same id, the record that wins is the greatest by
 *
 *   1. `version` (higher wins: nobody's newer work is overwritten by an older copy),
 *   2. `updatedAt` (ISO time, later wins) when versions tie — two laptops changed it concurrently,
 *   3. the SHA-256 of the record's canonical JSON, then the canonical JSON itself, so that even an
 *      exact tie is decided the same way on every laptop and in every import order.
 *
 * Because the winner is the maximum of a total order, merging is commutative, associative and
 * idempotent, and the result holds every id of both sides. Pure: no Node or DOM types.
 */
import { canonicalJson, sha256Hex } from './canonical';

/** The fields the merge rule reads; records carry any other content alongside. */
export interface MergeableRecord {
  id: string;
  version: number;
  updatedAt: string;
  deleted: boolean;
}

/** Canonical hash of a record's whole content (every field, key order ignored). */
export function recordHash(record: unknown): string {
  return sha256Hex(canonicalJson(record));
}

/**
 * Compares two records of the same id by the merge rule: > 0 when `a` wins, < 0 when `b` wins,
 * 0 only when their canonical contents are identical.
 */
export function compareRecords(a: MergeableRecord, b: MergeableRecord): number {
  if (a.version !== b.version) return a.version > b.version ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? 1 : -1;
  // The common case (the same record seen again) without serialising anything.
  if (sameContent(a, b)) return 0;
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  if (ja === jb) return 0;
  const ha = sha256Hex(ja);
  const hb = sha256Hex(jb);
  if (ha !== hb) return ha > hb ? 1 : -1;
  return ja > jb ? 1 : -1;
}

/** Structural equality of JSON-like values, an absent key and an `undefined` one being the same. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameContent(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameContent(ra[k], rb[k]));
}

/** The record that survives a merge of `a` and `b` (same id). Returns one of the two objects. */
export function pickWinner<T extends MergeableRecord>(a: T, b: T): T {
  return compareRecords(a, b) >= 0 ? a : b;
}

/**
 * The union of both sides, one record per id (the winner by `compareRecords`), sorted by id so
 * the result does not depend on which side came first. Duplicated ids within one side are
 * resolved the same way. Neither input is changed.
 */
export function mergeAnnotations<T extends MergeableRecord>(left: readonly T[], right: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of [...left, ...right]) {
    const held = byId.get(record.id);
    byId.set(record.id, held ? pickWinner(held, record) : record);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How an incoming record relates to the local one of the same id. */
export type MergeOutcome =
  /** Not held locally: it is added. */
  | 'new'
  /** Identical content: nothing to do. */
  | 'unchanged'
  /** The incoming record has a higher version: it replaces the local one. */
  | 'updated'
  /**
   * Different content and the incoming version is not higher (older, or the same version changed on
   * both sides). The rule above decides; for an older incoming record that is always the local one.
   */
  | 'conflicting';

export interface MergeDecision<T> {
  outcome: MergeOutcome;
  /** What the store holds afterwards. */
  result: T;
  /** For 'conflicting': which side the rule kept. */
  kept?: 'local' | 'incoming';
}

/** Classifies one incoming record against the local one (or none) and says what to keep. */
export function decide<T extends MergeableRecord>(local: T | undefined, incoming: T): MergeDecision<T> {
  if (!local) return { outcome: 'new', result: incoming };
  const order = compareRecords(incoming, local);
  if (order === 0) return { outcome: 'unchanged', result: local };
  if (incoming.version > local.version) return { outcome: 'updated', result: incoming };
  return order > 0 ? { outcome: 'conflicting', result: incoming, kept: 'incoming' } : { outcome: 'conflicting', result: local, kept: 'local' };
}
