/** Notes that lost their place: see `annotation:orphans` and electron/service/revisions.ts. */
import type { Annotation } from './annotation';

export type OrphanReason =
  /** The note's document is not in the library (removed, or the note came in a bundle without it). */
  | 'document-missing'
  /** The document is there but has no project with the note's key any more. */
  | 'project-missing'
  /** The document was replaced by a newer version and the note fit no project of it. */
  | 'superseded';

export interface OrphanEntry {
  annotation: Annotation;
  reason: OrphanReason;
  /** Title of the note's document (from the library, a bundle's reference, or '' if unknown). */
  documentTitle: string;
  /** For 'superseded': the newest version, where the note should go. */
  latestDocumentId?: string;
  /** Likely projects to re-attach to (in the newest version, or the same document), best first. */
  suggestions: { projectId: string; unit: string; number: string; title: string; score: number }[];
}
