/**
 * A save finds a changed notes shard's records from the edit (KnownGroups) instead of filtering
 * every note: after any sequence of edits, what it computes must be what a filter computes.
 */
import { describe, expect, it } from 'vitest';
import type { StoreData } from '@shared/model/store';
import { KnownGroups, changedShards, shardContents } from '../../../electron/service/store/layout';
import type { GroupEdit, ShardKey } from '../../../electron/service/store/layout';
import { seededRandom } from '../../../scripts/bench/random';

type Note = { id: string; documentId: string; createdAt: string; version: number };

const ids = (content: unknown) => (Array.isArray(content) ? (content as Note[]).map((n) => `${n.id}@${n.version}`).sort() : undefined);

describe('KnownGroups', () => {
  it('gives the records a filter gives, through pushes, replacements, removals and insertions', () => {
    const random = seededRandom(3);
    let next = 0;
    const note = (): Note => ({ id: `n${next}`, documentId: `doc${Math.floor(random() * 6)}`, createdAt: String(next++).padStart(6, '0'), version: 1 });
    let saved = { annotations: Array.from({ length: 200 }, note) } as unknown as StoreData;
    const known = new KnownGroups(saved);
    const kinds = new Set<string>();
    for (let round = 0; round < 400; round++) {
      const list = [...(saved.annotations as unknown as Note[])];
      const at = Math.floor(random() * list.length);
      const kind = ['push', 'replace', 'remove', 'insert', 'several'][Math.floor(random() * 5)];
      kinds.add(kind);
      if (kind === 'push') list.push(note());
      else if (kind === 'replace') list[at] = { ...list[at], version: list[at].version + 1 };
      else if (kind === 'remove') list.splice(at, 1);
      else if (kind === 'insert') list.splice(at, 0, note());
      else for (let k = at; k < Math.min(list.length, at + 5); k++) list[k] = { ...list[k], version: list[k].version + 1 };
      const data = { annotations: list } as unknown as StoreData;
      const edits = new Map<ShardKey, GroupEdit>();
      const changed = changedShards(saved, data, edits);
      known.begin(saved, edits);
      const fast = shardContents(data, changed, known);
      const plain = shardContents(data, changed);
      expect([...fast.keys()].sort()).toEqual([...plain.keys()].sort());
      for (const [key, content] of plain) expect(ids(fast.get(key)), `${kind} ${key}`).toEqual(ids(content));
      known.saved(data, fast);
      saved = data;
    }
    expect(kinds.size).toBe(5);
  });
});
