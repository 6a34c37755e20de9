import type { Annotation } from './annotation';
import type { DocumentRecord } from './library';
import type { Member } from './member';
import type { Session } from './session';
import type { DocumentRef } from './bundle';
import type { FollowUpColumnMapping } from './followup';
import type { ProjectListMapping } from './projectList';
import type { CorrectionRecord } from './corrections';
import type { SyncSettingsRecord } from './sync';

/** The newest layout of the data file. Bump it with a new step in electron/service/migrations/. */
export const SCHEMA_VERSION = 5;

/**
 * Everything the app keeps in its main data file (document texts live in their own files).
 * Unknown fields are kept as they are, so an older app version never drops what a newer one wrote.
 */
export interface StoreData {
  schemaVersion: number;
  documents: DocumentRecord[];
  annotations: Annotation[];
  members: Member[];
  /** Who is using the app on this laptop now. */
  currentMemberId?: string;
  sessions: Session[];
  /** New annotations belong to this session. */
  currentSessionId?: string;
  /** When the built-in sample library was imported (it is imported once, on first run). */
  samplesImportedAt?: string;
  /**
   * Documents that notes from a review bundle point at but this laptop does not have, by their id.
   * When the same text is imported later it takes this id, so those notes attach by themselves.
   */
  documentRefs: Record<string, DocumentRef>;
  /** 처리결과 column mappings the user confirmed, by header signature (see followups.ts). */
  importMappings: Record<string, { mapping: FollowUpColumnMapping; savedAt: string }>;
  /** Project-list column mappings the user confirmed, by header signature (see projectList.ts). */
  projectListMappings: Record<string, { mapping: ProjectListMapping; savedAt: string }>;
  /**
   * Structure corrections made by hand, every document's, tombstones included (see
   * electron/service/corrections.ts). Optional: data files written before them have none.
   */
  corrections?: CorrectionRecord[];
  /** Live sync settings (electron/service/sync/); absent until the secretary configures a server. */
  sync?: SyncSettingsRecord;
  [extra: string]: unknown;
}

export function emptyStore(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, documents: [], annotations: [], members: [], sessions: [], documentRefs: {}, importMappings: {}, projectListMappings: {} };
}
