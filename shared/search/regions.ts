/**
 * Growable byte regions, one per term, cut from a few large shared buffers (slabs) instead of one
 * small buffer each. At 400 documents the index has ~50,000 terms: their own buffers, regrown as
 * postings arrive, were ~150 MB of allocations over a build, freed and taken again all over the
 * process's malloc heap, which then stayed large long after.
 *
 * Room sizes come from one ladder (each about 1.5 times the last). Growing moves a region to the
 * next size up and puts the room it left on a free list of its size, which the next region to grow
 * to that size takes: a build then leaves no garbage behind (copying everything into fresh slabs
 * left ~95 MB for the garbage collector at ×100), at the price of rooms a sixth empty on average.
 */

/**
 * Slab sizes: the first small (a test's index), each next one twice the last, up to 48 MiB. That
 * is above the largest size glibc's malloc ever serves from its heap (32 MiB), so a large index's
 * slabs are their own memory maps, given back to the system whole when dropped, and only the pages
 * written are resident (the last slab's unused room costs nothing).
 */
const FIRST_SLAB_BYTES = 1 << 16;
const LARGEST_SLAB_BYTES = 48 << 20;
/** The smallest room a region gets (most terms are rare). */
const SMALLEST_ROOM = 16;

/** Room sizes: 16, 24, 40, 64, 96 … (each about 1.5 times the last, in whole 8 bytes). */
function nextRoom(room: number): number {
  return Math.ceil((room * 1.5) / 8) * 8;
}

/** The smallest room size that holds `bytes`. */
function roomFor(bytes: number): number {
  let room = SMALLEST_ROOM;
  while (room < bytes) room = nextRoom(room);
  return room;
}

export class ByteRegions {
  private readonly slabs: Uint8Array[] = [];
  /** Free end of the last slab. */
  private slabUsed = 0;
  private nextSlabBytes = FIRST_SLAB_BYTES;
  /** Per region: its slab, offset in the slab, room and bytes written. */
  private readonly slabOf: number[] = [];
  private readonly offsetOf: number[] = [];
  private readonly roomOf: number[] = [];
  readonly used: number[] = [];
  /** Rooms regions moved out of, by size: slab and offset pairs. */
  private readonly free = new Map<number, number[]>();

  /** A new empty region with room for `bytes`; returns its id (0, 1, 2 …). */
  add(bytes: number): number {
    const id = this.used.length;
    this.slabOf.push(0);
    this.offsetOf.push(0);
    this.roomOf.push(0);
    this.used.push(0);
    this.place(id, roomFor(bytes));
    return id;
  }

  get count(): number {
    return this.used.length;
  }

  /** The slab holding region `id`; its bytes are `[offset(id), offset(id) + used[id])`. */
  slab(id: number): Uint8Array {
    return this.slabs[this.slabOf[id]!]!;
  }

  offset(id: number): number {
    return this.offsetOf[id]!;
  }

  /** Makes room for `extra` more bytes in region `id`; returns its slab (which may have changed). */
  reserve(id: number, extra: number): Uint8Array {
    const needed = this.used[id]! + extra;
    const room = this.roomOf[id]!;
    if (needed > room) {
      const from = this.slab(id);
      const start = this.offsetOf[id]!;
      const slabIndex = this.slabOf[id]!;
      this.place(id, roomFor(Math.max(needed, nextRoom(room))));
      this.slab(id).set(from.subarray(start, start + this.used[id]!), this.offsetOf[id]!);
      this.release(room, slabIndex, start);
    }
    return this.slab(id);
  }

  /** Records `bytes` more written at the region's end. */
  wrote(id: number, bytes: number): void {
    this.used[id] = this.used[id]! + bytes;
  }

  /** Empties a region (its bytes are rewritten from the start). */
  clear(id: number): void {
    this.used[id] = 0;
  }

  /** Bytes of slab memory taken, and how much of it regions have written (for tests and figures). */
  footprint(): { slabBytes: number; usedBytes: number } {
    let slabBytes = 0;
    for (const slab of this.slabs) slabBytes += slab.length;
    slabBytes -= this.slabs.length ? this.slabs[this.slabs.length - 1]!.length - this.slabUsed : 0;
    return { slabBytes, usedBytes: this.used.reduce((a, b) => a + b, 0) };
  }

  private release(room: number, slabIndex: number, offset: number): void {
    let list = this.free.get(room);
    if (!list) this.free.set(room, (list = []));
    list.push(slabIndex, offset);
  }

  /** Gives region `id` a room of `room` bytes: one left by a region that grew, else at a slab's free end. */
  private place(id: number, room: number): void {
    const list = this.free.get(room);
    if (list && list.length > 0) {
      this.offsetOf[id] = list.pop()!;
      this.slabOf[id] = list.pop()!;
      this.roomOf[id] = room;
      return;
    }
    let last = this.slabs.length - 1;
    if (last < 0 || this.slabUsed + room > this.slabs[last]!.length) {
      // The full slab's rest is left unused; a room larger than a slab gets a slab of its own size.
      const size = Math.max(this.nextSlabBytes, room);
      this.nextSlabBytes = Math.min(LARGEST_SLAB_BYTES, size * 2);
      this.slabs.push(new Uint8Array(size));
      this.slabUsed = 0;
      last++;
    }
    this.slabOf[id] = last;
    this.offsetOf[id] = this.slabUsed;
    this.roomOf[id] = room;
    this.slabUsed += room;
  }
}
