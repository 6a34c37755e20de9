/**
 * Every API method has an argument schema, and every string and array in it has a size limit,
 * so no caller can make the service hold an unbounded value. Iterates over the live handler
 * table, so methods added later (e.g. bundle:*) are covered without editing this test.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { handlers } from '../../../electron/handlers';
import { apiSchemas } from '../../../shared/api.schemas';
import { isApiError } from '../../../shared/api';
import { makeApi } from '../../helpers/service';

type Def = { type: string; checks?: { _zod: { def: { check: string; maximum?: number; format?: string; pattern?: RegExp } } }[]; [k: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

function maxOf(def: Def): number | undefined {
  for (const check of def.checks ?? []) if (check._zod.def.check === 'max_length') return check._zod.def.maximum;
  return undefined;
}

/** An anchored pattern without open-ended repetition bounds the length by itself. */
function boundedByPattern(def: Def): boolean {
  const patterns = (def.checks ?? []).map((c) => c._zod.def.pattern).filter((p): p is RegExp => p instanceof RegExp);
  return patterns.some((p) => p.source.startsWith('^') && p.source.endsWith('$') && !/[*+]|\{\d+,\}/.test(p.source.replace(/\\./g, '')));
}

/** Paths of strings, arrays and records without an upper size. */
export function unboundedPaths(schema: unknown, path = '$'): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return maxOf(def) !== undefined || boundedByPattern(def) ? [] : [path];
    case 'array':
      return [...(maxOf(def) === undefined ? [`${path}[] (no max items)`] : []), ...unboundedPaths(def.element, `${path}[]`)];
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const own = Object.entries(shape).flatMap(([key, value]) => unboundedPaths(value, `${path}.${key}`));
      const catchall = def.catchall && defOf(def.catchall).type !== 'never' ? unboundedPaths(def.catchall, `${path}.*`) : [];
      return [...own, ...catchall];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return unboundedPaths(def.innerType, path);
    case 'pipe':
      return [...unboundedPaths(def.in, path), ...unboundedPaths(def.out, path)];
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => unboundedPaths(option, `${path}|${i}`));
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, i) => unboundedPaths(item, `${path}[${i}]`));
    case 'enum':
    case 'literal':
    case 'number':
    case 'int':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'never':
    case 'transform':
      return [];
    default:
      return [`${path} (${def.type}: no known bound)`];
  }
}

const methods = Object.keys(handlers).sort();

describe('argument schemas of every API method', () => {
  it('exist for exactly the methods the handler table serves', () => {
    expect(Object.keys(apiSchemas).sort()).toEqual(methods);
  });

  it.each(methods)('%s: every string and array has a maximum size', (method) => {
    expect(unboundedPaths(apiSchemas[method as keyof typeof apiSchemas] as z.ZodType)).toEqual([]);
  });

  it('the walker itself finds unbounded fields', async () => {
    const { z } = await import('zod');
    expect(unboundedPaths(z.object({ a: z.string(), b: z.array(z.string().max(3)), c: z.record(z.string(), z.string()) }))).toEqual([
      '$.a',
      '$.b[] (no max items)',
      '$.c (record: no known bound)',
    ]);
  });

  it.each(methods)('%s: a 1 MB string in any argument is refused at the edge, quickly', async (method) => {
    const { call } = await makeApi();
    const def = defOf(apiSchemas[method as keyof typeof apiSchemas]);
    // unwrap optional/default to reach the object's keys
    let inner: Def = def;
    while (inner.type !== 'object' && inner.innerType) inner = defOf(inner.innerType);
    const keys = inner.type === 'object' ? Object.keys(inner.shape as object) : [];
    const huge = 'x'.repeat(1_000_001);
    for (const key of keys.length ? keys : ['extra']) {
      const started = performance.now();
      const answer = await call(method, { [key]: huge });
      expect(isApiError(answer), `${method}.${key}`).toBe(true);
      // refused before any work: by the schema, or (a 1 MB base64 is within a file limit) by the decoder
      expect((answer as { code: string }).code).toMatch(/^(invalid-args|too-large|bad-input)$/);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
