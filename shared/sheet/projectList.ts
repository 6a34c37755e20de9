/**
 * A project or budget list kept as a spreadsheet → a PlanDocument, given which column holds
 * which field. The document text is the sheet itself, one row per line with TAB-separated cells
 * (`sheetText`), so a project's position is its row's line and the source view shows the row.
 * The same text and reading rebuild the same tree (`projectListFromText`). Pure: no Node or DOM.
 *
 * Sections: a 구분 cell saying 실적/결과 puts the row under 추진실적 ('results'); every other row
 * (and every row when no 구분 column is mapped) is a plan ('plans'), as budget lists mostly are.
 * Rows whose every mapped cell is empty, rows without a 사업명, and 합계/소계/총계 rows are left out.
 */
import type { ProjectListField, ProjectListMapping, ProjectListReading } from '../model/projectList';
import { PROJECT_LIST_FIELDS } from '../model/projectList';
import type { MoneyUnit } from '../parser/money';
import { moneyUnitOf, readBudgetValue, readUnitsLine } from '../parser/money';
import type { Budget, PlanDocument, Position, ProjectNode, SectionKind, UnitNode } from '../parser/types';
import { compactText } from '../similarity';
import { projectListHeaderKeywords, projectListResultWords, projectListTotalWords } from '../text/projectList';
import type { ColumnMapping } from './columns';
import { findHeaderRowBy, suggestMappingBy } from './columns';

/** Most rows a project list may have (a budget book's 세부사업 list stays well under this). */
export const MAX_PROJECT_LIST_ROWS = 20_000;

/** A cell as one line of text: TABs and line breaks inside it become spaces. */
export function cleanCell(cell: string): string {
  return cell.replace(/[\t\r\n\u2028\u2029\v\f]+/g, ' ').trim();
}

/** The rows with every cell cleaned: what the document text holds. */
export function cleanRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map(cleanCell));
}

/** The document text of a sheet: one row per line, cells TAB-separated. */
export function sheetText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

/** The rows of a document text made by `sheetText`. */
export function textRows(text: string): string[][] {
  return text.split('\n').map((line) => line.split('\t'));
}

export function findProjectListHeader(rows: readonly (readonly string[])[]): { index: number; score: number } {
  return findHeaderRowBy(rows, PROJECT_LIST_FIELDS, projectListHeaderKeywords);
}

export function suggestProjectListMapping(header: readonly string[]): ProjectListMapping {
  return suggestMappingBy(header, PROJECT_LIST_FIELDS, projectListHeaderKeywords) as ColumnMapping<ProjectListField>;
}

/** The 예산 unit: from the budget header cell (`예산(백만원)`), a units line above the table, else 천원. */
export function moneyUnitFor(rows: readonly (readonly string[])[], headerIndex: number, mapping: ProjectListMapping): MoneyUnit {
  const headerCell = mapping.budget === undefined ? '' : (rows[headerIndex]?.[mapping.budget] ?? '');
  const fromHeader = readUnitsLine(headerCell) ?? bracketUnit(headerCell);
  if (fromHeader) return fromHeader;
  for (let i = headerIndex; i >= 0; i--) {
    for (const cell of rows[i] ?? []) {
      const unit = readUnitsLine(cell);
      if (unit) return unit;
    }
  }
  return '천원';
}

function bracketUnit(cell: string): MoneyUnit | null {
  for (const m of cell.matchAll(/[(（[]([^)）\]]{1,8})[)）\]]/g)) {
    const unit = moneyUnitOf(m[1]!);
    if (unit) return unit;
  }
  return null;
}

const TOTALS = new Set<string>(projectListTotalWords.map((w) => compactText(w)));

function isTotalRow(row: readonly string[], mapping: ProjectListMapping): boolean {
  const title = mapping.title === undefined ? '' : compactText(row[mapping.title] ?? '');
  if (TOTALS.has(title)) return true;
  // 합계 written in the first column (or a merged label column) with the title cell left empty.
  return !title && row.some((cell) => TOTALS.has(compactText(cell)));
}

function sectionOf(text: string): SectionKind {
  const c = compactText(text);
  return c && projectListResultWords.some((w) => c.includes(w)) ? 'results' : 'plans';
}

/** `과`, `담당관`, `센터`, `팀`, `국` … from the unit's name; 'unit' when it says none. */
function levelOf(name: string): string {
  const m = /(담당관|사업소|센터|본부|실|국|과|팀|단|관|소)$/.exec(name.replace(/\s+/g, ''));
  return m ? m[1]! : 'unit';
}

/**
 * The tree of a project-list document from its rows (as `textRows` gives them) and how it is read.
 * `rows[i]` is line i + 1 of the text.
 */
export function buildProjectList(rows: readonly (readonly string[])[], reading: ProjectListReading): PlanDocument {
  const { mapping, headerLine, moneyUnit } = reading;
  const headerIndex = headerLine - 1;
  const header = rows[headerIndex] ?? [];
  // Offsets of each line's start in the text.
  const starts: number[] = [];
  let offset = 0;
  const lineTexts = rows.map((row) => row.join('\t'));
  for (const line of lineTexts) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const positionOf = (index: number): Position => ({
    start: { line: index + 1, column: 1, offset: starts[index]! },
    end: { line: index + 1, column: lineTexts[index]!.length + 1, offset: starts[index]! + lineTexts[index]!.length },
  });
  const cell = (row: readonly string[], field: ProjectListField) => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '').trim();
  };
  const unitsLine = rows
    .slice(0, headerIndex + 1)
    .flat()
    .find((c) => readUnitsLine(c) !== null);

  const projects: ProjectNode[] = [];
  const units: UnitNode[] = [];
  const unitSeen = new Set<string>();
  const keys = new Set<string>();
  const perUnit = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    if (PROJECT_LIST_FIELDS.every((f) => cell(row, f) === '')) return;
    const title = cell(row, 'title');
    if (!title || isTotalRow(row, mapping)) return;
    const unit = cell(row, 'unit');
    const division = cell(row, 'division');
    const position = positionOf(index);
    if (division && !unitSeen.has(`국|${division}`)) {
      unitSeen.add(`국|${division}`);
      units.push({ type: 'unit', name: division, level: levelOf(division) === 'unit' ? '국' : levelOf(division), position });
    }
    if (unit && !unitSeen.has(`과|${division}|${unit}`)) {
      unitSeen.add(`과|${division}|${unit}`);
      units.push({ type: 'unit', name: unit, level: levelOf(unit), ...(division ? { parent: division } : {}), position });
    }
    const section = mapping.section === undefined ? 'plans' : sectionOf(cell(row, 'section'));
    const count = (perUnit.get(unit) ?? 0) + 1;
    perUnit.set(unit, count);
    const number = cell(row, 'number') || String(count);
    let key = `${unit}|${section}|${number}`;
    for (let n = 2; keys.has(key); n++) key = `${unit}|${section}|${number}#${n}`;
    keys.add(key);
    const bodyText = cell(row, 'body');
    projects.push({
      type: 'project',
      key,
      number,
      title,
      unit,
      group: division ? [division] : [],
      section,
      ...(bodyText ? { summary: bodyText } : {}),
      fields: bodyText ? [{ type: 'field', key: 'content', label: '사업내용', text: bodyText, tables: [], position }] : [],
      budget: budgetOf(cell(row, 'budget'), cell(row, 'sources'), moneyUnit, position),
      tables: [{ type: 'table', ...(unitsLine ? { unitsLine } : {}), rows: [[...header], [...row]], position }],
      body: lineTexts[index]!,
      position,
    });
  });

  return {
    type: 'document',
    family: 'project-list',
    title: titleOf(rows, headerIndex),
    issuer: '',
    date: '',
    units,
    sections: [],
    projects,
    tables: [],
    diagnostics: [],
    lineCount: rows.length,
  };
}

function budgetOf(amountText: string, sourcesText: string, unit: MoneyUnit, position: Position): Budget {
  const reading = readBudgetValue(amountText, unit);
  const fromSources = sourcesText ? readBudgetValue(sourcesText, unit) : null;
  const sources = [...new Set([...reading.sources, ...(fromSources?.sources ?? [])])];
  const bySource = { ...(fromSources?.bySource ?? {}), ...reading.bySource };
  const raw = [amountText, sourcesText].filter(Boolean).join(' ');
  return {
    thousandWon: reading.thousandWon,
    nonBudget: reading.nonBudget,
    sources,
    bySource,
    ...(raw ? { raw } : {}),
    position,
  };
}

/** A line above the header with one cell that is not a units line: the list's title. */
function titleOf(rows: readonly (readonly string[])[], headerIndex: number): string {
  for (let i = 0; i < headerIndex; i++) {
    const filled = (rows[i] ?? []).filter((c) => c.trim() !== '');
    if (filled.length === 1 && readUnitsLine(filled[0]!) === null) return filled[0]!.trim().slice(0, 200);
  }
  return '';
}

/** The tree of a stored project-list document, from its text and the reading kept on its record. */
export function projectListFromText(text: string, reading: ProjectListReading): PlanDocument {
  return buildProjectList(textRows(text), reading);
}
