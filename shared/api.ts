/**
 * The one API contract between the renderer (or an outside tool) and the service layer.
 *
 * Both transports — Electron IPC and browser mode over HTTP — carry exactly these methods, and
 * `window.council.invoke(method, args)` looks the same over either. Argument schemas (validated at
 * the edge, as `unknown`) live in `api.schemas.ts`; the handler table in `electron/handlers.ts`
 * must satisfy `HandlerTable` below, so a method cannot be added on one side only.
 */
import type { Annotation, AnnotationStatus, AnnotationType, AnswerRecord, Visibility } from './model/annotation';
import type { DocumentOutline, DocumentView, ImportSummary, LibraryEntry, ProjectDetail } from './model/library';
import type { MemberEntry, MemberRole } from './model/member';
import type { Session, SessionEntry } from './model/session';
import type { SearchFilters, SearchResult } from './search/types';
import type { MinutesOptions } from './model/minutes';
import type { BundleImportReport, BundlePreview } from './model/bundle';
import type { OrphanEntry } from './model/revision';
import type { CorrectionChange, CorrectionsView } from './model/corrections';
import type { ProjectListMapping, ProjectListPreview } from './model/projectList';
import type { SyncSettingsView, SyncStatus } from './model/sync';
import type { FollowUpCarryover, FollowUpColumnMapping, FollowUpImportPreview, FollowUpImportResult, FollowUpItem } from './model/followup';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' or 'browser': for display only; renderer logic must not branch on it. */
  transport: 'electron' | 'browser';
  dataDir: string;
  /** Korean notices for the user from start-up (e.g. a restored backup). */
  notices: string[];
}

export interface ApiContract {
  /** App name, version, transport and data folder. */
  'app:info': { args: Record<string, never>; result: AppInfo };
  /** The library: every document with its counts. */
  'library:list': { args: Record<string, never>; result: LibraryEntry[] };
  /** Import a document (plain text, HWP, HWPX, PDF, DOCX) sent as base64. */
  /**
   * With `replacesDocumentId` (or when one current document has the same title, issuer and family)
   * the import is a new version: notes move onto it and `revision` says how (see revisions.ts).
   */
  /**
   * Spreadsheets (.xlsx, .xls, .csv) are project or budget lists: they need `mapping` (which column
   * holds 사업명, 부서, 예산 …) unless one was remembered for the same header; without it the answer
   * is `{ ok: false, code: 'bad-input', field: 'mapping' }` and nothing is stored (see projectList.ts).
   */
  /**
   * A file in which the parser finds no plan structure at all (no projects: prose, one repeated
   * character, stray bytes that decode as text) is refused with `{ ok: false, code: 'not-a-plan' }`
   * and nothing is stored; `asPlainText: true` imports it anyway, as a document of family 'unknown'
   * whose text can be read (and structured by hand). Files the importers cannot read as text at
   * all keep their own `bad-input` refusal.
   */
  'library:import': {
    args: { fileName: string; dataBase64: string; replacesDocumentId?: string; mapping?: ProjectListMapping; asPlainText?: boolean };
    result: ImportSummary;
  };
  /** A spreadsheet's header row, first rows, suggested and remembered column mapping, before `library:import`. */
  'library:sheet-preview': { args: { fileName: string; dataBase64: string }; result: ProjectListPreview };
  /** Remove a document from the library; its annotations are kept. */
  'library:remove': { args: { id: string }; result: { removed: boolean } };
  /** One document: record, text and parsed tree. */
  'document:get': { args: { id: string }; result: DocumentView };
  /** One document as its screen first shows it: record, tree without bodies, fields and tables, budget per unit. */
  'document:outline': { args: { id: string }; result: DocumentOutline };
  /** One project of a document (`key` from document:outline): its fields, tables and source lines. */
  'document:project': { args: { id: string; key: string }; result: ProjectDetail };
  /** A document's whole text (the corrections' line tools and the reading check's excerpts). */
  'document:text': { args: { id: string }; result: { text: string } };

  /**
   * Correct the reading of a document by hand (shared/model/corrections.ts): projects are named by
   * their heading line and its text. A change that would not apply to the reading as it is now
   * answers `bad-input` (field `change`) and is not stored. Answers the document's corrections;
   * `document:get` then shows the corrected projects.
   */
  'document:correct': { args: { documentId: string; change: CorrectionChange }; result: CorrectionsView };
  /** The document's live corrections, oldest first, each with whether it applies to the current reading. */
  'document:corrections': { args: { documentId: string }; result: CorrectionsView };
  /** Undo one correction (`id`), or the document's newest one; kept as a tombstone so the undo travels in bundles. */
  'document:undo-correction': { args: { documentId: string; id?: string }; result: CorrectionsView };

  /** Write a note on a project (`projectId` = `documentId:key` from document:get), optionally on a quoted span. */
  'annotation:create': {
    args: {
      projectId: string;
      type: AnnotationType;
      body: string;
      quote?: string;
      tags?: string[];
      starred?: boolean;
      visibility?: Visibility;
      /** Client-chosen id: repeating a create with the same id (a save cut off by closing) returns the first. */
      id?: string;
    };
    result: Annotation;
  };
  /** Change a note. The author changes its text; committee staff may record answers and status. */
  'annotation:update': {
    args: {
      id: string;
      type?: AnnotationType;
      body?: string;
      quote?: string;
      status?: AnnotationStatus;
      starred?: boolean;
      tags?: string[];
      visibility?: Visibility;
      answer?: AnswerRecord;
    };
    result: Annotation;
  };
  /** Delete a note (author only). It stays as a tombstone, so `annotation:restore` undoes it. */
  'annotation:delete': { args: { id: string }; result: { id: string; deleted: true } };
  'annotation:restore': { args: { id: string }; result: Annotation };
  /**
   * Notes visible to the current member: all shared ones and their own private ones, at most
   * `limit` (default and most ANNOTATION_LIST_LIMIT, oldest first): the renderer asks per document,
   * project or session, and never receives a four-year archive at once.
   */
  'annotation:list': { args: { documentId?: string; projectId?: string; sessionId?: string; limit?: number }; result: Annotation[] };
  /** The secretary's bulk edit: the same status or answer fields on many notes at once. */
  'annotation:bulk-update': {
    args: { ids: string[]; changes: { status?: AnnotationStatus; answer?: AnswerRecord } };
    result: { updated: number };
  };

  /** Profiles on this laptop, with the one in use marked `current`. */
  'member:list': { args: Record<string, never>; result: MemberEntry[] };
  'member:create': { args: { name: string; committee?: string; role?: MemberRole }; result: MemberEntry };
  'member:switch': { args: { id: string }; result: MemberEntry };

  /** Plan a committee session; the new session becomes current (new annotations belong to it). */
  'session:create': { args: SessionInput; result: SessionEntry };
  'session:update': { args: Partial<SessionInput> & { id: string }; result: SessionEntry };
  'session:list': { args: Record<string, never>; result: SessionEntry[] };
  'session:set-current': { args: { id: string }; result: { id: string } };

  /** Korean partial-word search over all projects and the notes the current member may see. */
  'search:query': { args: { text: string; filters?: SearchFilters; limit?: number }; result: SearchResult };

  /** The session's minutes workbook (.xlsx, or the 질의답변 sheet as CSV with `format: 'csv'`). */
  'minutes:export': {
    args: { sessionId: string; options?: MinutesOptions & { format?: 'xlsx' | 'csv' } };
    result: { fileName: string; dataBase64: string };
  };

  /**
   * A review bundle (.crb) of one member's notes (default: the current member; tombstones included;
   * private notes only one's own, with `includePrivate`), optionally with the document texts.
   */
  'bundle:export': {
    /** With `password` (8+ characters) the file is an encrypted envelope (scrypt + AES-256-GCM). */
    args: { sessionId?: string; memberId?: string; includeDocuments?: boolean; includePrivate?: boolean; password?: string };
    result: { fileName: string; dataBase64: string; annotationCount: number; documentCount: number; encrypted: boolean };
  };
  /**
   * What importing a bundle would do, per document: new / updated / unchanged / conflicting. Changes nothing.
   * An encrypted bundle without `password`, or with a wrong one, answers `bad-input` with `field: 'password'`.
   */
  'bundle:preview': { args: { dataBase64: string; password?: string }; result: BundlePreview };
  /** Merges a bundle's notes (one record per note, the newer version wins); idempotent. Same `password` rule. */
  'bundle:import': { args: { dataBase64: string; password?: string }; result: BundleImportReport };
  /**
   * Visible notes whose document is missing or replaced, or whose project no longer exists. With
   * `documentId`: those of that document and of the older versions it replaced (the document
   * screen's notice), without checking the rest of the archive.
   */
  'annotation:orphans': { args: { documentId?: string }; result: OrphanEntry[] };
  /** Put a note on another project by hand (its author or committee staff). */
  'annotation:reattach': { args: { id: string; projectId: string }; result: Annotation };

  /** The follow-up register: 시정요구, 처리요구, 건의, 자료요구 with status, due date and 처리결과. */
  'followup:list': { args: { committee?: string; openOnly?: boolean; unit?: string; sessionId?: string }; result: FollowUpItem[] };
  /** Items still open from earlier sessions of the same committee, for the units on this session's agenda. */
  'followup:carryover': { args: { sessionId: string }; result: FollowUpCarryover };
  /** Reads a 처리결과 spreadsheet: columns, a mapping (remembered per header) and a proposed item per row. */
  'followup:import-preview': {
    args: { fileName: string; dataBase64: string; mapping?: FollowUpColumnMapping; sessionId?: string };
    result: FollowUpImportPreview;
  };
  /** Writes 처리결과 / 조치상태 from the chosen rows onto their items and remembers the mapping. */
  'followup:import-apply': {
    args: { fileName: string; dataBase64: string; mapping: FollowUpColumnMapping; matches: { row: number; annotationId: string }[] };
    result: FollowUpImportResult;
  };

  /**
   * The PIN lock (electron/service/security.ts). While locked, every other method but `app:info`
   * answers `{ ok: false, code: 'locked' }`. `activity: true` tells the service the user is busy in
   * the window (keyboard or mouse), which keeps its own idle lock from firing.
   */
  'security:status': { args: { activity?: boolean }; result: SecurityStatus };
  /** A wrong secret answers `locked` with `field: 'secret'`; after 3, each wait doubles from 30 s (up to 15 min). */
  'security:unlock': { args: { secret: string }; result: SecurityStatus };
  /** Closes the data and drops the key from memory; only `security:unlock` opens it again. */
  'security:lock': { args: Record<string, never>; result: SecurityStatus };
  /** Turns the lock on with a PIN (4–8 digits) or password (8+ characters) and encrypts every data file. */
  'security:enable': { args: { secret: string; idleMinutes: number }; result: SecurityStatus };
  /** Turns the lock off and decrypts every data file. A wrong secret answers `forbidden` with `field: 'secret'`. */
  'security:disable': { args: { secret: string }; result: SecurityStatus };
  /** A new PIN or password and/or a new idle time; needs the current secret. */
  'security:change': { args: { secret: string; newSecret?: string; idleMinutes?: number }; result: SecurityStatus };
  /** Live sync's settings (never the password; says whether one is kept and where). */
  'sync:settings': { args: Record<string, never>; result: SyncSettingsView };
  /**
   * Server database URL, account, on/off; `password` omitted keeps the one held. Binds the account
   * to the current member. Restarts sync; never waits for the server.
   */
  'sync:configure': { args: { url: string; account: string; password?: string; enabled: boolean }; result: SyncSettingsView };
  /** Connected, paused, error…, changes waiting, last sync time, and the Korean status line. */
  'sync:status': { args: Record<string, never>; result: SyncStatus };
}

/** Where the PIN lock stands. */
export interface SecurityStatus {
  enabled: boolean;
  locked: boolean;
  /** Minutes without use before the app locks itself; 0 = never. */
  idleMinutes: number;
  /** Seconds until another secret may be tried after too many wrong ones; 0 = now. */
  retryAfterSeconds: number;
  /** Whether the secret is a numeric PIN (for the input's keypad), when the lock is on. */
  kind: 'pin' | 'password' | null;
}

/** What a secretary fills in to plan a session; the agenda's units default to the whole document. */
export type SessionInput = Pick<Session, 'number' | 'kind' | 'committee' | 'title' | 'startDate' | 'endDate'> & {
  memberIds?: string[];
  agenda?: { documentId: string; units?: string[] }[];
};

export type ApiMethod = keyof ApiContract;
export type ApiArgs<M extends ApiMethod> = ApiContract[M]['args'];
export type ApiValue<M extends ApiMethod> = ApiContract[M]['result'];

/** Error codes a caller can act on. `message` is always Korean and fit to show to a user. */
export type ApiErrorCode =
  | 'unknown-method'
  | 'invalid-args'
  | 'not-found'
  | 'bad-input'
  | 'too-large'
  | 'forbidden'
  | 'conflict'
  | 'unavailable'
  | 'internal'
  /** `library:import`: the file holds no plan structure; the caller may import it with `asPlainText`. */
  | 'not-a-plan'
  /** The PIN lock is on and the app is locked: show the lock screen. */
  | 'locked';

/** A failed call resolves (never rejects) to this. Values never carry `ok: false`. */
export interface ApiError {
  ok: false;
  code: ApiErrorCode;
  message: string;
  /** Which argument was wrong, for invalid-args. */
  field?: string;
}

export type ApiResponse<M extends ApiMethod> = ApiValue<M> | ApiError;

export function isApiError(x: unknown): x is ApiError {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { ok?: unknown }).ok === false &&
    typeof (x as { code?: unknown }).code === 'string' &&
    typeof (x as { message?: unknown }).message === 'string'
  );
}

/** Events the service layer pushes to the renderer: a closed list. */
export interface ApiEvents {
  /** Progress of a long import or export, 0..1. */
  progress: { task: string; fraction: number; label: string };
  /** Live sync's status changed. */
  sync: SyncStatus;
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS: readonly ApiEvent[] = ['progress', 'sync'];
