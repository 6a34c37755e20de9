/**
 * Runtime schema of a review bundle's payload (shared/model/bundle.ts). Every id that could ever
 * reach a file name or a lookup must match SAFE_ID; names and keys carry no control characters;
 * every string and list has a limit.
 */
import { z } from 'zod';
import type { ProjectListField } from '../model/projectList';
import { PROJECT_LIST_FIELDS } from '../model/projectList';
import { ACTION_STATUSES, ANNOTATION_STATUSES, ANNOTATION_TYPES } from '../model/annotation';
import { BUNDLE_LIMITS, SAFE_ID } from '../model/bundle';
import { MEMBER_ROLES } from '../model/member';
import { SESSION_KINDS } from '../model/session';
import { correctionChange } from '../corrections/schema';

// Control characters other than TAB and newlines (allowed in bodies only).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;

export const safeId = z.string().regex(SAFE_ID, 'unsafe-id');
const line = (max: number) => z.string().max(max).refine((s) => !ANY_CONTROL.test(s), 'control-character');
const prose = (max: number) => z.string().max(max).refine((s) => !CONTROL.test(s), 'control-character');
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).or(z.literal(''));
/** A display-only file name: never a path. */
const fileName = line(500).refine((s) => !/[/\\:]/.test(s) && !/^\.+$/.test(s), 'unsafe-name');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/).or(z.literal(''));

const answer = z.looseObject({
  responder: prose(200).optional(),
  summary: prose(20_000).optional(),
  action: prose(20_000).optional(),
  dueDate: date.optional(),
  actionStatus: z.enum(ACTION_STATUSES).optional(),
  received: z.boolean().optional(),
  note: prose(5_000).optional(),
  result: prose(20_000).optional(),
});

export const bundleAnnotation = z.looseObject({
  id: safeId,
  documentId: safeId,
  projectId: line(700),
  anchor: z.looseObject({ unit: line(200), section: line(20), number: line(100), title: line(1_000) }),
  quote: prose(5_000).optional(),
  type: z.enum(ANNOTATION_TYPES),
  body: prose(50_000),
  status: z.enum(ANNOTATION_STATUSES),
  starred: z.boolean(),
  tags: z.array(line(40)).max(30),
  authorId: safeId,
  authorName: line(50),
  visibility: z.enum(['private', 'shared']),
  sessionId: safeId.optional(),
  answer: answer.optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.number().int().min(1).max(1_000_000_000),
  deleted: z.boolean(),
});

export const bundleMember = z.looseObject({
  id: safeId,
  name: line(50).refine((s) => s.trim().length > 0, 'empty'),
  committee: line(100).optional(),
  role: z.enum(MEMBER_ROLES),
  createdAt: isoTime,
});

export const bundleSession = z.looseObject({
  id: safeId,
  number: z.number().int().min(1).max(9999),
  kind: z.enum(SESSION_KINDS),
  committee: line(100).refine((s) => s.trim().length > 0, 'empty'),
  title: line(200),
  startDate: date,
  endDate: date,
  memberIds: z.array(safeId).max(200),
  agenda: z.array(z.looseObject({ documentId: safeId, units: z.array(line(100)).max(200) })).max(200),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const documentRef = z.looseObject({
  id: safeId,
  sha256,
  title: line(500),
  issuer: line(200),
  date: line(20),
  fileName,
});

const bundleDocument = z.strictObject({
  record: documentRef.extend({
    family: z.enum(['work-report', 'result-sheets', 'implementation-plan', 'project-list', 'unknown']).optional(),
    format: z.string().regex(/^[a-z0-9]{1,10}$/).optional(),
    committee: line(100).optional(),
    session: line(200).optional(),
    previousVersionId: safeId.optional(),
    /** A spreadsheet read as a project list: how to read its rows (shared/sheet/projectList.ts). */
    projectList: z
      .strictObject({
        mapping: z.strictObject(Object.fromEntries(PROJECT_LIST_FIELDS.map((f) => [f, z.number().int().min(0).max(999).optional()])) as Record<ProjectListField, z.ZodOptional<z.ZodNumber>>),
        headerLine: z.number().int().min(1).max(1_000_000),
        moneyUnit: z.enum(['원', '천원', '만원', '백만원', '천만원', '억원', '조원']),
      })
      .optional(),
  }),
  text: z.string().min(1).max(BUNDLE_LIMITS.maxDocumentChars),
});

export const bundleCorrection = z.strictObject({
  id: safeId,
  documentId: safeId,
  sha256,
  change: correctionChange,
  authorId: safeId,
  authorName: line(50),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.number().int().min(1).max(1_000_000_000),
  deleted: z.boolean(),
});

/** The whole payload, checksum included; `format` and `version` are checked before this. */
export const bundleSchema = z.looseObject({
  format: z.literal('council-review-bundle'),
  version: z.literal(1),
  createdAt: isoTime,
  app: z.looseObject({ name: line(100), version: line(40) }),
  author: bundleMember,
  sessionId: safeId.optional(),
  annotations: z.array(bundleAnnotation).max(BUNDLE_LIMITS.maxAnnotations),
  members: z.array(bundleMember).max(BUNDLE_LIMITS.maxMembers),
  sessions: z.array(bundleSession).max(BUNDLE_LIMITS.maxSessions),
  documentRefs: z.array(documentRef).max(BUNDLE_LIMITS.maxDocuments * 10),
  documents: z.array(bundleDocument).max(BUNDLE_LIMITS.maxDocuments).optional(),
  corrections: z.array(bundleCorrection).max(BUNDLE_LIMITS.maxCorrections).optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
