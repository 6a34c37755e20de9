/**
 * Growable byte regions, one per term, cut from a few large shared buffers (slabs) instead of one
 * small buffer each. At 400 documents the index has ~50,000 terms: their own buffers, regrown as
 * postings arrive, were ~150 MB of allocations over a build, freed and taken again all over the
 * process's malloc heap, which then stayed large long after. Here a region grows by moving to the
 * slab's free end (bump allocation); the room it leaves is counted, and once it exceeds the bytes
 * in use, every region is copied into fresh slabs and the old ones go back to the system whole.
 */

/**
 * Slab sizes: the first small (a test's index), each next one twice the last, up to 48 MiB. That
 * is above the largest size glibc's malloc ever serves from its heap (32 MiB), so a large index's
 * slabs are their own memory maps, given back to the system whole when dropped, and only the pages
 * written are resident (the last slab's unused room costs nothing).
 */
const FIRST_SLAB_BYTES = 1 << 16;
const LARGEST_SLAB_BYTES = 48 << 20;
/** Room a region keeps for growth after a repack during a build (over its bytes in use). */
const HEADROOM = 1.25;

export class ByteRegions {
  private slabs: Uint8Array[] = [];
  /** Free end of the last slab. */
  private slabUsed = 0;
  private nextSlabBytes = FIRST_SLAB_BYTES;
  /** Per region: its slab, offset in the slab, capacity and bytes written. */
  private readonly slabOf: number[] = [];
  private readonly offsetOf: number[] = [];
  private readonly capacityOf: number[] = [];
  readonly used: number[] = [];
  /** Bytes of slabs no region holds (left behind by moves). */
  private abandoned = 0;
  private usedTotal = 0;

  /** A new empty region with room for `capacity` bytes; returns its id (0, 1, 2 …). */
  add(capacity: number): number {
    const id = this.used.length;
    this.slabOf.push(0);
    this.offsetOf.push(0);
    this.capacityOf.push(0);
    this.used.push(0);
    this.place(id, capacity);
    return id;
  }

  get count(): number {
    return this.used.length;
  }

  /** The slab holding region `id`; its bytes are `[offset(id), offset(id) + used[id])`. */
  slab(id: number): Uint8Array {
    return this.slabs[this.slabOf[id]]!;
  }

  offset(id: number): number {
    return this.offsetOf[id]!;
  }

  /** Makes room for `extra` more bytes in region `id`; returns its slab (which may have changed). */
  reserve(id: number, extra: number, growth: number): Uint8Array {
    const needed = this.used[id]! + extra;
    if (needed > this.capacityOf[id]!) {
      const from = this.slab(id);
      const start = this.offsetOf[id]!;
      const used = this.used[id]!;
      this.abandoned += this.capacityOf[id]!;
      this.place(id, Math.max(needed, Math.ceil(this.capacityOf[id]! * growth)));
      this.slab(id).set(from.subarray(start, start + used), this.offsetOf[id]!);
      if (this.abandoned > this.usedTotal && this.abandoned > FIRST_SLAB_BYTES) this.repack(HEADROOM);
    }
    return this.slab(id);
  }

  /** Records `bytes` more written at the region's end. */
  wrote(id: number, bytes: number): void {
    this.used[id] = this.used[id]! + bytes;
    this.usedTotal += bytes;
  }

  /** Empties a region (its bytes are rewritten from the start). */
  clear(id: number): void {
    this.usedTotal -= this.used[id]!;
    this.used[id] = 0;
  }

  /** Copies every region into fresh slabs with `headroom` × its bytes (1: exactly its bytes). */
  repack(headroom = 1): void {
    const old = this.slabs;
    const starts = this.offsetOf.slice();
    const slabIds = this.slabOf.slice();
    this.slabs = [];
    this.slabUsed = 0;
    this.abandoned = 0;
    // The first fresh slab holds everything, up to the largest size.
    let needed = 0;
    for (const used of this.used) needed += Math.ceil(used * headroom);
    this.nextSlabBytes = Math.min(LARGEST_SLAB_BYTES, Math.max(FIRST_SLAB_BYTES, needed));
    for (let id = 0; id < this.used.length; id++) {
      const used = this.used[id]!;
      this.place(id, Math.ceil(used * headroom));
      if (used > 0) this.slab(id).set(old[slabIds[id]!]!.subarray(starts[id]!, starts[id]! + used), this.offsetOf[id]!);
    }
  }

  /** Gives region `id` fresh room of `capacity` bytes at the free end of the last slab (or a new one). */
  private place(id: number, capacity: number): void {
    let last = this.slabs.length - 1;
    if (last < 0 || this.slabUsed + capacity > this.slabs[last]!.length) {
      // The rest of the full slab is left unused; a region larger than a slab gets a slab of its own size.
      if (last >= 0) this.abandoned += this.slabs[last]!.length - this.slabUsed;
      const size = Math.max(this.nextSlabBytes, capacity);
      this.nextSlabBytes = Math.min(LARGEST_SLAB_BYTES, size * 2);
      this.slabs.push(new Uint8Array(size));
      this.slabUsed = 0;
      last++;
    }
    this.slabOf[id] = last;
    this.offsetOf[id] = this.slabUsed;
    this.capacityOf[id] = capacity;
    this.slabUsed += capacity;
  }
}
