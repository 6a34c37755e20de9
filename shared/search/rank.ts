/**
 * Ranking. BM25 over bigrams cannot tell a title that says the query from a body that happens to
 * hold all its bigrams, so hits are ordered by a match tier first and by BM25 within a tier.
 *
 * Tiers need string checks, so they are computed lazily: candidates whose title holds every query
 * term are tiered first (few), the rest in BM25 order only until `limit` hits are found that no
 * remaining candidate can beat. A word found in every project thus costs `limit` checks, not 10,000.
 */
import type { IndexEntry } from './entry';
import { compactFold } from './tokenize';

export interface RankQuery {
  /** Query words, case-folded, without whitespace. */
  words: string[];
  /** The whole query without whitespace: 청렴 교육 matches 청렴교육 and 청렴 교육 alike. */
  phrase: string;
}

export const TIER = {
  phraseInTitle: 4,
  allWordsInTitle: 3,
  phraseInText: 2,
  allWordsAnywhere: 1,
  scatteredBigrams: 0,
} as const;

/** Matched candidates as parallel arrays (see QueryMatches): no object per candidate. */
export interface Candidates {
  count: number;
  /** Entry of candidate i: `entryOf(slots[i])`. */
  slots: Int32Array;
  bm25: Float64Array;
  /** 1 when every query term occurs in the title (the precondition of the title tiers). */
  allInTitle: Uint8Array;
}

export interface Ranked {
  entry: IndexEntry;
  tier: number;
  score: number;
}

export interface Ranking {
  /** Best first, at most `limit`. */
  top: Ranked[];
  /** Some candidate holds each query word whole (not only its bigrams scattered). */
  anyWholeMatch: boolean;
}

export function rankQuery(words: string[]): RankQuery {
  const folded = words.map(compactFold).filter((w) => w.length > 0);
  return { words: folded, phrase: folded.join('') };
}

function titleTier(entry: IndexEntry, query: RankQuery): number | undefined {
  if (entry.foldedTitle.includes(query.phrase)) return TIER.phraseInTitle;
  if (query.words.length > 1 && query.words.every((w) => entry.foldedTitle.includes(w))) return TIER.allWordsInTitle;
  return undefined;
}

function textTier(entry: IndexEntry, query: RankQuery): number {
  const { foldedTitle, foldedText } = entry;
  if (foldedText.includes(query.phrase)) return TIER.phraseInText;
  if (query.words.length > 1 && query.words.every((w) => foldedTitle.includes(w) || foldedText.includes(w))) return TIER.allWordsAnywhere;
  return TIER.scatteredBigrams;
}

/** Tier first, BM25 squashed into [0, 1) below it. */
function combinedScore(tier: number, bm25: number): number {
  return tier + bm25 / (bm25 + 1);
}

/** Pops candidate indices in descending BM25 order (a binary max-heap, built in linear time). */
function byBm25(indices: Int32Array, size: number, bm25: Float64Array): () => number {
  const heap = indices;
  let length = size;
  const above = (i: number, j: number) => bm25[heap[i]] > bm25[heap[j]];
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < length && above(left, top)) top = left;
      if (right < length && above(right, top)) top = right;
      if (top === i) return;
      const swap = heap[i];
      heap[i] = heap[top];
      heap[top] = swap;
      i = top;
    }
  };
  for (let i = (length >> 1) - 1; i >= 0; i--) siftDown(i);
  return () => {
    if (length === 0) return -1;
    const best = heap[0];
    heap[0] = heap[--length];
    siftDown(0);
    return best;
  };
}

/** Scratch list of untiered candidates, reused: a common word has thousands. */
let restBuffer = new Int32Array(1024);

/** The best `limit` candidates by tier, then BM25. */
export function rankCandidates(
  candidates: Candidates,
  entryOf: (slot: number) => IndexEntry,
  query: RankQuery,
  limit: number,
): Ranking {
  const { count, slots, bm25, allInTitle } = candidates;
  const ranked: Ranked[] = [];
  if (restBuffer.length < count) restBuffer = new Int32Array(Math.max(count, restBuffer.length * 2));
  const rest = restBuffer;
  let restSize = 0;
  // Ranked hits that no untiered candidate can beat: title tiers, and text phrases found in BM25 order.
  let unbeatable = 0;
  for (let i = 0; i < count; i++) {
    const entry = allInTitle[i] ? entryOf(slots[i]) : undefined;
    const tier = entry ? titleTier(entry, query) : undefined;
    if (entry === undefined || tier === undefined) {
      rest[restSize++] = i;
      continue;
    }
    ranked.push({ entry, tier, score: combinedScore(tier, bm25[i]) });
    unbeatable++;
  }
  const next = byBm25(rest, restSize, bm25);
  const wanted = Math.max(limit, 1);
  for (let i = next(); i >= 0 && unbeatable < wanted; i = next()) {
    const entry = entryOf(slots[i]);
    const tier = textTier(entry, query);
    ranked.push({ entry, tier, score: combinedScore(tier, bm25[i]) });
    if (tier === TIER.phraseInText) unbeatable++;
  }
  ranked.sort((a, b) => b.score - a.score);
  return { top: ranked.slice(0, limit), anyWholeMatch: ranked.some((r) => r.tier >= TIER.allWordsAnywhere) };
}
