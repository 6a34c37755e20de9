/**
 * How the store's data is split into files ("shards"), so that a save rewrites what changed and
 * not the archive. Pure functions: no disk here (see generations.ts for that).
 *
 * - `meta`: every top-level field that is not a collection (schemaVersion, currentMemberId …);
 * - `field:<name>`: one shard per top-level collection (documents, members, sessions, documentRefs,
 *   corrections, and any field a newer version added — unknown fields travel as they are);
 * - `split:<name>:<group>`: the big collections, one shard per group — today the notes, one shard
 *   per document they are written on. A note write rewrites the notes of one document only.
 *
 * Change detection relies on records never being changed in place: the store freezes every record
 * it holds, mutators replace records (`list[i] = { ...old, x }`) or push new ones, and a shard
 * changed when one of its records is a different object than before.
 */
import type { StoreData } from '@shared/model/store';

export type ShardKey = string;
export const META: ShardKey = 'meta';

interface Split {
  /** The group (shard) a record belongs to. */
  groupOf(record: unknown): string;
  /** The order records are handed out in after loading (the shards themselves are per group). */
  compare(a: unknown, b: unknown): number;
  /** Counts kept in the manifest, so lists can show them before the shard is read. */
  summarize(records: readonly unknown[]): ShardSummary;
}

/** Live notes of one shard (kept small: the manifest, which holds one per shard, is written on every save). */
export interface ShardSummary {
  live: number;
}

interface NoteLike {
  documentId?: unknown;
  createdAt?: unknown;
  id?: unknown;
  deleted?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const SPLITS: Record<string, Split> = {
  annotations: {
    groupOf: (record) => text((record as NoteLike)?.documentId),
    // Creation order, as the notes were pushed before they were split into shards: by code unit,
    // as bundle merges sort (localeCompare's collation took seconds over 100,000 notes).
    compare: (a, b) => {
      const x = a as NoteLike;
      const y = b as NoteLike;
      return byCodeUnit(text(x.createdAt), text(y.createdAt)) || byCodeUnit(text(x.id), text(y.id));
    },
    summarize: (records) => ({ live: (records as NoteLike[]).filter((record) => !record?.deleted).length }),
  },
};

/** Up to this many groups of one collection are filtered one by one rather than grouped in one pass. */
const FILTER_UP_TO = 8;

export const isCollection = (value: unknown): value is object => typeof value === 'object' && value !== null;

export function fieldKey(name: string): ShardKey {
  return `field:${name}`;
}

export function splitKey(name: string, group: string): ShardKey {
  return `split:${name}:${group}`;
}

/** `{ name, group }` of a split shard's key, null for the others. */
export function parseSplitKey(key: ShardKey): { name: string; group: string } | null {
  if (!key.startsWith('split:')) return null;
  const at = key.indexOf(':', 6);
  if (at < 0) return null;
  return { name: key.slice(6, at), group: key.slice(at + 1) };
}

function fieldShard(name: string, value: unknown): ShardKey {
  return isCollection(value) ? fieldKey(name) : META;
}

/** Every shard of `data` with its content (the first save of a folder, a migration). */
export function allShards(data: StoreData): Map<ShardKey, unknown> {
  const shards = new Map<ShardKey, unknown>([[META, metaOf(data)]]);
  for (const [name, value] of Object.entries(data)) {
    const split = SPLITS[name];
    if (split && Array.isArray(value)) {
      for (const [group, records] of groupRecords(split, value)) shards.set(splitKey(name, group), records);
    } else if (isCollection(value)) {
      shards.set(fieldKey(name), value);
    }
  }
  return shards;
}

/**
 * The shards whose content differs between `before` and `after` (after a mutator ran on a copy
 * whose collections are fresh arrays and objects holding the same records).
 */
export function changedShards(before: Readonly<StoreData>, after: Readonly<StoreData>, edits?: Map<ShardKey, GroupEdit>): Set<ShardKey> {
  const changed = new Set<ShardKey>();
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const name of names) {
    const was = before[name];
    const now = after[name];
    if (was === now) continue;
    const split = SPLITS[name];
    if (split && Array.isArray(was) && Array.isArray(now)) {
      for (const [group, edit] of changedGroups(split, was, now)) {
        changed.add(splitKey(name, group));
        edits?.set(splitKey(name, group), edit);
      }
      continue;
    }
    if (split) {
      // A split collection replaced by something else (or appearing): every group it had or has.
      for (const value of [was, now]) {
        if (Array.isArray(value)) for (const group of groupRecords(split, value).keys()) changed.add(splitKey(name, group));
        else changed.add(fieldShard(name, value));
      }
      continue;
    }
    if (isCollection(was) && isCollection(now) && Array.isArray(was) === Array.isArray(now) && shallowEqual(was, now)) continue;
    changed.add(fieldShard(name, was));
    changed.add(fieldShard(name, now));
  }
  return changed;
}

/**
 * What each of `keys` holds in `data`; undefined for a shard that no longer exists (empty or gone).
 * Split collections are grouped in one pass, however many of their shards are asked for.
 */
export function shardContents(data: Readonly<StoreData>, keys: Iterable<ShardKey>, known?: KnownGroups): Map<ShardKey, unknown> {
  const contents = new Map<ShardKey, unknown>();
  // One pass per split collection, filling only the groups asked for.
  const grouped = new Map<string, Map<string, unknown[]>>();
  const pending: [ShardKey, string, string][] = [];
  for (const key of keys) {
    const split = parseSplitKey(key);
    if (key === META) contents.set(key, metaOf(data));
    else if (split) {
      const spec = SPLITS[split.name];
      const list = data[split.name];
      if (!spec || !Array.isArray(list)) {
        contents.set(key, undefined);
        continue;
      }
      const edited = known?.after(key);
      if (edited) {
        contents.set(key, edited.length ? edited : undefined);
        continue;
      }
      let groups = grouped.get(split.name);
      if (!groups) grouped.set(split.name, (groups = new Map()));
      groups.set(split.group, []);
      pending.push([key, split.name, split.group]);
    } else {
      const value = data[key.slice('field:'.length)];
      contents.set(key, isCollection(value) ? value : undefined);
    }
  }
  for (const [name, groups] of grouped) {
    const spec = SPLITS[name]!;
    const list = data[name] as unknown[];
    if (groups.size <= FILTER_UP_TO) {
      // A few groups (the everyday save: one note): a filter each is cheaper than grouping all.
      for (const group of groups.keys()) groups.set(group, list.filter((record) => spec.groupOf(record) === group));
    } else {
      for (const record of list) groups.get(spec.groupOf(record))?.push(record);
    }
  }
  for (const [key, name, group] of pending) {
    const records = grouped.get(name)!.get(group)!;
    contents.set(key, records.length ? records : undefined);
  }
  return contents;
}

export function summarize(key: ShardKey, content: unknown): ShardSummary | undefined {
  const split = parseSplitKey(key);
  const spec = split && SPLITS[split.name];
  return spec && Array.isArray(content) ? spec.summarize(content) : undefined;
}

/**
 * The data back from shard contents. Split collections missing from `shards` (not read yet) are
 * left out; `withSplits` lists the split collections to assemble.
 */
export function assemble(shards: Map<ShardKey, unknown>, withSplits: boolean): StoreData {
  const meta = shards.get(META);
  const data: Record<string, unknown> = isCollection(meta) && !Array.isArray(meta) ? { ...meta } : {};
  const splits = new Map<string, unknown[]>();
  for (const [key, content] of shards) {
    if (key === META) continue;
    const split = parseSplitKey(key);
    if (split) {
      if (!withSplits || !Array.isArray(content)) continue;
      const list = splits.get(split.name) ?? [];
      for (const record of content) list.push(record);
      splits.set(split.name, list);
    } else {
      data[key.slice('field:'.length)] = content;
    }
  }
  if (withSplits) {
    for (const [name, spec] of Object.entries(SPLITS)) data[name] = (splits.get(name) ?? []).sort(spec.compare);
  }
  return data as StoreData;
}

function metaOf(data: Readonly<StoreData>): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) if (!isCollection(value) && value !== undefined) meta[name] = value;
  return meta;
}

function groupRecords(split: Split, records: readonly unknown[]): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  for (const record of records) {
    const group = split.groupOf(record);
    const list = groups.get(group);
    if (list) list.push(record);
    else groups.set(group, [record]);
  }
  return groups;
}

/**
 * Where two versions of a list differ: records are compared by identity from both ends, so a push,
 * a replacement or a removal costs one pass. `before[start, endBefore)` became `after[start, endAfter)`.
 */
export function changedMiddle(before: readonly unknown[], after: readonly unknown[]): { start: number; endBefore: number; endAfter: number } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}

/** What one save changed in a split group: its records in the changed middle of the list, before and after. */
export interface GroupEdit {
  removed: unknown[];
  added: unknown[];
  /** The middle is at the end of the list (records pushed): added records go after the group's others. */
  atEnd: boolean;
}

/**
 * Groups touched between two versions of a list, with their edits: records are compared by
 * identity from both ends, so a push, a replacement or a removal costs one pass and touches only
 * the records in between.
 */
function changedGroups(split: Split, before: readonly unknown[], after: readonly unknown[]): Map<string, GroupEdit> {
  const { start, endBefore, endAfter } = changedMiddle(before, after);
  const edits = new Map<string, GroupEdit>();
  const editOf = (record: unknown) => {
    const group = split.groupOf(record);
    let edit = edits.get(group);
    if (!edit) edits.set(group, (edit = { removed: [], added: [], atEnd: endBefore === before.length }));
    return edit;
  };
  for (let i = start; i < endBefore; i++) editOf(before[i]).removed.push(before[i]);
  for (let i = start; i < endAfter; i++) editOf(after[i]).added.push(after[i]);
  return edits;
}

/**
 * The records of each split group as last saved, so a save finds a changed group's new records
 * from its edit (a few records) instead of filtering a collection of 100,000 notes. Built in one
 * pass the first time a collection changes; it describes `basis`, the data last saved.
 */
export class KnownGroups {
  private readonly groups = new Map<ShardKey, readonly unknown[]>();
  private readonly built = new Set<string>();
  private edits = new Map<ShardKey, GroupEdit>();

  constructor(private basis: Readonly<StoreData>) {}

  /** Starts a save from `before` (anything else than the basis drops what is known). */
  begin(before: Readonly<StoreData>, edits: Map<ShardKey, GroupEdit>): void {
    if (before !== this.basis) {
      this.groups.clear();
      this.built.clear();
      this.basis = before;
    }
    this.edits = edits;
  }

  /** A changed group's records after the save, or null when its edit cannot be applied (an insertion inside the list). */
  after(key: ShardKey): unknown[] | null {
    const edit = this.edits.get(key);
    const split = parseSplitKey(key);
    const spec = split && SPLITS[split.name];
    const list = split && this.basis[split.name];
    if (!edit || !spec || !Array.isArray(list)) return null;
    if (!this.built.has(split.name)) {
      for (const [group, records] of groupRecords(spec, list)) this.groups.set(splitKey(split.name, group), records);
      this.built.add(split.name);
    }
    const old = this.groups.get(key) ?? [];
    if (edit.removed.length === 0) return edit.atEnd ? [...old, ...edit.added] : null;
    // The removed records are contiguous among the group's records, as they were in the list.
    const first = old.indexOf(edit.removed[0]);
    const last = first + edit.removed.length - 1;
    if (first < 0 || old[last] !== edit.removed[edit.removed.length - 1]) return null;
    return [...old.slice(0, first), ...edit.added, ...old.slice(last + 1)];
  }

  /** The save is done: `saved` is the new basis, with the changed groups' records. */
  saved(saved: Readonly<StoreData>, contents: Map<ShardKey, unknown>): void {
    for (const [key, content] of contents) {
      if (!parseSplitKey(key)) continue;
      if (Array.isArray(content)) this.groups.set(key, content);
      else this.groups.delete(key);
    }
    this.basis = saved;
    this.edits = new Map();
  }
}

function shallowEqual(a: object, b: object): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && x[k] === y[k]);
}

/** Strings up to this long are shared when repeated (ids, names, types, anchors); longer ones are note bodies. */
const SHARED_UP_TO = 80;
/** Fields whose values are one of a kind (a record's own id and times): looking them up costs and saves nothing. */
const UNIQUE_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'body', 'quote']);

/**
 * Makes repeated short strings in freshly read records one shared copy (in place, before they are
 * frozen): JSON.parse builds a new string for every value, and 100,000 notes repeat the same
 * document, project and member ids, names, types, statuses and anchors.
 */
export function shareRepeatedStrings(value: unknown, pool: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = shared(item, pool);
      else shareRepeatedStrings(item, pool);
    }
  } else if (isCollection(value)) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') {
        if (!UNIQUE_FIELDS.has(key)) record[key] = shared(item, pool);
      }
      else if (isCollection(item)) shareRepeatedStrings(item, pool);
    }
  }
}

function shared(text: string, pool: Map<string, string>): string {
  if (text.length > SHARED_UP_TO) return text;
  const known = pool.get(text);
  if (known !== undefined) return known;
  pool.set(text, text);
  return text;
}

/** Freezes `value` and everything in it that is not frozen yet (records already held stop the walk). */
export function deepFreeze<T>(value: T): T {
  if (!isCollection(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
