import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteRegions } from '@shared/search/regions';

const bytesOf = (regions: ByteRegions, id: number) => {
  const at = regions.offset(id);
  return [...regions.slab(id).subarray(at, at + regions.used[id]!)];
};

/** Appends `values` to region `id` as the posting index does: reserve, write at the end, record. */
function append(regions: ByteRegions, id: number, values: number[]): void {
  const slab = regions.reserve(id, values.length, 1.5);
  slab.set(values, regions.offset(id) + regions.used[id]!);
  regions.wrote(id, values.length);
}

describe('byte regions in shared slabs', () => {
  it('every region holds exactly what was appended to it, through moves, repacks and clears', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), capacity: fc.integer({ min: 0, max: 64 }) }),
      fc.record({ kind: fc.constant('append' as const), pick: fc.nat(), values: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3000 }) }),
      fc.record({ kind: fc.constant('clear' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('repack' as const), headroom: fc.constantFrom(1, 1.25, 2) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const regions = new ByteRegions();
        const model: number[][] = [];
        for (const o of ops) {
          if (o.kind === 'add') {
            expect(regions.add(o.capacity)).toBe(model.length);
            model.push([]);
          } else if (o.kind === 'repack') regions.repack(o.headroom);
          else if (model.length > 0) {
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

  it('50,000 growing regions share a few slabs, and a repack leaves them no bigger than their bytes', () => {
    const regions = new ByteRegions();
    for (let id = 0; id < 50_000; id++) regions.add(8);
    // Most terms are rare, a few are everywhere (as bigrams are).
    for (let round = 0; round < 40; round++) {
      for (let id = 0; id < 50_000; id += 1 + (id % 97)) append(regions, id, [round, id & 0xff, 7]);
    }
    const slabs = new Set<Uint8Array>();
    for (let id = 0; id < regions.count; id++) slabs.add(regions.slab(id));
    const used = regions.used.reduce((a, b) => a + b, 0);
    regions.repack();
    const after = new Set<Uint8Array>();
    for (let id = 0; id < regions.count; id++) after.add(regions.slab(id));
    const slabBytes = [...after].reduce((n, s) => n + s.length, 0);
    expect(slabs.size).toBeLessThan(20);
    // Packed exactly into one slab sized to hold them all.
    expect(after.size).toBe(1);
    expect(slabBytes).toBe(used);
    expect(bytesOf(regions, 0).slice(0, 6)).toEqual([0, 0, 7, 1, 0, 7]);
  });
});
