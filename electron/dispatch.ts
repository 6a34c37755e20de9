/**
 * Validates and runs one API call from either transport. Arguments arrive as `unknown`; the
 * answer is the method's value or an ApiError — never a thrown error, never a hang on bad input.
 */
import type { ApiError, ApiMethod } from '@shared/api';
import { apiSchemas } from '@shared/api.schemas';
import { apiText } from '@shared/text/api';
import { securityText } from '@shared/text/security';
import { handlers } from './handlers';
import type { ServiceContext } from './service/context';
import { ServiceError } from './service/errors';
import { MAX_IMPORT_BYTES } from './service/importers/limits';
import { OPEN_WHEN_LOCKED } from './service/security';

export type Dispatch = (method: unknown, args: unknown) => Promise<unknown>;

const METHODS = new Set<string>(Object.keys(handlers));

/**
 * Calls answered from what the store reads first (documents, members, the manifest's note counts
 * per document): the library shows at once; every other call waits until the notes are read too
 * (app:info as well, so it carries any notice about a note shard restored from a backup).
 */
const ANSWERED_BEFORE_NOTES: ReadonlySet<string> = new Set(['library:list', 'member:list', 'security:status']);
/**
 * Calls that wait for the notes but are no reason to read them sooner: app:info comes with the
 * library, and reading 100,000 notes then would slow the library's first paint.
 */
const NO_HURRY_FOR_NOTES: ReadonlySet<string> = new Set(['app:info']);

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && METHODS.has(method);
}

export function createDispatcher(ctx: ServiceContext, log: (msg: string, error: unknown) => void = logToStderr): Dispatch {
  return async (method, args) => {
    if (!isApiMethod(method)) return apiError('unknown-method', apiText.unknownMethod(typeof method === 'string' ? method.slice(0, 80) : typeof method));
    // Locked (PIN lock on): nothing but the lock screen's own calls, not even argument checks.
    if (ctx.security.isLocked && !OPEN_WHEN_LOCKED.has(method)) return apiError('locked', securityText.locked);
    const parsed = apiSchemas[method].safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      // A file over the size limit is the user's everyday mistake: say so plainly, not "invalid".
      if (issue?.code === 'too_big' && /(^|\.)dataBase64$/.test(field)) {
        const limit = Number((issue as { maximum?: number | bigint }).maximum);
        const mb = Number.isFinite(limit) ? Math.round((limit * 3) / 4 / 1024 / 1024) : Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
        return apiError('too-large', apiText.fileTooLarge(mb), field);
      }
      return apiError('invalid-args', apiText.invalidArgs(field), field);
    }
    try {
      const handler = handlers[method] as (c: ServiceContext, a: unknown) => Promise<unknown>;
      if (!ANSWERED_BEFORE_NOTES.has(method) && !ctx.security.isLocked) await ctx.store.whenLoaded({ hurry: !NO_HURRY_FOR_NOTES.has(method) });
      return await ctx.activity.around(() => ctx.security.guard(method, parsed.data, () => handler(ctx, parsed.data)));
    } catch (error) {
      if (error instanceof ServiceError) return apiError(error.code, error.message, error.field);
      log(`API ${method} failed`, error);
      return apiError('internal', apiText.internal);
    }
  };
}

function apiError(code: ApiError['code'], message: string, field?: string): ApiError {
  return field ? { ok: false, code, message, field } : { ok: false, code, message };
}

function logToStderr(msg: string, error: unknown): void {
  console.error(msg, error);
}
