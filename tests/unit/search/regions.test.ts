import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteRegions } from '@shared/search/regions';

const bytesOf = (regions: ByteRegions, id: number) => {
  const at = regions.offset(id);
  return [...regions.slab(id).subarray(at, at + regions.used[id]!)];
};

/** Appends `values` to region `id` as the posting index does: reserve, write at the end, record. */
function append(regions: ByteRegions, id: number, values: number[]): void {
  const slab = regions.reserve(id, values.length);
  slab.set(values, regions.offset(id) + regions.used[id]!);
  regions.wrote(id, values.length);
}

describe('byte regions in shared slabs', () => {
  it('every region holds exactly what was appended to it, through moves, reused rooms and clears', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), capacity: fc.integer({ min: 0, max: 64 }) }),
      fc.record({ kind: fc.constant('append' as const), pick: fc.nat(), values: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3000 }) }),
      fc.record({ kind: fc.constant('clear' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const regions = new ByteRegions();
        const model: number[][] = [];
        for (const o of ops) {
          if (o.kind === 'add') {
            expect(regions.add(o.capacity)).toBe(model.length);
            model.push([]);
          } else if (model.length > 0) {
            const id = o.pick % model.length;
            if (o.kind === 'clear') {
              regions.clear(id);
              model[id] = [];
            } else {
              append(regions, id, o.values);
              model[id]!.push(...o.values);
            }
          }
        }
        expect(regions.count).toBe(model.length);
        model.forEach((bytes, id) => expect(bytesOf(regions, id)).toEqual(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('a room a region grew out of is the next new region\'s room', () => {
    const regions = new ByteRegions();
    const a = regions.add(16);
    const first = { slab: regions.slab(a), offset: regions.offset(a) };
    append(regions, a, Array.from({ length: 40 }, (_, i) => i));
    expect(regions.offset(a)).not.toBe(first.offset);
    const b = regions.add(16);
    expect({ slab: regions.slab(b), offset: regions.offset(b) }).toEqual(first);
    expect(bytesOf(regions, a)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('50,000 regions growing unevenly share a few slabs and take little more than their bytes', () => {
    const regions = new ByteRegions();
    for (let id = 0; id < 50_000; id++) regions.add(8);
    // Most terms are rare, a few are everywhere (as bigrams are): a skewed, uneven growth.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 400_000; i++) {
      const id = Math.floor(50_000 * random() ** 3);
      append(regions, id, [i & 0xff, 1, 2].slice(0, 1 + Math.floor(random() * 3)));
    }
    const slabs = new Set<Uint8Array>();
    for (let id = 0; id < regions.count; id++) slabs.add(regions.slab(id));
    const { slabBytes, usedBytes } = regions.footprint();
    expect(slabs.size).toBeLessThan(20);
    // Rooms are at most 1.5 times the bytes (16 at least), and the rooms left by growing are taken
    // again by others (at ×100: 70 MB of slabs for 48 MB of postings).
    expect(slabBytes).toBeLessThan(2 * usedBytes + 16 * regions.count);
  });
});
