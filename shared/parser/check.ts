/**
 * The reader's self-check: how sure a reading is, said to the user in Korean.
 *
 * Compares the projects found in the body with the items of the document's own tables of
 * contents (front TOC, per-unit 주요사업 목록 tables) when there are any. Pure; never throws.
 */
import { parserText } from '../text/parser';
import type { PlanDocument, ReadingCheck, ReadingDifference } from './types';

/** One item a table of contents lists. */
export interface TocItem {
  number: string;
  title: string;
  unit: string;
  line: number;
}

/** The check of a reading, given the TOC items found in the document (empty when it has none). */
export function checkReading(doc: PlanDocument, tocItems: TocItem[] = []): ReadingCheck {
  const projects = doc.projects.filter((p) => p.section !== 'status');
  const found = projects.length;
  if (found === 0) {
    return { confidence: 'none', expected: tocItems.length || null, found: 0, matched: 0, differences: [], message: parserText.checkNothing };
  }
  if (tocItems.length === 0) {
    return { confidence: 'medium', expected: null, found, matched: 0, differences: [], message: parserText.checkNoToc(found) };
  }
  const differences: ReadingDifference[] = [];
  // Filled in by the TOC cross-check (see compareWithToc); a plain count until then.
  const matched = Math.min(found, tocItems.length);
  const confidence = matched === tocItems.length && found === tocItems.length ? 'high' : 'low';
  const message = differences.length === 0 && confidence === 'high' ? parserText.checkAllFound(tocItems.length) : parserText.checkDiffers(tocItems.length, matched, differences.length);
  return { confidence, expected: tocItems.length, found, matched, differences, message };
}
