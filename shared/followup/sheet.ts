/**
 * Reading a 처리결과 spreadsheet (the executive's report of what it did about each request):
 * finding the header row, suggesting which column holds what, reading statuses, and proposing
 * which follow-up item each row answers. Pure: no Node or DOM types.
 */
import type { ActionStatus } from '../model/annotation';
import { ACTION_STATUSES } from '../model/annotation';
import type { FollowUpColumnMapping, FollowUpField, FollowUpRowMatch, FollowUpSheetRow } from '../model/followup';
import { FOLLOW_UP_FIELDS } from '../model/followup';
import { bigrams, compactText, diceOfGrams } from '../similarity';
import { followUpHeaderKeywords, followUpStatusWords } from '../text/followups';
import { findHeaderRowBy, headerSignature, suggestMappingBy } from '../sheet/columns';

/** Rows scoring under this need a person's check. */
export const MATCH_THRESHOLD = 0.6;
/** The header row: among the first rows, the one naming the most fields (the first on ties). */
export function findHeaderRow(rows: readonly (readonly string[])[]): { index: number; score: number } {
  return findHeaderRowBy(rows, FOLLOW_UP_FIELDS, followUpHeaderKeywords);
}

/** Which column holds which field, by header keywords; each column serves one field at most. */
export function suggestMapping(header: readonly string[]): FollowUpColumnMapping {
  return suggestMappingBy(header, FOLLOW_UP_FIELDS, followUpHeaderKeywords);
}

export { headerSignature };

/** A status cell as one of ACTION_STATUSES, or undefined when it says nothing readable. */
export function parseActionStatus(text: string): ActionStatus | undefined {
  const c = compactText(text);
  if (!c) return undefined;
  const exact = ACTION_STATUSES.find((s) => s === c);
  if (exact) return exact;
  for (const [status, words] of followUpStatusWords) {
    if (words.some((w) => c.includes(compactText(w)))) return status as ActionStatus;
  }
  return '기타';
}

/** The data rows under the header, as fields; rows with nothing in any mapped column are left out. */
export function readRows(rows: readonly (readonly string[])[], headerIndex: number, mapping: FollowUpColumnMapping): FollowUpSheetRow[] {
  const cell = (row: readonly string[], field: FollowUpField) => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '').trim();
  };
  const out: FollowUpSheetRow[] = [];
  rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    const values = FOLLOW_UP_FIELDS.map((f) => cell(row, f));
    if (values.every((v) => v === '')) return;
    const statusText = cell(row, 'status');
    const number = cell(row, 'number');
    const status = parseActionStatus(statusText);
    out.push({
      row: index + 1,
      ...(number ? { number } : {}),
      request: cell(row, 'request'),
      result: cell(row, 'result'),
      statusText,
      ...(status ? { status } : {}),
      unit: cell(row, 'unit'),
      project: cell(row, 'project'),
    });
  });
  return out;
}

/** A follow-up item as the matcher needs it. */
export interface MatchCandidate {
  annotationId: string;
  /** Row number on the 후속조치 sheet (0 when not on it). */
  seq: number;
  body: string;
  unit: string;
  projectTitle: string;
}

/**
 * Proposes an item for each row: by 연번 when numbers are usable (`byNumber`) and the texts do not
 * contradict it, else by the most similar request text (a small bonus for the same unit or
 * project). An item proposed for two rows marks both for review.
 */
export function matchRows(rows: readonly FollowUpSheetRow[], items: readonly MatchCandidate[], byNumber: boolean): FollowUpRowMatch[] {
  const grams = items.map((item) => ({ item, body: bigrams(item.body), title: bigrams(item.projectTitle), unit: compactText(item.unit) }));
  const bySeq = new Map(items.filter((i) => i.seq > 0).map((i) => [i.seq, i]));
  const matches = rows.map((row): FollowUpRowMatch => {
    const request = bigrams(row.request);
    const hasText = request.size > 0;
    const project = bigrams(row.project);
    const unit = compactText(row.unit);
    const textScore = (g: (typeof grams)[number]) => {
      let score = hasText ? diceOfGrams(request, g.body) : 0;
      if (project.size > 0) score = hasText ? 0.8 * score + 0.2 * diceOfGrams(project, g.title) : 0.6 * diceOfGrams(project, g.title);
      if (unit && unit === g.unit) score += 0.1;
      return Math.min(1, score);
    };
    const n = row.number && /^\d+$/.test(row.number.replace(/[.\s]/g, '')) ? Number(row.number.replace(/[.\s]/g, '')) : NaN;
    const numbered = byNumber && Number.isFinite(n) ? bySeq.get(n) : undefined;
    if (numbered) {
      const g = grams.find((x) => x.item === numbered)!;
      const agreement = hasText ? diceOfGrams(request, g.body) : null;
      if (agreement === null || agreement >= 0.3) {
        return { row: row.row, annotationId: numbered.annotationId, score: agreement === null ? 0.9 : Math.max(0.9, round(agreement)), method: 'number', needsReview: false };
      }
    }
    let best: { id: string; score: number } | null = null;
    for (const g of grams) {
      const score = textScore(g);
      if (!best || score > best.score) best = { id: g.item.annotationId, score };
    }
    if (!best || best.score <= 0.1) return { row: row.row, annotationId: null, score: 0, method: null, needsReview: true };
    return { row: row.row, annotationId: best.id, score: round(best.score), method: 'text', needsReview: best.score < MATCH_THRESHOLD || numbered !== undefined };
  });
  const uses = new Map<string, number>();
  for (const m of matches) if (m.annotationId) uses.set(m.annotationId, (uses.get(m.annotationId) ?? 0) + 1);
  return matches.map((m) => (m.annotationId && (uses.get(m.annotationId) ?? 0) > 1 ? { ...m, needsReview: true } : m));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
