/**
 * Review bundles (`.crb`): one member's notes carried between laptops as a file, merged without
 * loss (see shared/merge/annotations.ts and electron/service/bundles.ts).
 */
import type { Annotation } from './annotation';
import type { CorrectionRecord } from './corrections';
import type { DocumentRecord } from './library';
import type { Member } from './member';
import type { Session } from './session';

export const BUNDLE_FORMAT = 'council-review-bundle';
/** The newest bundle layout this app writes and reads; a higher one comes from a newer app. */
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.crb';

/** Limits on what a bundle may hold, so a hostile or broken file cannot exhaust memory. */
export const BUNDLE_LIMITS = {
  /** Decoded size of the file. */
  maxBytes: 100 * 1024 * 1024,
  maxAnnotations: 200_000,
  maxMembers: 10_000,
  maxSessions: 10_000,
  maxDocuments: 500,
  maxCorrections: 100_000,
  /** One document text (the importers accept 60 MB files; their text is smaller). */
  maxDocumentChars: 60 * 1024 * 1024,
} as const;

/** Ids of records inside a bundle: letters, digits, '-' and '_' only (a UUID, or `doc-<hash>`). */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Enough about a document to recognise it on another laptop: the hash of its text above all. */
export interface DocumentRef {
  id: string;
  sha256: string;
  title: string;
  issuer: string;
  date: string;
  fileName: string;
}

/** A document carried in a bundle so the receiver can open it. Counts are recomputed on import. */
export interface BundleDocument {
  record: DocumentRef & Partial<Pick<DocumentRecord, 'family' | 'format' | 'committee' | 'session' | 'previousVersionId' | 'projectList'>>;
  text: string;
}

/** The payload; `checksum` is the SHA-256 of the canonical JSON of everything else. */
export interface ReviewBundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  createdAt: string;
  app: { name: string; version: string };
  /** Who made the bundle: their profile, so the receiver can show names. */
  author: Member;
  /** The session the bundle was limited to, if any. */
  sessionId?: string;
  annotations: Annotation[];
  /** Profiles of every author in `annotations` (and the bundle's author). */
  members: Member[];
  /** Sessions the notes belong to, matched on the receiver by committee, number and kind. */
  sessions: Session[];
  /** Every document the notes point at, so they can be matched by text hash. */
  documentRefs: DocumentRef[];
  documents?: BundleDocument[];
  /**
   * Structure corrections (tombstones included) of the documents in `documentRefs`, whoever made
   * them, so every laptop reads the same projects. Absent in bundles of older apps.
   */
  corrections?: CorrectionRecord[];
  checksum: string;
}

/** Counts of one document's notes in a bundle against what this laptop holds. */
export interface BundleCounts {
  /** Notes not here yet. */
  new: number;
  /** Notes here in an older version: the bundle's replaces them. */
  updated: number;
  /** Notes here exactly as in the bundle. */
  unchanged: number;
  /**
   * Notes here with different content and a version at least as high as the bundle's: both sides
   * changed the same note, or this laptop has a newer one. The merge rule decides (see `conflicts`).
   */
  conflicting: number;
}

export interface BundleDocumentPreview extends BundleCounts {
  /** The id the notes will have here (a document with the same text keeps this laptop's id). */
  documentId: string;
  title: string;
  /** The document's text travels in the bundle. */
  included: boolean;
  /** This laptop has the document (or will, once the bundle's copy is imported). */
  present: boolean;
}

export interface BundleConflict {
  annotationId: string;
  documentId: string;
  localVersion: number;
  incomingVersion: number;
  /** Which copy stays. */
  kept: 'local' | 'incoming';
}

/** What `bundle:preview` answers; `bundle:import` answers the same, as applied. */
export interface BundlePreview {
  author: { id: string; name: string; committee?: string; role: string };
  createdAt: string;
  app: { name: string; version: string };
  totals: BundleCounts & {
    annotations: number;
    /** Notes left out: someone else's private notes, or a note whose id here belongs to another author. */
    skipped: number;
  };
  documents: BundleDocumentPreview[];
  /** Titles of documents whose text the bundle carries and this laptop lacks: they will be imported. */
  documentsIncluded: string[];
  /** Titles of documents neither here nor in the bundle: their notes are kept as orphans until imported. */
  documentsMissing: string[];
  /** Up to 500 conflicts, for a review screen. */
  conflicts: BundleConflict[];
  membersNew: number;
  sessionsNew: number;
}

export interface BundleImportReport extends BundlePreview {
  applied: true;
  /** Incoming notes on an old version of a document, moved onto its newest version here. */
  reattached: number;
}
