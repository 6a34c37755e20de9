/**
 * The reader's self-check: how sure a reading is, said to the user in Korean.
 *
 * Compares the projects found in the body with the items of the document's own tables of
 * contents (front TOC, per-unit 주요사업 목록 tables) when there are any. Pure; never throws.
 */
import { parserText } from '../text/parser';
import { titleSimilarity } from './similarity';
import type { PlanDocument, ProjectNode, ReadingCheck, ReadingDifference } from './types';

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
  const { matched, differences } = compareWithToc(projects, tocItems);
  // Titles worded otherwise than in the TOC are said, but only missing or extra projects lower the confidence.
  const misses = differences.filter((d) => d.kind !== 'title').length;
  const confidence = misses === 0 ? 'high' : matched >= tocItems.length * 0.9 ? 'medium' : 'low';
  const message =
    differences.length === 0
      ? parserText.checkAllFound(tocItems.length)
      : misses === 0
        ? parserText.checkTitlesDiffer(tocItems.length, differences.length)
        : parserText.checkDiffers(tocItems.length, matched, differences.length);
  return { confidence, expected: tocItems.length, found, matched, differences, message };
}

/**
 * Each TOC item paired with a project of its unit: same number and a like title, else the most
 * like title in the unit (TOCs shorten titles and misspell them). Unpaired items are 'missing';
 * a pair whose titles differ much is 'title'; projects of the units a TOC covers that no item
 * names are 'extra'.
 */
function compareWithToc(projects: ProjectNode[], tocItems: TocItem[]): { matched: number; differences: ReadingDifference[] } {
  const differences: ReadingDifference[] = [];
  const used = new Set<ProjectNode>();
  const covered = new Set(tocItems.map((t) => t.unit));
  let matched = 0;
  const byUnit = new Map<string, ProjectNode[]>();
  for (const p of projects) {
    const list = byUnit.get(p.unit);
    if (list) list.push(p);
    else byUnit.set(p.unit, [p]);
  }
  for (const item of tocItems) {
    // A TOC read under a 실/국 lists the projects its 과 report (their unit is the 과): then any unit.
    const sameUnit = (byUnit.get(item.unit) ?? []).filter((p) => !used.has(p));
    const inUnit = sameUnit.length ? sameUnit : projects.filter((p) => !used.has(p) && (p.group.includes(item.unit) || item.unit === ''));
    let best: ProjectNode | undefined = inUnit.find((p) => p.number === item.number && titleSimilarity(p.title, item.title) >= 0.5);
    if (!best) {
      let score = 0.7;
      for (const p of inUnit) {
        const sim = titleSimilarity(p.title, item.title);
        if (sim >= score) [best, score] = [p, sim];
      }
    }
    if (!best) {
      differences.push({ kind: 'missing', number: item.number, title: item.title, unit: item.unit, line: item.line });
      continue;
    }
    used.add(best);
    covered.add(best.unit);
    matched++;
    if (titleSimilarity(best.title, item.title) < 0.6) {
      differences.push({ kind: 'title', number: best.number, title: item.title, unit: item.unit, line: best.position.start.line, projectKey: best.key });
    }
  }
  for (const p of projects) {
    if (used.has(p) || !covered.has(p.unit)) continue;
    differences.push({ kind: 'extra', number: p.number, title: p.title, unit: p.unit, line: p.position.start.line, projectKey: p.key });
  }
  return { matched, differences };
}
