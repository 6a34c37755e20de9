/** The public shapes of the search module (re-exported from ./index). Pure data. */

/** One project of a parsed document, flattened for the index. */
export interface SearchableProject {
  documentId: string;
  documentTitle: string;
  /** Unique within the document; annotations point at it with the same value. */
  projectId: string;
  unit: string;
  section: string;
  number: string;
  title: string;
  body: string;
  budgetThousandWon: number | null;
}

export interface SearchableAnnotation {
  id: string;
  documentId: string;
  documentTitle: string;
  /** The same value as the project's SearchableProject.projectId. */
  projectId: string;
  projectTitle: string;
  unit: string;
  type: string;
  body: string;
  quote?: string;
  authorName: string;
  status: string;
  tags: string[];
  /** Private notes are shown only to their author, see SearchFilters.viewer. */
  private: boolean;
}

/**
 * Every filter is optional; an empty list means "any". A hit must pass all filters given, and
 * match any one value of each list. Annotation-only filters (annotationTypes, statuses, members,
 * tags) leave projects out; section and budget filters apply to an annotation through its project.
 */
export interface SearchFilters {
  documentIds?: string[];
  units?: string[];
  sections?: string[];
  annotationTypes?: string[];
  statuses?: string[];
  /** Annotation authors (authorName). */
  members?: string[];
  tags?: string[];
  /** true: a stated budget above 0; false: no budget stated (null) or 0. */
  hasBudget?: boolean;
  /** Inclusive bounds in 천원; projects without a stated budget are left out when either is set. */
  budgetMin?: number;
  budgetMax?: number;
  kinds?: ('project' | 'annotation')[];
  /** The member searching (authorName). Private annotations of anyone else — all of them when unset — are never returned. */
  viewer?: string;
}

export interface SearchHit {
  kind: 'project' | 'annotation';
  /** projectId for a project, the annotation id for an annotation. */
  id: string;
  documentId: string;
  documentTitle: string;
  projectId: string;
  unit: string;
  /** The project title (for an annotation: the title of the project it is written on). */
  title: string;
  /** Plain text (never HTML), whitespace collapsed, '…' where cut. */
  snippet: string;
  /** [start, end) ranges of `snippet` to mark, sorted, not overlapping. */
  highlights: [number, number][];
  /** [start, end) ranges of `title` to mark (projects only). */
  titleHighlights?: [number, number][];
  /** Higher is better; only the order is meaningful. */
  score: number;
  annotationType?: string;
}

export interface SearchResult {
  /** Best first, at most `limit`. */
  hits: SearchHit[];
  /** All matches after filters, before the limit. */
  total: number;
  /**
   * True when these hits come from the query with particles stripped (청렴도를 → 청렴도): done when no
   * match held the words as typed whole (only their bigrams, scattered), and it found better.
   */
  relaxed: boolean;
  /** `hits` grouped by document, then unit, in order of each group's best hit. */
  groups: { documentId: string; documentTitle: string; units: { unit: string; hits: SearchHit[] }[] }[];
  /**
   * Set while the index is still being built after start: only `indexed` of `total` documents'
   * projects were searched (every note was). Asking again later finds more.
   */
  indexing?: { indexed: number; total: number };
}
