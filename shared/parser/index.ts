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
import { workReportParser } from './families/workReport';
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
    if (!parser) return readUnknown(lines, normalized);
    const doc = parser.parse(lines, normalized);
    doc.lineCount = lines.length;
    // A family that read the document's tables of contents checked its reading against them.
    doc.check ??= checkReading(doc);
    return doc;
  } catch {
    // Our own bug, not the input's fault: report it instead of crashing the import.
    const doc = createDocument('unknown', lines.length);
    doc.diagnostics.push(diagnostic('parser:internal', parserText.internalError, undefined, 'error'));
    return doc;
  }
}

/**
 * No family recognised the text: the general reading of numbered headings (the work-report rules
 * need no cover, TOC or section to read `N. 제목` lists under org-unit names), said in a diagnostic.
 * A text with numbered headings never comes back empty; one without any gets check 'none'.
 */
function readUnknown(lines: Line[], normalized: string): PlanDocument {
  const read = workReportParser.parse(lines, normalized);
  const doc = read.projects.length ? read : createDocument('unknown', lines.length);
  doc.family = 'unknown';
  doc.lineCount = lines.length;
  doc.diagnostics = doc.diagnostics.filter((d) => d.ruleId !== 'parser:no-projects' && d.ruleId !== 'parser:no-units');
  const reason = doc.projects.length ? parserText.unknownFamilyRead(doc.projects.length) : parserText.unknownFamily;
  doc.diagnostics.unshift(diagnostic('parser:unknown-family', reason, spanLines(lines, 0, 0), 'warning'));
  doc.check = checkReading(doc, []);
  if (doc.check.confidence === 'medium') doc.check.confidence = 'low';
  return doc;
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
