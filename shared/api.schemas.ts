/**
 * Runtime schemas for the arguments of every API method. Arguments arrive as `unknown` from
 * either transport and are checked here before any service runs, with size limits so that a
 * hostile or broken caller cannot exhaust memory.
 */
import { z } from 'zod';
import type { ApiMethod } from './api';
import { ACTION_STATUSES, ANNOTATION_LIST_LIMIT, ANNOTATION_STATUSES, ANNOTATION_TYPES } from './model/annotation';
import { MEMBER_ROLES } from './model/member';
import { SESSION_KINDS } from './model/session';
import { MINUTES_SHEETS } from './model/minutes';
import type { MinutesSheet } from './model/minutes';
import { BUNDLE_LIMITS } from './model/bundle';
import { correctionChange } from './corrections/schema';

/** Base64 of the largest file we accept (60 MB) plus padding. */
export const MAX_BASE64_CHARS = Math.ceil((60 * 1024 * 1024 * 4) / 3) + 4;

/** Base64 of the largest review bundle (100 MB decoded, see BUNDLE_LIMITS) plus padding. */
export const MAX_BUNDLE_BASE64_CHARS = Math.ceil((BUNDLE_LIMITS.maxBytes * 4) / 3) + 4;

const id = z.string().min(1).max(200);
const column = z.number().int().min(0).max(999);
const followUpMapping = z
  .object({ number: column.optional(), request: column.optional(), result: column.optional(), status: column.optional(), unit: column.optional(), project: column.optional(), dueDate: column.optional() })
  .strict();
const projectListMapping = z
  .object({
    title: column.optional(),
    unit: column.optional(),
    division: column.optional(),
    section: column.optional(),
    number: column.optional(),
    budget: column.optional(),
    sources: column.optional(),
    body: column.optional(),
  })
  .strict();
const none = z.object({}).strict().optional().default({});
/** Minutes before the idle lock; 0 = never. */
const idleMinutes = z.number().int().min(0).max(240);
const text = (max: number) => z.string().max(max);
const tags = z.array(z.string().min(1).max(40)).max(30);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).or(z.literal(''));
const sessionFields = {
  number: z.number().int().min(1).max(9999),
  kind: z.enum(SESSION_KINDS),
  committee: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  startDate: date,
  endDate: date,
  memberIds: z.array(id).max(200).optional(),
  agenda: z.array(z.object({ documentId: id, units: z.array(z.string().max(100)).max(200).optional() }).strict()).max(200).optional(),
};
const answer = z
  .object({
    responder: text(200).optional(),
    summary: text(20_000).optional(),
    action: text(20_000).optional(),
    dueDate: date.optional(),
    actionStatus: z.enum(ACTION_STATUSES).optional(),
    received: z.boolean().optional(),
    note: text(5_000).optional(),
    result: text(20_000).optional(),
  })
  .strict();

export const apiSchemas = {
  'app:info': none,
  'library:list': none,
  'library:import': z.object({
    fileName: z.string().min(1).max(500),
    dataBase64: z.string().max(MAX_BASE64_CHARS),
    replacesDocumentId: id.optional(),
    mapping: projectListMapping.optional(),
    asPlainText: z.boolean().optional(),
  }),
  'library:sheet-preview': z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(MAX_BASE64_CHARS) }).strict(),
  'library:remove': z.object({ id }),
  'document:get': z.object({ id }),
  'document:outline': z.object({ id }).strict(),
  'document:project': z.object({ id, key: z.string().min(1).max(500) }).strict(),
  'document:text': z.object({ id }).strict(),
  'document:correct': z.object({ documentId: id, change: correctionChange }).strict(),
  'document:corrections': z.object({ documentId: id }).strict(),
  'document:undo-correction': z.object({ documentId: id, id: id.optional() }).strict(),
  'annotation:create': z
    .object({
      projectId: id,
      type: z.enum(ANNOTATION_TYPES),
      body: text(50_000),
      quote: text(5_000).optional(),
      tags: tags.optional(),
      starred: z.boolean().optional(),
      visibility: z.enum(['private', 'shared']).optional(),
      id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
    })
    .strict(),
  'annotation:update': z
    .object({
      id,
      type: z.enum(ANNOTATION_TYPES).optional(),
      body: text(50_000).optional(),
      quote: text(5_000).optional(),
      status: z.enum(ANNOTATION_STATUSES).optional(),
      starred: z.boolean().optional(),
      tags: tags.optional(),
      visibility: z.enum(['private', 'shared']).optional(),
      answer: answer.optional(),
    })
    .strict(),
  'annotation:delete': z.object({ id }).strict(),
  'annotation:restore': z.object({ id }).strict(),
  'annotation:list': z
    .object({ documentId: id.optional(), projectId: id.optional(), sessionId: id.optional(), limit: z.number().int().min(1).max(ANNOTATION_LIST_LIMIT).optional() })
    .strict()
    .optional()
    .default({}),
  'annotation:bulk-update': z
    .object({ ids: z.array(id).min(1).max(10_000), changes: z.object({ status: z.enum(ANNOTATION_STATUSES).optional(), answer: answer.optional() }).strict() })
    .strict(),
  'member:list': none,
  'member:create': z
    .object({ name: z.string().trim().min(1).max(50), committee: text(100).optional(), role: z.enum(MEMBER_ROLES).optional() })
    .strict(),
  'member:switch': z.object({ id }).strict(),
  'session:create': z.object(sessionFields).strict(),
  'session:update': z.object({ id, ...z.object(sessionFields).partial().shape }).strict(),
  'session:list': none,
  'session:set-current': z.object({ id }).strict(),
  'search:query': z
    .object({
      text: z.string().max(500),
      limit: z.number().int().min(1).max(500).optional(),
      filters: z
        .object({
          documentIds: z.array(id).max(500).optional(),
          units: z.array(z.string().max(100)).max(500).optional(),
          sections: z.array(z.enum(['status', 'results', 'plans', 'other'])).max(4).optional(),
          annotationTypes: z.array(z.enum(ANNOTATION_TYPES)).max(20).optional(),
          statuses: z.array(z.string().max(20)).max(20).optional(),
          members: z.array(z.string().max(50)).max(200).optional(),
          tags: z.array(z.string().max(40)).max(50).optional(),
          hasBudget: z.boolean().optional(),
          budgetMin: z.number().finite().optional(),
          budgetMax: z.number().finite().optional(),
          kinds: z.array(z.enum(['project', 'annotation'])).max(2).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  'minutes:export': z
    .object({
      sessionId: id,
      options: z
        .object({
          format: z.enum(['xlsx', 'csv']).optional(),
          sheets: z.array(z.enum(MINUTES_SHEETS as [MinutesSheet, ...MinutesSheet[]])).max(5).optional(),
          includePrivate: z.boolean().optional(),
          memberNames: z.array(z.string().max(50)).max(200).optional(),
          documentTitles: z.array(z.string().max(500)).max(500).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  'bundle:export': z
    .object({
      sessionId: id.optional(),
      memberId: id.optional(),
      includeDocuments: z.boolean().optional(),
      includePrivate: z.boolean().optional(),
      password: z.string().min(8).max(256).optional(),
    })
    .strict()
    .optional()
    .default({}),
  'bundle:preview': z.object({ dataBase64: z.string().max(MAX_BUNDLE_BASE64_CHARS), password: z.string().max(256).optional() }).strict(),
  'bundle:import': z.object({ dataBase64: z.string().max(MAX_BUNDLE_BASE64_CHARS), password: z.string().max(256).optional() }).strict(),
  'annotation:orphans': z.object({ documentId: id.optional() }).strict().optional().default({}),
  'annotation:reattach': z.object({ id, projectId: id.max(1_000) }).strict(),
  'followup:list': z
    .object({ committee: text(100).optional(), openOnly: z.boolean().optional(), unit: text(100).optional(), sessionId: id.optional() })
    .strict()
    .optional()
    .default({}),
  'followup:carryover': z.object({ sessionId: id }).strict(),
  'followup:import-preview': z
    .object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(MAX_BASE64_CHARS), mapping: followUpMapping.optional(), sessionId: id.optional() })
    .strict(),
  'followup:import-apply': z
    .object({
      fileName: z.string().min(1).max(500),
      dataBase64: z.string().max(MAX_BASE64_CHARS),
      mapping: followUpMapping,
      matches: z.array(z.object({ row: z.number().int().min(1).max(1_000_000), annotationId: id }).strict()).max(20_000),
    })
    .strict(),
  'security:status': z.object({ activity: z.boolean().optional() }).strict().optional().default({}),
  'security:unlock': z.object({ secret: z.string().min(1).max(256) }).strict(),
  'security:lock': none,
  'security:enable': z.object({ secret: z.string().min(1).max(256), idleMinutes: idleMinutes }).strict(),
  'security:disable': z.object({ secret: z.string().min(1).max(256) }).strict(),
  'security:change': z.object({ secret: z.string().min(1).max(256), newSecret: z.string().min(1).max(256).optional(), idleMinutes: idleMinutes.optional() }).strict(),
  'sync:settings': none,
  'sync:configure': z
    .object({
      url: z.string().max(2_000),
      account: z.string().max(200),
      password: z.string().min(1).max(1_000).optional(),
      enabled: z.boolean(),
    })
    .strict(),
  'sync:status': none,
} satisfies Record<ApiMethod, z.ZodType>;
