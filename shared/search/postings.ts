/**
 * A small inverted index over the tokens of ./tokenize, built for one query shape: AND over a
 * handful of bigrams, scored with BM25 on two fields (title, text).
 *
 * Why not MiniSearch: measured on 20× the seeds (10,520 projects) it answered common words
 * (사업, 추진, 계획 — in most projects) in 10–15 ms, slower than a plain `includes` scan, because
 * it allocates a result object per document per term. Here postings are plain number arrays and a
 * query accumulates into reused typed arrays, so a word found in every project costs well under a
 * millisecond. Removal marks a slot dead; postings are compacted once enough slots are dead.
 *
 * Memory: a four-year archive holds ~15 million postings (400 documents, 52,600 projects). As
 * plain number arrays (8 bytes an element, two arrays, growth slack) they took ~40 bytes each; here
 * each term's postings are varint bytes in one growable region (slot gap, text count, title count),
 * about 3 bytes a posting, the regions cut from a few shared buffers (./regions). Queries decode
 * them in order, which costs about what reading arrays did.
 */

import { ByteRegions } from './regions';
import { forEachTokenCode, hangulTokenCode, hangulTokenText } from './tokenize';

/** BM25 parameters (the usual k1 and b) and the weight of a title occurrence over a text one. */
const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 3;
/** A query syllable matched as the start of a bigram (청 → 청렴) is a weaker hint than a whole bigram. */
const PREFIX_WEIGHT = 0.5;
/** Occurrences counted per field and document, at most (more says nothing more to BM25). */
const MAX_FIELD_COUNT = 0xffff;
/** First room of a term's postings (most terms are rare); regions.ts gives larger ones as it fills. */
const FIRST_CAPACITY = 16;

export interface QueryTerm {
  term: string;
  /** Also match every indexed term that starts with `term`. */
  prefix: boolean;
}

/**
 * The slots a query matched. The arrays are buffers reused by the next query (a query over every
 * project would otherwise allocate three arrays of 10,000): read `count` entries, then let go.
 */
export interface QueryMatches {
  count: number;
  slots: Int32Array;
  /** BM25, parallel to slots. */
  scores: Float64Array;
  /** 1 when every query term occurs in the slot's title, parallel to slots. */
  allInTitle: Uint8Array;
}

export class PostingIndex {
  /** Term ids of tokens of Hangul syllables by their hangulTokenCode() (most terms), of the others by text. */
  private readonly codeIds = new Map<number, number>();
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Term ids per first character, for prefix queries. */
  private readonly termsByFirstChar = new Map<string, number[]>();
  /**
   * Per term (region id = term id): its postings as varint bytes in slot order, each `gap, text
   * count × 2 + (title count > 0), [title count]` (gap from the previous slot, the first from -1);
   * then the last slot written; postings stored (dead ones included until compaction).
   */
  private readonly postingBytes = new ByteRegions();
  private readonly lastSlot: number[] = [];
  private readonly postingCount: number[] = [];
  /** Scratch of add(), per term id: occurrences in the document being added, zero otherwise. */
  private readonly titleCounts: number[] = [];
  private readonly textCounts: number[] = [];

  /** Per slot. Slots are never reused, so postings stay in ascending slot order. */
  private readonly alive: boolean[] = [];
  private readonly titleLength: number[] = [];
  private readonly textLength: number[] = [];
  private liveCount = 0;
  private deadCount = 0;
  private titleLengthSum = 0;
  private textLengthSum = 0;

  /** Scratch space of query(), sized to the slot count and left zeroed after each query. */
  private groupsMatched = new Int32Array(0);
  private groupsInTitle = new Int32Array(0);
  private scratchScores = new Float64Array(0);
  private touched = new Int32Array(0);
  private readonly reader = new VarintReader();
  private readonly matches: QueryMatches = { count: 0, slots: new Int32Array(0), scores: new Float64Array(0), allInTitle: new Uint8Array(0) };

  get size(): number {
    return this.liveCount;
  }

  /** Indexes one document (its title, and the texts it is also found by); returns its slot. */
  add(title: string, texts: string[]): number {
    // Counts go to scratch arrays indexed by term id (no map or token array per document: those
    // were most of the build's garbage); `seenTerms` lists the ids to write and reset.
    const titleCounts = this.titleCounts;
    const textCounts = this.textCounts;
    const seenTerms: number[] = [];
    let titleLength = 0;
    let textLength = 0;
    const count = (id: number, counts: number[]) => {
      if (titleCounts[id] === 0 && textCounts[id] === 0) seenTerms.push(id);
      if (counts[id] < MAX_FIELD_COUNT) counts[id]++;
    };
    const inTitle = (id: number) => {
      count(id, titleCounts);
      titleLength++;
    };
    const inText = (id: number) => {
      count(id, textCounts);
      textLength++;
    };
    forEachTokenCode(title, (code) => inTitle(this.codeTermId(code)), (token) => inTitle(this.termId(token)));
    for (const text of texts) forEachTokenCode(text, (code) => inText(this.codeTermId(code)), (token) => inText(this.termId(token)));

    const slot = this.alive.length;
    this.alive.push(true);
    this.titleLength.push(titleLength);
    this.textLength.push(textLength);
    this.liveCount++;
    this.titleLengthSum += titleLength;
    this.textLengthSum += textLength;
    // Ascending term order is not needed: each term's own postings stay in slot order.
    for (const id of seenTerms) {
      this.append(id, slot, titleCounts[id], textCounts[id]);
      titleCounts[id] = 0;
      textCounts[id] = 0;
    }
    return slot;
  }

  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = false;
    this.liveCount--;
    this.deadCount++;
    this.titleLengthSum -= this.titleLength[slot];
    this.textLengthSum -= this.textLength[slot];
    if (this.deadCount > 1024 && this.deadCount > this.liveCount / 4) this.compact();
  }

  /**
   * Slots that hold every term group (a group is one term, or all terms with a prefix), with
   * their BM25 score. Cost: the total length of the groups' postings.
   */
  query(queryTerms: QueryTerm[]): QueryMatches {
    const result = this.matches;
    result.count = 0;
    const groups = queryTerms.map((q) => this.expand(q));
    if (groups.length === 0 || groups.some((g) => g.length === 0) || this.liveCount === 0) return result;
    this.ensureScratch();
    const found = result.slots;
    const matched = this.groupsMatched;
    const inTitle = this.groupsInTitle;
    const scores = this.scratchScores;
    const avgTitle = Math.max(this.titleLengthSum / this.liveCount, 1);
    const avgText = Math.max(this.textLengthSum / this.liveCount, 1);
    const last = groups.length - 1;
    // Rarest group first: the first group bounds the slots to reset afterwards.
    const order = groups.map((ids, g) => ({ ids, g, size: ids.reduce((n, id) => n + this.postingCount[id], 0) }));
    order.sort((a, b) => a.size - b.size);
    // Slots that matched the first (rarest) group: the only ones whose scratch entries change.
    const touched = this.touched;
    let touchedCount = 0;

    order.forEach(({ ids, g: original }, g) => {
      const asked = queryTerms[original].term;
      for (const id of ids) {
        const weight = this.idf(this.postingCount[id]) * (this.terms[id] === asked ? 1 : PREFIX_WEIGHT);
        const reader = this.readerOf(id);
        const end = reader.at + this.postingBytes.used[id];
        let slot = -1;
        while (reader.at < end) {
          slot += reader.next();
          const packed = reader.next();
          const textCount = packed >>> 1;
          const titleCount = packed & 1 ? reader.next() : 0;
          const seen = matched[slot];
          // `seen === g`: matched every earlier group; `g + 1`: already matched this group by another prefix term.
          if (seen !== g && seen !== g + 1) continue;
          if (!this.alive[slot]) continue;
          scores[slot] +=
            weight *
            (TITLE_BOOST * saturate(titleCount, this.titleLength[slot], avgTitle) + saturate(textCount, this.textLength[slot], avgText));
          if (titleCount > 0 && inTitle[slot] === g) inTitle[slot] = g + 1;
          if (seen === g) {
            matched[slot] = g + 1;
            if (g === 0) touched[touchedCount++] = slot;
            if (g === last) found[result.count++] = slot;
          }
        }
      }
    });

    for (let i = 0; i < result.count; i++) {
      const slot = found[i];
      result.scores[i] = scores[slot];
      result.allInTitle[i] = inTitle[slot] === groups.length ? 1 : 0;
    }
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i];
      matched[slot] = 0;
      inTitle[slot] = 0;
      scores[slot] = 0;
    }
    return result;
  }

  /** The term ids a query term stands for: itself, plus every longer term it starts for a prefix. */
  private expand({ term, prefix }: QueryTerm): number[] {
    const code = hangulTokenCode(term);
    const exact = code >= 0 ? this.codeIds.get(code) : this.termIds.get(term);
    if (!prefix) return exact === undefined ? [] : [exact];
    const candidates = this.termsByFirstChar.get(term[0]) ?? [];
    return candidates.filter((id) => this.terms[id].startsWith(term) && this.postingCount[id] > 0);
  }

  private idf(documentFrequency: number): number {
    // Dead slots still count until compaction; the error is small and only shifts scores.
    const n = Math.max(this.liveCount, documentFrequency);
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** The id of a token that is not of Hangul syllables (those come as codes: codeTermId). */
  private termId(term: string): number {
    const code = hangulTokenCode(term);
    if (code >= 0) return this.codeTermId(code);
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.newTerm(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  private codeTermId(code: number): number {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.newTerm(hangulTokenText(code));
      this.codeIds.set(code, id);
    }
    return id;
  }

  private newTerm(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.postingBytes.add(FIRST_CAPACITY);
    this.lastSlot.push(-1);
    this.postingCount.push(0);
    this.titleCounts.push(0);
    this.textCounts.push(0);
    const bucket = this.termsByFirstChar.get(term[0]);
    if (bucket) bucket.push(id);
    else this.termsByFirstChar.set(term[0], [id]);
    return id;
  }

  private ensureScratch(): void {
    const needed = this.alive.length;
    if (this.groupsMatched.length >= needed) return;
    const capacity = Math.max(needed, this.groupsMatched.length * 2, 1024);
    this.groupsMatched = new Int32Array(capacity);
    this.groupsInTitle = new Int32Array(capacity);
    this.scratchScores = new Float64Array(capacity);
    this.touched = new Int32Array(capacity);
    this.matches.slots = new Int32Array(capacity);
    this.matches.scores = new Float64Array(capacity);
    this.matches.allInTitle = new Uint8Array(capacity);
  }

  /** The shared reader at the start of a term's postings. */
  private readerOf(id: number): VarintReader {
    return this.reader.start(this.postingBytes.slab(id), this.postingBytes.offset(id));
  }

  /** Appends one posting to a term's bytes (slots arrive in ascending order). */
  private append(id: number, slot: number, titleCount: number, textCount: number): void {
    // At most 5 bytes per varint, 3 varints.
    const bytes = this.postingBytes.reserve(id, 15);
    const start = this.postingBytes.offset(id) + this.postingBytes.used[id];
    let at = writeVarint(bytes, start, slot - this.lastSlot[id]);
    at = writeVarint(bytes, at, textCount * 2 + (titleCount > 0 ? 1 : 0));
    if (titleCount > 0) at = writeVarint(bytes, at, titleCount);
    this.postingBytes.wrote(id, at - start);
    this.lastSlot[id] = slot;
    this.postingCount[id]++;
  }

  /** Drops dead slots from every posting list, each rewritten in its own room. */
  private compact(): void {
    for (let id = 0; id < this.postingBytes.count; id++) {
      const kept: number[] = [];
      const reader = this.readerOf(id);
      const end = reader.at + this.postingBytes.used[id];
      let slot = -1;
      while (reader.at < end) {
        slot += reader.next();
        const packed = reader.next();
        const titleCount = packed & 1 ? reader.next() : 0;
        if (this.alive[slot]) kept.push(slot, titleCount, packed >>> 1);
      }
      // Rewritten in place from its start: the kept postings take no more bytes than before.
      this.postingBytes.clear(id);
      this.lastSlot[id] = -1;
      this.postingCount[id] = 0;
      for (let i = 0; i < kept.length; i += 3) this.append(id, kept[i], kept[i + 1], kept[i + 2]);
    }
    this.deadCount = 0;
  }
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  bytes[at++] = value;
  return at;
}

/** Reads a term's varints in order; one instance is reused, so decoding allocates nothing. */
class VarintReader {
  bytes: Uint8Array = new Uint8Array(0);
  at = 0;

  start(bytes: Uint8Array, at: number): this {
    this.bytes = bytes;
    this.at = at;
    return this;
  }

  next(): number {
    const bytes = this.bytes;
    let byte = bytes[this.at++];
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) value |= ((byte = bytes[this.at++]) & 0x7f) << shift;
    return value;
  }
}

/** BM25 term-frequency saturation with length normalisation. */
function saturate(count: number, length: number, averageLength: number): number {
  if (count === 0) return 0;
  return (count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / averageLength));
}
