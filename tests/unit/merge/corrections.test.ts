import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorrectionRecord } from '@shared/model/corrections';
import { mergeCorrections } from '@shared/merge/corrections';

const record = (id: string, version: number, deleted: boolean, updatedAt = '2025-01-01T00:00:00.000Z'): CorrectionRecord => ({
  id,
  documentId: 'doc-1',
  sha256: 'a'.repeat(64),
  change: { op: 'mark-project', line: 13 },
  authorId: 'm1',
  authorName: '김의원',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
  version,
  deleted,
});

describe('mergeCorrections', () => {
  it('should keep the higher version, and a tombstone over a live copy of the same version', () => {
    expect(mergeCorrections([record('c', 2, false)], [record('c', 1, true)])[0]).toMatchObject({ version: 2, deleted: false });
    // Even when the live copy claims a later time: the undo is never lost.
    expect(mergeCorrections([record('c', 2, false, '2025-02-01T00:00:00.000Z')], [record('c', 2, true)])[0]).toMatchObject({ deleted: true });
    expect(mergeCorrections([record('c', 2, true)], [record('c', 2, false, '2025-02-01T00:00:00.000Z')])[0]).toMatchObject({ deleted: true });
  });

  it('should be a union that does not depend on order', () => {
    const arb = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), version: fc.integer({ min: 1, max: 3 }), deleted: fc.boolean() }), { maxLength: 8 });
    fc.assert(
      fc.property(arb, arb, (l, r) => {
        const left = l.map((x) => record(x.id, x.version, x.deleted));
        const right = r.map((x) => record(x.id, x.version, x.deleted));
        const ab = mergeCorrections(left, right);
        expect(ab).toEqual(mergeCorrections(right, left));
        expect(mergeCorrections(ab, right)).toEqual(ab);
        expect(new Set(ab.map((x) => x.id))).toEqual(new Set([...left, ...right].map((x) => x.id)));
      }),
    );
  });
});
