/**
 * Runtime schemas of a correction (shared/model/corrections.ts), used at the API edge
 * (shared/api.schemas.ts) and for corrections carried in review bundles (shared/merge/bundleSchema.ts).
 * Every string and number has a limit; names carry no control characters.
 */
import { z } from 'zod';
import type { CorrectionChange } from '../model/corrections';

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
const name = (max: number) => z.string().max(max).refine((s) => !ANY_CONTROL.test(s), 'control-character');
const line = z.number().int().min(1).max(10_000_000);
const target = { line, guard: name(500) };
const title = name(300).refine((s) => s.trim().length > 0, 'empty');
const number = name(30);

export const correctionChange = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('mark-project'), line, title: title.optional(), number: number.optional() }),
  z.strictObject({ op: z.literal('mark-unit'), line, name: name(100) }),
  z.strictObject({ op: z.literal('not-project'), ...target }),
  z.strictObject({ op: z.literal('merge'), ...target }),
  z.strictObject({ op: z.literal('split'), ...target, at: line, title: title.optional(), number: number.optional() }),
  z.strictObject({ op: z.literal('set-title'), ...target, title }),
  z.strictObject({ op: z.literal('set-number'), ...target, number }),
  z.strictObject({ op: z.literal('set-unit'), ...target, unit: name(100).refine((s) => s.trim().length > 0, 'empty') }),
  z.strictObject({
    op: z.literal('set-budget'),
    ...target,
    budget: z.strictObject({
      // 천원; up to 100조원 — anything larger is a typing slip.
      thousandWon: z.number().finite().min(-1e11).max(1e11).nullable(),
      nonBudget: z.boolean(),
      sources: z.array(name(40)).max(10),
    }),
  }),
]) satisfies z.ZodType<CorrectionChange>;
