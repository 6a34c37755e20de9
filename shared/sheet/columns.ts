/**
 * Finding the header row of a spreadsheet and suggesting which column holds which field, by
 * header keywords. Shared by the 처리결과 import (shared/followup/sheet.ts) and the project-list
 * import (shared/sheet/projectList.ts). Pure: no Node or DOM types.
 */
import { compactText } from '../similarity';

/** Header keywords per field: exact match wins over containing a (2+ letter) keyword. */
export type HeaderKeywords<F extends string> = Readonly<Record<F, readonly string[]>>;

/** Which column (0-based) holds which field; fields without a column are left out. */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

/** How far down a sheet the header row is looked for. */
export const HEADER_SEARCH_ROWS = 15;

/** How strongly a header cell names a field: exact keyword > containing a longer keyword > 0. */
export function headerScore(cell: string, keywords: readonly string[]): number {
  const c = compactText(cell);
  if (!c) return 0;
  let best = 0;
  for (const keyword of keywords) {
    const k = compactText(keyword);
    if (!k) continue;
    if (c === k) best = Math.max(best, 100 + k.length);
    else if (k.length >= 2 && c.includes(k)) best = Math.max(best, k.length);
  }
  return best;
}

/** The header row: among the first rows, the one naming the most fields (the first on ties). */
export function findHeaderRowBy<F extends string>(
  rows: readonly (readonly string[])[],
  fields: readonly F[],
  keywords: HeaderKeywords<F>,
): { index: number; score: number } {
  let best = { index: 0, score: 0 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = row.filter((cell) => fields.some((f) => headerScore(cell, keywords[f]) > 0)).length;
    if (score > best.score) best = { index, score };
  });
  return best;
}

/** Which column holds which field, by header keywords; each column serves one field at most. */
export function suggestMappingBy<F extends string>(header: readonly string[], fields: readonly F[], keywords: HeaderKeywords<F>): ColumnMapping<F> {
  const pairs: { field: F; column: number; score: number }[] = [];
  header.forEach((cell, column) => {
    for (const field of fields) {
      const score = headerScore(cell, keywords[field]);
      if (score > 0) pairs.push({ field, column, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || fields.indexOf(a.field) - fields.indexOf(b.field));
  const mapping: ColumnMapping<F> = {};
  const used = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** The header cells, normalised: a sheet with the same columns gets the same signature. */
export function headerSignature(header: readonly string[]): string {
  return header.map(compactText).join('|');
}

/** The first field whose column is past the sheet's width, or undefined when all fit. */
export function columnOutOfRange<F extends string>(mapping: ColumnMapping<F>, fields: readonly F[], width: number): F | undefined {
  return fields.find((field) => {
    const column = mapping[field];
    return column !== undefined && column >= width;
  });
}
