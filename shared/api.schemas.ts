/**
 * Runtime schemas for the arguments of every API method. Arguments arrive as `unknown` from
 * either transport and are checked here before any service runs, with size limits so that a
 * hostile or broken caller cannot exhaust memory.
 */
import { z } from 'zod';
import type { ApiMethod } from './api';

/** Base64 of the largest file we accept (60 MB) plus padding. */
export const MAX_BASE64_CHARS = Math.ceil((60 * 1024 * 1024 * 4) / 3) + 4;

const id = z.string().min(1).max(200);
const none = z.object({}).strict().optional().default({});

export const apiSchemas = {
  'app:info': none,
  'library:list': none,
  'library:import': z.object({
    fileName: z.string().min(1).max(500),
    dataBase64: z.string().max(MAX_BASE64_CHARS),
  }),
  'library:remove': z.object({ id }),
  'document:get': z.object({ id }),
} satisfies Record<ApiMethod, z.ZodType>;
