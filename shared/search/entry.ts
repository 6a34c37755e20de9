/**
 * What the index keeps per project or annotation: the text it is found by, the values the filters
 * read, and case-folded, space-free copies for ranking (see ./rank).
 */
import { compactFold } from './tokenize';
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
  body: string;
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
  /** compactFold() of title and of body + quote + tags, for phrase checks in ranking. */
  foldedTitle: string;
  foldedText: string;
}

/** What an entry is found by besides its title: body, quote and tags. */
export function entryTexts(entry: IndexEntry): string[] {
  return [entry.body, entry.quote, ...entry.tags];
}

/** Key of a project, also used to find an annotation's project. JSON keeps the pair unambiguous. */
export function projectKey(documentId: string, projectId: string): string {
  return 'p' + JSON.stringify([documentId, projectId]);
}

export function annotationKey(id: string): string {
  return 'a' + JSON.stringify(id);
}

export function projectEntry(p: SearchableProject): IndexEntry {
  const title = p.title ?? '';
  const body = p.body ?? '';
  return {
    key: projectKey(p.documentId, p.projectId),
    slot: -1,
    kind: 'project',
    hitId: p.projectId,
    documentId: p.documentId,
    documentTitle: p.documentTitle,
    projectId: p.projectId,
    unit: p.unit,
    displayTitle: title,
    title,
    body,
    quote: '',
    tags: [],
    section: p.section,
    budgetThousandWon: p.budgetThousandWon,
    foldedTitle: compactFold(title),
    foldedText: compactFold(body),
  };
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
    body,
    quote,
    tags,
    annotationType: a.type,
    status: a.status,
    authorName: a.authorName,
    private: a.private,
    foldedTitle: '',
    foldedText: compactFold([body, quote, ...tags].join(' ')),
  };
}
