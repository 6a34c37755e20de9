/**
 * Ranking. BM25 over bigrams cannot tell a title that says the query from a body that happens to
 * hold all its bigrams, so hits are ordered by a match tier first and by BM25 within a tier.
 *
 * Tiers need string checks, so they are computed lazily: candidates whose title holds every query
 * term are tiered first (few), the rest in BM25 order only until `limit` hits are found that no
 * remaining candidate can beat. A word found in every project thus costs `limit` checks, not 10,000.
 */
import type { IndexEntry } from './entry';
import { textHolds } from './entry';
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

/** Does the text (not the title) hold the phrase: the check every untiered candidate needs. */
function hasPhraseInText(entry: IndexEntry, query: RankQuery): boolean {
  return textHolds(entry, query.phrase);
}

/** The tier below phraseInText: every word in the title or text, else scattered bigrams. */
function wordsTier(entry: IndexEntry, query: RankQuery): number {
  if (query.words.length > 1 && query.words.every((w) => entry.foldedTitle.includes(w) || textHolds(entry, w))) return TIER.allWordsAnywhere;
  return TIER.scatteredBigrams;
}

/**
 * The best `limit` of the ranked hits, in the order a stable sort by descending score gives
 * (equal scores keep the order they were ranked in): a bounded insertion list, so thousands of
 * title hits of a common word cost no sort of thousands.
 */
class TopList {
  readonly entries: IndexEntry[] = [];
  readonly tiers: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly limit: number) {}

  /** Adds a hit ranked after every hit added before it. */
  add(entry: IndexEntry, tier: number, score: number): void {
    const { entries, tiers, scores, limit } = this;
    let at = scores.length;
    // A later hit goes after every hit of an equal or higher score.
    if (at >= limit && !(score > scores[at - 1])) return;
    while (at > 0 && score > scores[at - 1]) at--;
    if (at >= limit) return;
    entries.splice(at, 0, entry);
    tiers.splice(at, 0, tier);
    scores.splice(at, 0, score);
    if (scores.length > limit) {
      entries.pop();
      tiers.pop();
      scores.pop();
    }
  }
}

/** The best `limit` candidates by tier, then BM25. */
export function rankCandidates(
  candidates: Candidates,
  entryOf: (slot: number) => IndexEntry,
  query: RankQuery,
  limit: number,
): Ranking {
  const { count, slots, bm25, allInTitle } = candidates;
  if (restBuffer.length < count) restBuffer = new Int32Array(Math.max(count, restBuffer.length * 2));
  const rest = restBuffer;
  let restSize = 0;
  const wanted = Math.max(limit, 1);
  // Unbounded limits (every hit wanted) keep the plain list and sort.
  const bounded = limit < 4096;
  const top = new TopList(bounded ? limit : 0);
  const all: Ranked[] = [];
  const add = (entry: IndexEntry, tier: number, score: number) => {
    if (bounded) top.add(entry, tier, score);
    else all.push({ entry, tier, score });
  };
  // Ranked hits that no untiered candidate can beat: title tiers, and text phrases found in BM25 order.
  let unbeatable = 0;
  // Ranked hits of a tier >= allWordsAnywhere: once `wanted` of them are ranked, a later candidate
  // (lower or equal BM25, ranked after) matters only with a phrase in its text.
  let whole = 0;
  for (let i = 0; i < count; i++) {
    const entry = allInTitle[i] ? entryOf(slots[i]) : undefined;
    const tier = entry ? titleTier(entry, query) : undefined;
    if (entry === undefined || tier === undefined) {
      rest[restSize++] = i;
      continue;
    }
    add(entry, tier, combinedScore(tier, bm25[i]));
    unbeatable++;
    whole++;
  }
  const next = byBm25(rest, restSize, bm25);
  for (let i = next(); i >= 0 && unbeatable < wanted; i = next()) {
    const entry = entryOf(slots[i]);
    let tier: number;
    if (hasPhraseInText(entry, query)) {
      tier = TIER.phraseInText;
      unbeatable++;
    } else {
      if (whole >= wanted) continue;
      tier = wordsTier(entry, query);
    }
    if (tier >= TIER.allWordsAnywhere) whole++;
    add(entry, tier, combinedScore(tier, bm25[i]));
  }
  if (bounded) {
    const ranked = top.entries.map((entry, i) => ({ entry, tier: top.tiers[i], score: top.scores[i] }));
    return { top: ranked, anyWholeMatch: whole > 0 };
  }
  all.sort((a, b) => b.score - a.score);
  return { top: all.slice(0, limit), anyWholeMatch: whole > 0 };
}
