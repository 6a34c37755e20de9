/**
 * Korean full-text search over all documents' projects and all annotations.
 *
 * Pure module (no Node, DOM or electron imports): the service layer owns one index and keeps it
 * in step with the library; the renderer could hold one too.
 *
 * - Tokens: Hangul bigrams + latin/digit words (./tokenize); a query matches when every one of its
 *   tokens occurs (AND), in the title (boosted) or the text (./postings).
 * - Retry: when no hit holds the query words whole, particles are stripped from the query words
 *   (청렴도를 → 청렴도) and, if that finds something better, `relaxed` is set.
 * - Ranking: match tier first (phrase in title > all words in title > phrase in text > …), then
 *   BM25 (./rank). Snippets are plain text with ranges to mark (./snippet).
 */
import { annotationEntry, annotationKey, bodyOf, entryTexts, projectEntries, projectKey } from './entry';
import type { IndexEntry, TextSource } from './entry';
import { passesFilters } from './filters';
import { groupHits } from './group';
import { PostingIndex } from './postings';
import type { QueryTerm } from './postings';
import { rankCandidates, rankQuery } from './rank';
import type { Candidates, Ranked } from './rank';
import { createWordMatcher, findMatchRanges, makeSnippet } from './snippet';
import type { Snippet, WordMatcher } from './snippet';
import { isLatinWord, isSingleSyllable, queryWords, stripParticles, tokenize } from './tokenize';
import type { SearchableAnnotation, SearchableProject, SearchFilters, SearchHit, SearchResult } from './types';

export type { SearchableAnnotation, SearchableProject, SearchFilters, SearchHit, SearchResult } from './types';
export type { TextSource } from './entry';
export { hangulBigrams, stripParticles } from './tokenize';

export interface SearchIndex {
  /**
   * Adds one document's projects; a project already indexed (same documentId and projectId) is
   * replaced. `keep` may put their pooled bodies elsewhere than memory (entry.ts TextSource).
   */
  addProjects(list: SearchableProject[], keep?: (pool: string) => string | TextSource): void;
  /**
   * addProjects in steps: each `next()` indexes about STEP_CHARACTERS of text (~1 ms), so a caller
   * can let other work run in between (the background build: a large report took 80 ms at once).
   */
  addProjectsInSteps(list: SearchableProject[], keep?: (pool: string) => string | TextSource): Generator<void>;
  /** Removes the document's projects and the annotations written on it. */
  removeDocument(documentId: string): void;
  /** Adds an annotation or replaces the one with the same id. */
  upsertAnnotation(a: SearchableAnnotation): void;
  removeAnnotation(id: string): void;
  /** `limit` defaults to 50; `total` still counts every match. */
  search(text: string, filters?: SearchFilters, limit?: number): SearchResult;
}

export const DEFAULT_LIMIT = 50;

interface Attempt {
  top: Ranked[];
  total: number;
  anyWholeMatch: boolean;
}

/** Query terms word by word: the spaces a user types separate words, so no bigram bridges them. */
function queryTerms(words: string[]): QueryTerm[] {
  const unique = [...new Set(words.flatMap((word) => tokenize(word)))];
  // One syllable is matched as the start of a bigram (청 → 청렴, 청년 …); latin as a word start (sdg → sdgs).
  return unique.map((term) => ({ term, prefix: isSingleSyllable(term) || isLatinWord(term) }));
}

/** No filter narrows the search (`viewer` only decides about private notes, checked apart). */
function isUnfiltered(filters: SearchFilters): boolean {
  return Object.entries(filters).every(
    ([name, value]) => name === 'viewer' || value === undefined || (Array.isArray(value) && value.length === 0),
  );
}

/** Characters of project text indexed per step of addProjectsInSteps (~1 ms on a slow laptop). */
const STEP_CHARACTERS = 4_000;

class KoreanSearchIndex implements SearchIndex {
  private readonly postings = new PostingIndex();
  private readonly entries = new Map<string, IndexEntry>();
  private readonly entryBySlot: (IndexEntry | undefined)[] = [];
  /** 1 for the slot of a private annotation: read without touching the entry on unfiltered searches. */
  private readonly privateBySlot: number[] = [];
  /** Keys of every entry per documentId, so removeDocument does not scan the whole index. */
  private readonly keysByDocument = new Map<string, Set<string>>();

  addProjects(list: SearchableProject[], keep?: (pool: string) => string | TextSource): void {
    for (const _ of this.addProjectsInSteps(list, keep));
  }

  *addProjectsInSteps(list: SearchableProject[], keep?: (pool: string) => string | TextSource): Generator<void> {
    const { entries, bodies } = projectEntries(list, keep);
    let since = 0;
    for (let i = 0; i < entries.length; i++) {
      // The body as read, not from the pool: a pool kept in a file would be read back from disk.
      this.put(entries[i]!, [bodies[i]!]);
      since += bodies[i]!.length + entries[i]!.title.length;
      if (since >= STEP_CHARACTERS && i < entries.length - 1) {
        since = 0;
        yield;
      }
    }
  }

  removeDocument(documentId: string): void {
    const keys = this.keysByDocument.get(documentId);
    if (!keys) return;
    for (const key of [...keys]) this.forget(key);
    this.keysByDocument.delete(documentId);
  }

  upsertAnnotation(a: SearchableAnnotation): void {
    this.put(annotationEntry(a));
  }

  removeAnnotation(id: string): void {
    this.forget(annotationKey(id));
  }

  search(text: string, filters: SearchFilters = {}, limit = DEFAULT_LIMIT): SearchResult {
    const wanted = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Number.MAX_SAFE_INTEGER;
    let words = queryWords(typeof text === 'string' ? text : '');
    let attempt = this.attempt(words, filters, wanted);
    let relaxed = false;
    if (!attempt.anyWholeMatch) {
      const stripped = words.map(stripParticles);
      if (stripped.some((word, i) => word !== words[i])) {
        const retry = this.attempt(stripped, filters, wanted);
        if (retry.anyWholeMatch || (attempt.total === 0 && retry.total > 0)) {
          attempt = retry;
          words = stripped;
          relaxed = true;
        }
      }
    }
    const matcher = createWordMatcher(words);
    const hits = attempt.top.map((ranked) => toHit(ranked, matcher));
    return { hits, total: attempt.total, relaxed, groups: groupHits(hits) };
  }

  /** Every entry that holds all query terms and passes the filters; the best `limit` of them ranked. */
  private attempt(words: string[], filters: SearchFilters, limit: number): Attempt {
    const terms = queryTerms(words);
    if (terms.length === 0) return { top: [], total: 0, anyWholeMatch: false };
    const found = this.postings.query(terms);
    const everything = isUnfiltered(filters);
    const projectOf = (annotation: IndexEntry) => this.entries.get(projectKey(annotation.documentId, annotation.projectId));
    // Filter in place: candidate i moves to `kept` (never ahead of i), keeping the buffers' order.
    let kept = 0;
    for (let i = 0; i < found.count; i++) {
      const slot = found.slots[i];
      // Private notes are left out unless the viewer wrote them (see SearchFilters.viewer); the
      // flag array spares loading every entry when nothing else filters.
      if (this.privateBySlot[slot] === 1 && (filters.viewer === undefined || this.entryBySlot[slot]!.authorName !== filters.viewer)) continue;
      if (!everything && !passesFilters(this.entryBySlot[slot]!, filters, projectOf)) continue;
      found.slots[kept] = found.slots[i];
      found.scores[kept] = found.scores[i];
      found.allInTitle[kept] = found.allInTitle[i];
      kept++;
    }
    const candidates: Candidates = { count: kept, slots: found.slots, bm25: found.scores, allInTitle: found.allInTitle };
    const entryOf = (slot: number) => this.entryBySlot[slot]!;
    const { top, anyWholeMatch } = rankCandidates(candidates, entryOf, rankQuery(words), limit);
    return { top, total: kept, anyWholeMatch };
  }

  private put(entry: IndexEntry, texts = entryTexts(entry)): void {
    this.forget(entry.key);
    entry.slot = this.postings.add(entry.title, texts);
    this.entryBySlot[entry.slot] = entry;
    this.privateBySlot[entry.slot] = entry.private ? 1 : 0;
    this.entries.set(entry.key, entry);
    let keys = this.keysByDocument.get(entry.documentId);
    if (!keys) {
      keys = new Set();
      this.keysByDocument.set(entry.documentId, keys);
    }
    keys.add(entry.key);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.entryBySlot[entry.slot] = undefined;
    this.postings.remove(entry.slot);
    this.keysByDocument.get(entry.documentId)?.delete(key);
  }
}

/** Snippet from the first of body, quote, tags (then title) that holds a match. */
function bestSnippet(entry: IndexEntry, matcher: WordMatcher): Snippet {
  let fallback: Snippet | undefined;
  for (const source of [bodyOf(entry), entry.quote, entry.tags.join(' '), entry.title]) {
    if (source.length === 0) continue;
    const snippet = makeSnippet(source, matcher);
    if (snippet.highlights.length > 0) return snippet;
    fallback ??= snippet;
  }
  return fallback ?? { text: '', highlights: [] };
}

function toHit({ entry, score }: Ranked, matcher: WordMatcher): SearchHit {
  const snippet = bestSnippet(entry, matcher);
  const hit: SearchHit = {
    kind: entry.kind,
    id: entry.hitId,
    documentId: entry.documentId,
    documentTitle: entry.documentTitle,
    projectId: entry.projectId,
    unit: entry.unit,
    title: entry.displayTitle,
    snippet: snippet.text,
    highlights: snippet.highlights,
    score,
  };
  if (entry.kind === 'project') hit.titleHighlights = findMatchRanges(entry.title, matcher);
  else hit.annotationType = entry.annotationType;
  return hit;
}

export function createSearchIndex(): SearchIndex {
  return new KoreanSearchIndex();
}
