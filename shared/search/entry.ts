/**
 * What the index keeps per project or annotation: the text it is found by, the values the filters
 * read, and a case-folded, space-free copy of the title for ranking (see ./rank).
 *
 * Memory: every string kept is an own copy (`detached`). A project's title or body read from a
 * document is often a slice of the document's whole text, and one slice kept keeps all of it: at
 * 400 documents that was most of the index's memory.
 */
import { compactFold, foldedIncludes } from './tokenize';
import type { SearchableAnnotation, SearchableProject } from './types';

export interface IndexEntry {
  /** Unique over projects and annotations. */
  key: string;
  /** Position in the PostingIndex; set when indexed. */
  slot: number;
  kind: 'project' | 'annotation';
  /** SearchHit.id: the projectId or the annotation id. */
  hitId: string;
  documentId: string;
  documentTitle: string;
  projectId: string;
  unit: string;
  /** Shown as the hit title (an annotation shows its project's title). */
  displayTitle: string;
  /** Indexed text. `title` is empty for annotations: a note is found by what it says (body, quote, tags). */
  title: string;
  /**
   * The body is `pool.slice(bodyStart, bodyEnd)` (bodyOf): a document's project bodies share one
   * string, so the index holds one large string per document rather than thousands of small
   * ones scattered among a parse's garbage (which kept most of the heap's pages half empty), or
   * one file the service layer keeps them in (a TextSource) rather than any string at all.
   */
  pool: string | TextSource;
  bodyStart: number;
  bodyEnd: number;
  quote: string;
  tags: string[];
  /** Projects only. */
  section?: string;
  budgetThousandWon?: number | null;
  /** Annotations only. */
  annotationType?: string;
  status?: string;
  authorName?: string;
  private?: boolean;
  /** compactFold() of the title, for phrase checks in ranking (the text is checked with foldedIncludes). */
  foldedTitle: string;
}

/** Where a document's pooled project bodies are read from when they are not kept in memory. */
export interface TextSource {
  /** `pool.slice(start, end)` of the pool it holds; '' when it cannot be read (the index never throws). */
  slice(start: number, end: number): string;
}

/** What an entry is found by besides its title: body, quote and tags. */
export function entryTexts(entry: IndexEntry): string[] {
  return [bodyOf(entry), entry.quote, ...entry.tags];
}

/** The entry's body (a slice of its pool: no copy; or read from its source). */
export function bodyOf(entry: IndexEntry): string {
  const { pool, bodyStart, bodyEnd } = entry;
  if (typeof pool !== 'string') return bodyEnd > bodyStart ? pool.slice(bodyStart, bodyEnd) : '';
  return bodyStart === 0 && bodyEnd === pool.length ? pool : pool.slice(bodyStart, bodyEnd);
}

/** compactFold() of the entry's texts holds the folded needle (the check of the text tiers). */
export function textHolds(entry: IndexEntry, foldedNeedle: string): boolean {
  return foldedIncludes(bodyOf(entry), foldedNeedle) || foldedIncludes(entry.quote, foldedNeedle) || entry.tags.some((tag) => foldedIncludes(tag, foldedNeedle));
}

/**
 * An own copy of a string (JSON.parse always builds a new flat one), so a kept title or body does
 * not keep alive the document text it was sliced from. V8 copies slices under 13 characters anyway.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Key of a project, also used to find an annotation's project. JSON keeps the pair unambiguous. A
 * string JSON.stringify builds is a tree of its parts (a heap snapshot at x100 held 74,000 of them,
 * 15 MB): the key kept is a flat copy.
 */
export function projectKey(documentId: string, projectId: string): string {
  return detached(JSON.stringify(['p', documentId, projectId]));
}

export function annotationKey(id: string): string {
  return detached(JSON.stringify(['a', id]));
}

/** A project's entry; its body is `pool.slice(bodyStart, bodyEnd)` (see projectEntries). */
function projectEntry(p: SearchableProject, pool: string | TextSource, bodyStart: number, bodyEnd: number): IndexEntry {
  const title = detached(p.title ?? '');
  return {
    key: projectKey(p.documentId, p.projectId),
    slot: -1,
    kind: 'project',
    hitId: p.projectId,
    documentId: p.documentId,
    documentTitle: p.documentTitle,
    projectId: p.projectId,
    unit: detached(p.unit),
    displayTitle: title,
    title,
    pool,
    bodyStart,
    bodyEnd,
    quote: '',
    tags: [],
    section: detached(p.section),
    budgetThousandWon: p.budgetThousandWon,
    foldedTitle: detached(compactFold(title)),
  };
}

/**
 * One document's projects as entries whose bodies share one pool string (join builds a flat copy),
 * or the source `keep` puts that pool in; and the bodies as given, to index them from.
 */
export function projectEntries(list: readonly SearchableProject[], keep?: (pool: string) => string | TextSource): { entries: IndexEntry[]; bodies: string[] } {
  const bodies = list.map((p) => p.body ?? '');
  const joined = bodies.join('\n');
  const pool = keep ? keep(joined) : joined;
  let at = 0;
  const entries = list.map((p, i) => {
    const entry = projectEntry(p, pool, at, at + bodies[i]!.length);
    at += bodies[i]!.length + 1;
    return entry;
  });
  return { entries, bodies };
}

export function annotationEntry(a: SearchableAnnotation): IndexEntry {
  const body = a.body ?? '';
  const quote = a.quote ?? '';
  const tags = a.tags ?? [];
  return {
    key: annotationKey(a.id),
    slot: -1,
    kind: 'annotation',
    hitId: a.id,
    documentId: a.documentId,
    documentTitle: a.documentTitle,
    projectId: a.projectId,
    unit: a.unit,
    displayTitle: a.projectTitle,
    title: '',
    pool: body,
    bodyStart: 0,
    bodyEnd: body.length,
    quote,
    tags,
    annotationType: a.type,
    status: a.status,
    authorName: a.authorName,
    private: a.private,
    foldedTitle: '',
  };
}
