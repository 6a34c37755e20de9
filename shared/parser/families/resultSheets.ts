/**
 * Family 시행계획 시행결과 (annual result of a multi-year plan): coded project sheets `I-1-2. 제목`,
 * each a TAB table of labelled rows (소관 → department, 사업비 in 백만원, 성과지표), plus
 * best-practice blocks `① 세부사업 I-1-1. …` that repeat a sheet and inherit its department.
 * The project's unit is its 담당과; its group is the strategy path read from the code.
 * Rules live in ./resultSheets/.
 */
import type { Line } from '../lines';
import { joinLines } from '../lines';
import { createKeyMaker, diagnosticAt, emptyBudget } from '../nodes';
import { spanLines } from '../position';
import type { Budget, PlanDocument, ProjectNode, SectionKind, UnitNode } from '../types';
import { parserFamiliesText as say } from '../../text/parserFamilies';
import { documentFromCover } from './coverMetadata';
import type { FamilyParser } from './types';
import type { SheetHeading } from './resultSheets/codes';
import { groupCodesOf, normalizeSheetCode, readSheetHeading } from './resultSheets/codes';
import { readSheetDepartment } from './resultSheets/department';
import { readSheetBudget } from './resultSheets/sheetBudget';
import type { SheetField } from './resultSheets/sheetFields';
import { cellsOf, groupSheetFields, labelKeyText, toFieldNode } from './resultSheets/sheetFields';
import { readGroupNames } from './resultSheets/strategies';

/** Confidence from coded sheet headings, 소관 rows and 계(①+②+③) rows; work reports have none. */
export function detectResultSheets(lines: Line[]): number {
  let headings = 0;
  let ownerRows = 0;
  let totalRows = 0;
  for (const line of lines) {
    if (readSheetHeading(line)) headings++;
    else if (line.hasTab) {
      if (line.squashed.includes('계(①+②+③)')) totalRows++;
      else if (/^사업\(?과?업?\)?소관/.test(line.squashed)) ownerRows++;
      else continue;
    } else continue;
    if (headings >= 5 && ownerRows >= 5 && totalRows >= 5) return 1; // certain: the score cannot rise further
  }
  if (headings === 0) return 0;
  return Math.min(1, 0.5 * Math.min(1, headings / 5) + 0.25 * Math.min(1, ownerRows / 5) + 0.25 * Math.min(1, totalRows / 5));
}

interface Sheet {
  heading: SheetHeading;
  index: number;
  /** Last line of the sheet (inclusive). */
  end: number;
}

/**
 * Lines that end a sheet or block: the next appendix (`[첨부 2] …` without a code), a chapter
 * (`3. …`) or section (`2) …`, `(3) …`) heading. Sheets themselves hold only TAB rows.
 */
function isSheetBoundary(line: Line): boolean {
  if (line.hasTab) return false;
  return /^\s*(\[첨부\s*\d+\]|\d{1,2}\)\s|\(\d{1,2}\)\s|\d{1,2}\s?\.\s)/.test(line.text);
}

function findSheets(lines: Line[]): Sheet[] {
  const sheets: Sheet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = readSheetHeading(lines[i]);
    if (!heading) continue;
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (readSheetHeading(lines[j]) || isSheetBoundary(lines[j])) break;
      end = j;
    }
    // Trailing blank lines belong to no sheet.
    while (end > i && !lines[end].squashed) end--;
    // A heading without a table under it is a list entry (a TOC line without page number), not a sheet.
    if (!lines.slice(i + 1, end + 1).some((l) => l.hasTab)) continue;
    sheets.push({ heading, index: i, end });
    i = end;
  }
  return sheets;
}

/** 시행결과 reports results; a 시행계획 without 결과 states plans. */
function sectionOf(title: string): SectionKind {
  return /결과|실적/.test(title) ? 'results' : 'plans';
}

export function parseResultSheets(lines: Line[], _text: string): PlanDocument {
  const doc = documentFromCover('result-sheets', lines);
  const section = sectionOf(doc.title);
  const groupNames = readGroupNames(lines);
  const sheets = findSheets(lines);

  // Sheets first: best-practice blocks (earlier in the text) take the department of the sheet with their code.
  const departmentByCode = new Map<string, { name: string; index: number }>();
  const parsed = sheets.map((sheet) => {
    const fields = groupSheetFields(lines, sheet.index + 1, sheet.end + 1);
    const department = sheet.heading.bestPractice ? null : readSheetDepartment(lines, fields);
    if (department && !departmentByCode.has(sheet.heading.number)) departmentByCode.set(sheet.heading.number, department);
    return { sheet, fields, department };
  });

  const makeKey = createKeyMaker();
  for (const { sheet, fields, department } of parsed) {
    const { heading } = sheet;
    const unit = department?.name ?? departmentByCode.get(heading.number)?.name ?? '';
    if (!unit) {
      const reason = heading.bestPractice ? say.bestPracticeNoSheet(heading.number) : say.sheetNoDepartment(heading.number);
      doc.diagnostics.push(diagnosticAt(lines, sheet.index, 'parser:sheet-department', reason));
    }
    checkInnerCode(doc, lines, sheet, fields);
    const budget = sheetBudget(doc, lines, sheet, fields);
    const fieldNodes = fields.map((f) => toFieldNode(lines, f));
    const project: ProjectNode = {
      type: 'project',
      key: makeKey(`${unit}|${section}|${heading.number}`),
      number: heading.number,
      title: heading.title,
      unit,
      group: groupCodesOf(heading.number).map((code) => {
        const name = groupNames.get(code)?.name;
        return name ? `${code} ${name}` : code;
      }),
      section,
      summary: fieldNodes.find((f) => f.key === 'purpose')?.text.split('\n')[0] || undefined,
      fields: fieldNodes,
      budget,
      tables: fieldNodes.flatMap((f) => f.tables),
      body: joinLines(lines, sheet.index, sheet.end + 1),
      position: spanLines(lines, sheet.index, sheet.end),
    };
    doc.projects.push(project);
  }

  doc.units = collectUnits(lines, parsed.map((p) => p.department), groupNames);
  if (sheets.length) {
    doc.sections.push({ type: 'section', kind: section, heading: doc.title || section, position: spanLines(lines, sheets[0].index, sheets[sheets.length - 1].end) });
  } else doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-projects', say.noProjects));
  return doc;
}

function sheetBudget(doc: PlanDocument, lines: Line[], sheet: Sheet, fields: SheetField[]): Budget {
  const budget = emptyBudget();
  const field = fields.find((f) => f.key === 'budget' && !f.narrative);
  if (!field) {
    doc.diagnostics.push(diagnosticAt(lines, sheet.index, 'parser:sheet-budget', say.sheetNoBudgetRow(sheet.heading.number), 'info'));
    return budget;
  }
  const read = readSheetBudget(lines, field.rows);
  budget.thousandWon = read.thousandWon;
  budget.nonBudget = read.nonBudget;
  budget.sources = read.sources;
  budget.bySource = read.bySource;
  if (read.year) budget.year = read.year;
  if (read.raw) budget.raw = read.raw;
  budget.position = spanLines(lines, read.rowIndex ?? field.rows[0]);
  if (read.rowIndex == null) {
    doc.diagnostics.push(diagnosticAt(lines, field.rows[0], 'parser:sheet-budget', say.sheetNoBudgetRow(sheet.heading.number), 'info'));
  }
  return budget;
}

/**
 * The code inside the sheet's 사업(과업)번호 cell is unreliable (`1-1-1`, `I-4-8` in the I-4-7 sheet):
 * the heading's code is used, a mismatch is reported.
 * > | 사업(과업)명→→사업(과업)번호→세부사업(과업)명→…
 * > | →→I-4-8→광진가족백일장→X→X→O
 */
function checkInnerCode(doc: PlanDocument, lines: Line[], sheet: Sheet, fields: SheetField[]): void {
  const nameField = fields.find((f) => f.name === '사업명');
  if (!nameField || nameField.rows.length < 2) return;
  const header = cellsOf(lines[nameField.rows[0]]);
  const col = header.findIndex((c) => labelKeyText(c).endsWith('번호'));
  const values = cellsOf(lines[nameField.rows[1]]);
  const inner = col >= 0 ? values[col]?.replace(/\.$/, '') : undefined;
  if (!inner || !/^[\dIⅠⅡ]/.test(inner)) return;
  const normalized = normalizeSheetCode(inner);
  if (normalized !== sheet.heading.number) {
    doc.diagnostics.push(
      diagnosticAt(lines, nameField.rows[1], 'parser:sheet-code', say.sheetCodeMismatch(sheet.heading.number, inner), 'info'),
    );
  }
}

/** Departments (org level, first 소관 row naming them) and strategy groups (level 'strategy'). */
function collectUnits(
  lines: Line[],
  departments: ({ name: string; index: number; level: string } | null)[],
  groupNames: Map<string, { name: string; index: number }>,
): UnitNode[] {
  const units: UnitNode[] = [];
  const seen = new Set<string>();
  for (const d of departments) {
    if (!d || seen.has(d.name)) continue;
    seen.add(d.name);
    units.push({ type: 'unit', name: d.name, level: d.level, position: spanLines(lines, d.index) });
  }
  for (const [code, { name, index }] of groupNames) {
    const parent = groupCodesOf(code).pop();
    const unit: UnitNode = { type: 'unit', name: `${code} ${name}`, level: 'strategy', position: spanLines(lines, index) };
    const parentName = parent ? groupNames.get(parent)?.name : undefined;
    if (parent && parentName) unit.parent = `${parent} ${parentName}`;
    units.push(unit);
  }
  return units;
}

export const resultSheetsParser: FamilyParser = {
  family: 'result-sheets',
  detect: detectResultSheets,
  parse: parseResultSheets,
};
