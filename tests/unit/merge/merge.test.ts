import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRecords, decide, mergeAnnotations, pickWinner } from '@shared/merge/annotations';
import { canonicalJson, sha256Hex } from '@shared/merge/canonical';
import { createHash } from 'node:crypto';

interface Rec {
  id: string;
  authorId: string;
  version: number;
  updatedAt: string;
  deleted: boolean;
  body: string;
  tags: string[];
}

// Few ids, versions and times, so that the same id with equal versions and times comes up often.
const record = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  authorId: fc.constantFrom('m1', 'm2'),
  version: fc.integer({ min: 1, max: 4 }),
  updatedAt: fc.constantFrom('2024-01-16T09:00:00.000Z', '2024-01-16T10:00:00.000Z', '2024-01-17T09:00:00.000Z'),
  deleted: fc.boolean(),
  body: fc.constantFrom('질의', '지적', '예산 과다', ''),
  tags: fc.array(fc.constantFrom('예산', '청렴'), { maxLength: 2 }),
});
const side = fc.array(record, { maxLength: 12 });
const runs = { numRuns: 500 };

describe('annotation merge (pure)', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        expect(mergeAnnotations(a, b)).toEqual(mergeAnnotations(b, a));
      }),
      runs,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(side, side, side, (a, b, c) => {
        expect(mergeAnnotations(mergeAnnotations(a, b), c)).toEqual(mergeAnnotations(a, mergeAnnotations(b, c)));
      }),
      runs,
    );
  });

  it('is idempotent: merging a result again, or the same side twice, changes nothing', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const once = mergeAnnotations(a, b);
        expect(mergeAnnotations(once, b)).toEqual(once);
        expect(mergeAnnotations(once, once)).toEqual(once);
        expect(mergeAnnotations(a, a)).toEqual(mergeAnnotations(a, []));
      }),
      runs,
    );
  });

  it('loses no record id and keeps one record per id', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const merged = mergeAnnotations(a, b);
        const ids = merged.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a, ...b].map((r) => r.id)));
      }),
      runs,
    );
  });

  it('keeps the highest version of every id: nobody loses newer work', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        for (const r of mergeAnnotations(a, b)) {
          const max = Math.max(...[...a, ...b].filter((x) => x.id === r.id).map((x) => x.version));
          expect(r.version).toBe(max);
        }
      }),
      runs,
    );
  });

  it('breaks ties by updatedAt, then by the canonical hash, whatever the key order', () => {
    const base: Rec = { id: 'a', authorId: 'm1', version: 2, updatedAt: '2024-01-16T09:00:00.000Z', deleted: false, body: 'x', tags: [] };
    const later = { ...base, updatedAt: '2024-01-16T10:00:00.000Z', body: 'y' };
    expect(pickWinner(base, later)).toBe(later);
    expect(pickWinner(later, base)).toBe(later);
    const other = { ...base, body: 'z' };
    expect(pickWinner(base, other)).toBe(pickWinner(other, base));
    const reordered = JSON.parse(JSON.stringify({ tags: [], body: 'x', deleted: false, updatedAt: base.updatedAt, version: 2, authorId: 'm1', id: 'a' })) as Rec;
    expect(compareRecords(base, reordered)).toBe(0);
    // A tombstone with a higher version beats an older edit; a restore beats the tombstone.
    const tomb = { ...base, version: 3, deleted: true };
    expect(pickWinner(base, tomb)).toBe(tomb);
    expect(pickWinner(tomb, { ...tomb, version: 4, deleted: false })).toMatchObject({ deleted: false });
  });

  it('classifies an incoming record against the local one', () => {
    const local: Rec = { id: 'a', authorId: 'm1', version: 2, updatedAt: '2024-01-16T09:00:00.000Z', deleted: false, body: 'x', tags: [] };
    expect(decide(undefined, local).outcome).toBe('new');
    expect(decide(local, { ...local }).outcome).toBe('unchanged');
    expect(decide(local, { ...local, version: 3, body: 'y' })).toMatchObject({ outcome: 'updated', result: { body: 'y' } });
    expect(decide(local, { ...local, version: 1, body: 'old' })).toMatchObject({ outcome: 'conflicting', kept: 'local', result: local });
    const sameVersionLater = { ...local, body: 'z', updatedAt: '2024-01-17T09:00:00.000Z' };
    expect(decide(local, sameVersionLater)).toMatchObject({ outcome: 'conflicting', kept: 'incoming' });
  });

  it('canonical JSON sorts keys and drops undefined; the pure SHA-256 matches node:crypto', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: '가' }] })).toBe('{"a":[1,{"c":"가"}],"b":1}');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 100 },
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
