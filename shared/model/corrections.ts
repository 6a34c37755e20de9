/**
 * Corrections of a document's reading, made by hand in the reader (issue 10, "structure the user
 * can correct"). They are an overlay: stored apart from the parsed tree, keyed to 1-based line
 * numbers of the document's stored text (immutable per document, named by its sha256), and
 * re-applied by shared/corrections/apply.ts to whatever the parser produces, so they survive
 * restarts and parser upgrades and travel in review bundles.
 *
 * A project is named by the line of its heading (`position.start.line`) and that line's text as a
 * guard, never by its index: indexes shift when the parser or an earlier correction changes.
 */

/** The budget a member states for a project (천원), or 비예산. */
export interface CorrectionBudget {
  /** Total in 천원; null with `nonBudget` for 비예산. */
  thousandWon: number | null;
  nonBudget: boolean;
  sources: string[];
}

/** Names a project by its heading line and that line's text (whitespace collapsed). */
export interface ProjectTarget {
  line: number;
  guard: string;
}

export type CorrectionChange =
  /** This line is a project heading: a new project from here to the next project (or splits the one it is in). */
  | { op: 'mark-project'; line: number; title?: string; number?: string }
  /** This line is an organisational unit: the projects after it (to the next unit) belong to it. */
  | { op: 'mark-unit'; line: number; name: string }
  /** The heading is not a project: its lines go back to the project before it (same unit), else out. */
  | ({ op: 'not-project' } & ProjectTarget)
  /** The project is the continuation of the one before it: one project, the earlier one's key. */
  | ({ op: 'merge' } & ProjectTarget)
  /** A new project starts at line `at` inside the target. */
  | ({ op: 'split'; at: number; title?: string; number?: string } & ProjectTarget)
  | ({ op: 'set-title'; title: string } & ProjectTarget)
  | ({ op: 'set-number'; number: string } & ProjectTarget)
  | ({ op: 'set-unit'; unit: string } & ProjectTarget)
  | ({ op: 'set-budget'; budget: CorrectionBudget } & ProjectTarget);

export type CorrectionOp = CorrectionChange['op'];

export const CORRECTION_OPS = ['mark-project', 'mark-unit', 'not-project', 'merge', 'split', 'set-title', 'set-number', 'set-unit', 'set-budget'] as const satisfies readonly CorrectionOp[];

/** One stored correction. Merged across laptops like notes: one record per id, higher version wins. */
export interface CorrectionRecord {
  id: string;
  documentId: string;
  /** The text the line numbers refer to. A record for another text is never applied. */
  sha256: string;
  change: CorrectionChange;
  authorId: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Undone: kept as a tombstone so the undo travels in bundles too. */
  deleted: boolean;
}

/** Why a correction did not change the reading (after a re-parse or an earlier undo). */
export type CorrectionSkip = 'no-target' | 'guard-mismatch' | 'already' | 'bad-line' | 'no-previous' | 'invalid';

export interface CorrectionOutcome {
  id: string;
  applied: boolean;
  reason?: CorrectionSkip;
}

/** One row of `document:corrections`. */
export interface CorrectionEntry extends CorrectionOutcome {
  change: CorrectionChange;
  authorName: string;
  createdAt: string;
}

/** What the correction methods answer: the document's live corrections, oldest first. */
export interface CorrectionsView {
  documentId: string;
  entries: CorrectionEntry[];
}
