import type { DocumentFamily, FieldNode, PlanDocument, ProjectNode, ReadingCheck, ReadingConfidence, TableNode } from '../parser/types';
import type { ContinuityLink } from '../continuity';
import type { UnitBudget } from '../unitBudgets';
import type { ProjectListReading } from './projectList';

/** One document in the library, as stored (the text itself lives in its own file). */
export interface DocumentRecord {
  id: string;
  title: string;
  issuer: string;
  /** ISO date (`YYYY-MM-DD` or `YYYY-MM`) or ''. */
  date: string;
  family: DocumentFamily;
  fileName: string;
  /** Format the text was extracted from: text, hwp, hwpx, pdf, docx … */
  format: string;
  importedAt: string;
  /** True for the built-in sample library shipped in seeds/. */
  sample: boolean;
  /** SHA-256 of the decoded text: the same text is not imported twice. */
  sha256: string;
  unitCount: number;
  projectCount: number;
  /** Sum of project budgets in 천원 (projects without a stated budget count as 0). */
  budgetThousandWon: number;
  diagnosticCount: number;
  /** PARSER_VERSION the counts were computed with. */
  parserVersion?: number;
  committee?: string;
  session?: string;
  /** Set on an old version: the id of the document that replaced it (see electron/service/revisions.ts). */
  supersededBy?: string;
  /** Set on a revised version: the id of the document it replaced. */
  previousVersionId?: string;
  /** Set on a spreadsheet read as a project list: how its columns are read (its tree is rebuilt from this, not parsed). */
  projectList?: ProjectListReading;
  /** How sure the reading is (the parser's self-check, shared/parser/check.ts); absent for project lists and older records. */
  confidence?: ReadingConfidence;
  /** The self-check's Korean sentence, for the library list. */
  checkMessage?: string;
}

/** A row of `library:list`. */
export type LibraryEntry = Pick<
  DocumentRecord,
  'id' | 'title' | 'issuer' | 'date' | 'family' | 'fileName' | 'format' | 'sample' | 'unitCount' | 'projectCount' | 'budgetThousandWon'
  // An old version stays listed and readable, marked by `supersededBy` (see electron/service/revisions.ts).
  | 'supersededBy' | 'previousVersionId'
  // A reading with low (or no) confidence is flagged in the list (see renderer/components/library/readingCheckModel.ts).
  | 'confidence' | 'checkMessage'
> & { annotationCount: number };

/** What `library:import` answers: the new document and what the parser found. */
export interface ImportSummary {
  documentId: string;
  title: string;
  /** True when the same text was already in the library (nothing new was stored). */
  duplicate: boolean;
  unitCount: number;
  projectCount: number;
  budgetThousandWon: number;
  diagnostics: number;
  warnings: string[];
  /** For a spreadsheet read as a project list: whether the column mapping was given now or remembered from an earlier import. */
  mappingSource?: 'given' | 'remembered';
  /** Present when the import replaced an earlier version (chosen, or same title and issuer). */
  revision?: RevisionSummary;
  /** The reading's self-check: how sure it is, and each item that differs from the document's tables of contents. */
  check?: ReadingCheck;
}

/** What happened to the notes of the version a new import replaced. */
export interface RevisionSummary {
  previousVersionId: string;
  /** Notes moved onto the new version, by how they were matched. */
  reattached: number;
  byMethod: { key: number; title: number; quote: number };
  /** Notes that fit no project of the new version: they stay on the old one, listed by `annotation:orphans`. */
  orphaned: number;
  /** True when the earlier version was found by same title and issuer rather than chosen by the user. */
  automatic: boolean;
}

/** What `document:get` answers: the record, its text and its parsed tree. */
export interface DocumentView {
  id: string;
  record: DocumentRecord;
  text: string;
  tree: PlanDocument;
}

/** What the document screen's outline, filters and reader heading need of a project (a ProjectNode is one). */
export type ProjectHead = Omit<ProjectNode, 'body' | 'fields' | 'tables'>;

/** A project as `document:outline` lists it: its head (its budget without `raw` and `position`) and its API address. */
export type ProjectOutline = ProjectHead & { id: string };

/**
 * What `document:outline` answers: the document screen's first paint. The largest report's full
 * view is 1.9 MB (its text, and every project's body, fields and tables); this is a tenth of it,
 * and the one project shown comes by `document:project`, the text by `document:text` when needed.
 */
export interface DocumentOutline {
  id: string;
  record: DocumentRecord;
  tree: Omit<PlanDocument, 'projects' | 'tables'> & { projects: ProjectOutline[] };
  /** The 예산 tab: per unit, its projects' budgets and its own budget table's total. */
  budget: UnitBudget[];
  /** 추진실적 projects paired with the 추진계획 projects they continue as (shown side by side). */
  continuity: ContinuityLink[];
  /** The details of the project the screen shows first (firstShown), so it needs no second call. */
  first?: { key: string; detail: ProjectDetail };
}

/** The project a document opens on when nothing asks for another: the first one past 일반현황. */
export function firstShown<P extends Pick<ProjectHead, 'section'>>(projects: readonly P[]): P | undefined {
  return projects.find((p) => p.section !== 'status') ?? projects[0];
}

/** What `document:project` answers: one project's labelled fields, its tables and its lines of the text. */
export interface ProjectDetail {
  fields: FieldNode[];
  tables: TableNode[];
  /** The text's lines `position.start.line` … `position.end.line`, as written. */
  sourceLines: string[];
}
