/**
 * The plan-document parser: `parsePlan(text)` → PlanDocument; `toCheckJson(doc)` → the JSON the
 * CLI prints and ../shared/tools/score-plan.mjs scores.
 *
 * Stages: normalize → lines → detect family → family parser (units, sections, projects, fields,
 * tables, money). The parser never throws: problems become diagnostics.
 */
import { checkReading } from './check';
import { detectFamily } from './detect';
import { blankPageNumbers, joinSplitHeadings } from './headings';
import { familyParsers } from './families/index';
import type { Line } from './lines';
import { createDocument, diagnostic } from './nodes';
import { prepareLines } from './prepare';
import { spanLines } from './position';
import type { CheckJson, PlanDocument } from './types';
import { parserText } from '../text/parser';

export function parsePlan(text: string): PlanDocument {
  let lines: Line[] = [];
  try {
    // normalizeText, then splitLines, in one walk (see prepare.ts).
    const prepared = prepareLines(typeof text === 'string' ? text : '');
    const normalized = prepared.text;
    // Headings split in two lines (`3` ⏎ `제목`) read as one, then the page numbers left alone
    // on a line dropped, for every family (headings.ts).
    lines = blankPageNumbers(joinSplitHeadings(prepared.lines));
    if (normalized.trim().length === 0) {
      const doc = createDocument('unknown', lines.length);
      doc.diagnostics.push(diagnostic('parser:empty', parserText.emptyDocument, undefined, 'info'));
      doc.check = checkReading(doc);
      return doc;
    }
    const { parser } = detectFamily(lines, familyParsers, true);
    if (!parser) {
      const doc = createDocument('unknown', lines.length);
      doc.diagnostics.push(diagnostic('parser:unknown-family', parserText.unknownFamily, spanLines(lines, 0, 0), 'warning'));
      doc.check = checkReading(doc);
      return doc;
    }
    const doc = parser.parse(lines, normalized);
    doc.lineCount = lines.length;
    doc.check = checkReading(doc);
    return doc;
  } catch {
    // Our own bug, not the input's fault: report it instead of crashing the import.
    const doc = createDocument('unknown', lines.length);
    doc.diagnostics.push(diagnostic('parser:internal', parserText.internalError, undefined, 'error'));
    return doc;
  }
}

/** The check JSON (see CheckJson in ./types). */
export function toCheckJson(doc: PlanDocument): CheckJson {
  // Topical grouping levels are not organisational units.
  const topical = new Set(['area', 'strategy', 'goal', 'sub-goal', 'topic']);
  return {
    title: doc.title,
    issuer: doc.issuer,
    date: doc.date,
    units: doc.units.filter((u) => !topical.has(u.level)).map((u) => ({ name: u.name, line: u.position.start.line })),
    projects: doc.projects.map((p) => ({
      unit: p.unit,
      group: p.group,
      section: p.section,
      number: p.number,
      title: p.title,
      line: p.position.start.line,
      budgetThousandWon: p.budget.thousandWon,
      budgetSources: p.budget.sources,
    })),
    diagnostics: doc.diagnostics,
  };
}
