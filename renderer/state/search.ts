/** Search over projects and annotations (`search:query`): state and pure helpers for the overlay. */
import type { ApiError } from '@shared/api';
import { ApiCallError, send } from '../api/client';
import type { SearchHit, SearchResult } from '@shared/search/types';

export type { SearchHit, SearchResult };

// State
export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; text: string }
  | { kind: 'done'; text: string; result: SearchResult }
  | { kind: 'error'; text: string; error: ApiError };

/** Splits a snippet into plain and highlighted parts (rendered as text and <mark>, never as HTML). */
export function highlightParts(snippet: string, ranges: readonly [number, number][]): { text: string; mark: boolean }[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, snippet.length)), Math.max(0, Math.min(e, snippet.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), mark: false });
    parts.push({ text: snippet.slice(from, e), mark: true });
    at = e;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), mark: false });
  return parts;
}

/** Hits in display order (document → unit → hit), the order ↑/↓ move through. */
export function orderedHits(result: SearchResult): SearchHit[] {
  if (!result.groups?.length) return result.hits;
  return result.groups.flatMap((g) => g.units.flatMap((u) => u.hits));
}

// Actions
/** Through `send`, so a locked app shows its lock screen here too. */
export async function querySearch(text: string): Promise<SearchResult | ApiError> {
  try {
    return await send('search:query', { text });
  } catch (error) {
    if (error instanceof ApiCallError) return error.error;
    throw error;
  }
}
