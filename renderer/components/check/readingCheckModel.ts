/**
 * Pure helpers behind the reading self-check the user sees (issue 10): where each differing item
 * leads, how it is worded, and which readings the library flags.
 */
import { projectId } from '@shared/model/annotation';
import type { ReadingCheck, ReadingConfidence, ReadingDifference } from '@shared/parser/types';
import { readingCheckText } from '@shared/text/readingCheck';

/** Where one click on a differing item takes the reader: the project found, or the TOC line of one not found. */
export type CheckTarget = { projectKey: string } | { line: number };

export function differenceTarget(d: ReadingDifference): CheckTarget | null {
  // 'missing' items have no project in the body: their TOC row is what there is to show.
  if (d.kind !== 'missing' && d.projectKey) return { projectKey: d.projectKey };
  return d.line > 0 ? { line: d.line } : null;
}

/** "본문에 없음 · 3. 청렴도 향상 추진 (감사담당관)". */
export function differenceText(d: ReadingDifference): string {
  return readingCheckText.difference(readingCheckText.kinds[d.kind], d.number, d.title, d.unit);
}

/** What the click shows, said on the link: "사업 보기" or "원문 12행 보기". */
export function targetText(target: CheckTarget): string {
  return 'projectKey' in target ? readingCheckText.goToProject : readingCheckText.goToLine(target.line);
}

/** Low or no confidence: the library shows a badge with text on the document's row. */
export function isFlagged(confidence: ReadingConfidence | undefined): confidence is 'low' | 'none' {
  return confidence === 'low' || confidence === 'none';
}

export function confidenceLabel(confidence: ReadingConfidence): string {
  return readingCheckText.confidence[confidence];
}

/** The first `limit` differences, and how many more there are (the import notice stays short). */
export function firstDifferences(check: ReadingCheck, limit: number): { shown: ReadingDifference[]; more: number } {
  const shown = check.differences.slice(0, Math.max(0, limit));
  return { shown, more: check.differences.length - shown.length };
}

/** 1-based line range of the source excerpt around `line`, clamped to the text. */
export function excerptRange(lineCount: number, line: number, before = 3, after = 12): { from: number; to: number } {
  const at = Math.min(Math.max(1, line), Math.max(1, lineCount));
  return { from: Math.max(1, at - before), to: Math.min(Math.max(1, lineCount), at + after) };
}

/** What the document screen is asked to show first: a project (by API address) or a source line. */
export type DocumentFocus = { projectId?: string; line?: number; nonce: number };

export function focusOf(documentId: string, target: CheckTarget, nonce: number): DocumentFocus {
  return 'projectKey' in target ? { projectId: projectId(documentId, target.projectKey), nonce } : { line: target.line, nonce };
}
