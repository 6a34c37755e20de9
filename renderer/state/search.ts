/**
 * Search over projects and annotations (`search:query`). The lead is adding the method to the API
 * contract; until `shared/api.ts` declares it, the shape below is the agreed one and the call is
 * made untyped. A missing method answers `{ ok:false, code:'unknown-method' }`, shown in Korean.
 */
import type { ApiError } from '@shared/api';
import { isApiError } from '@shared/api';
import type { AnnotationType } from '@shared/model/annotation';

// State
export interface SearchHit {
  kind: 'project' | 'annotation';
  id: string;
  documentId: string;
  documentTitle: string;
  projectId: string;
  unit: string;
  title: string;
  snippet: string;
  /** [start, end) character ranges of `snippet` to highlight. */
  highlights: [number, number][];
  score: number;
  annotationType?: AnnotationType;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** True when no exact match was found and looser matching was used. */
  relaxed: boolean;
  groups: { documentId: string; documentTitle: string; units: { unit: string; hits: SearchHit[] }[] }[];
}

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
export async function querySearch(text: string): Promise<SearchResult | ApiError> {
  const invoke = window.council.invoke as unknown as (method: string, args: unknown) => Promise<unknown>;
  const answer = await invoke('search:query', { text });
  if (isApiError(answer)) return answer;
  const r = answer as Partial<SearchResult>;
  return { hits: r.hits ?? [], total: r.total ?? r.hits?.length ?? 0, relaxed: r.relaxed === true, groups: r.groups ?? [] };
}
