/**
 * Tables: a run of tab-separated lines is a table; the `(단위…)` line just before it gives its unit.
 * > | (단위: 천원)
 * > |
 * > | 단 위 사 업⇥예산액⇥비고(증감)
 * > | 합 계⇥311,736⇥△4,786
 */
import type { Line } from './lines';
import { isBlank } from './lines';
import { spanLines } from './position';
import type { TableNode } from './types';

// Only these tag names are stripped from cells: `<헤어 한우리>` and `<부서별 예산 현황>` are text.
const KNOWN_TAG_RE = /<\/?(?:ul|ol|li|div|span|p|br|b|i|u|strong|em|font|table|tr|td|th|tbody|thead|sup|sub)(?:\s[^<>]{0,300})?\s*\/?>/gi;

/** Remove known HTML tags (from converted HWP cells) and collapse spaces. */
export function stripCellHtml(cell: string): string {
  // Each replacement only when its characters occur (most cells have neither): this runs per cell.
  let t = cell.includes('<') ? cell.replace(KNOWN_TAG_RE, ' ') : cell;
  if (t.includes('  ')) t = t.replace(/[ ]{2,}/g, ' ');
  return t.trim();
}

/** Split a tab-separated row into cleaned cells (empty cells kept, so merged headers keep their columns). */
export function splitCells(text: string): string[] {
  return text.split('\t').map(stripCellHtml);
}

/**
 * splitCells of a table row, split once per line: a project's tables and its fields' tables hold
 * the same rows. Each call returns its own copy, so no two tables share a row array.
 */
function rowCells(line: Line): string[] {
  let cells = ROW_CELLS.get(line);
  if (cells === undefined) {
    cells = splitCells(line.text);
    ROW_CELLS.set(line, cells);
  }
  return cells.slice();
}

const ROW_CELLS = new WeakMap<Line, readonly string[]>();

/**
 * True for a units line before a table.
 * > | (단위: 천원)          > | 〈단위: 회/명〉       > | (2024. 1. 1. 기준 / 명)
 */
export function isUnitsLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60 || t.includes('\t')) return false;
  if (!/^[(\[〈<［（]/.test(t)) return false;
  return /단\s?위|기준|현재/.test(t);
}

/** A run of table rows, as array indices [from, to] inclusive. */
export interface TableRun {
  from: number;
  to: number;
}

/**
 * Maximal runs of lines holding a tab within lines[from, to). A blank line ends a run.
 * A run of one row that looks like a TOC entry (`제목⇥12`) is not a table.
 */
export function findTableRuns(lines: Line[], from = 0, to = lines.length): TableRun[] {
  const runs: TableRun[] = [];
  let start = -1;
  const end = Math.min(to, lines.length);
  for (let i = Math.max(0, from); i <= end; i++) {
    const row = i < end && lines[i].hasTab && !isBlank(lines[i]);
    if (row && start < 0) start = i;
    if (!row && start >= 0) {
      runs.push({ from: start, to: i - 1 });
      start = -1;
    }
  }
  return runs;
}

/** The units line (and caption) written just before a table: up to 3 lines back, blank lines skipped. */
export function findTableHeading(lines: Line[], tableStart: number, floor = 0): { unitsLine?: string; caption?: string } {
  const out: { unitsLine?: string; caption?: string } = {};
  let i = tableStart - 1;
  let seen = 0;
  while (i >= floor && seen < 2) {
    const line = lines[i];
    if (isBlank(line)) {
      i--;
      continue;
    }
    seen++;
    const t = line.text.trim();
    if (line.hasTab) break;
    if (!out.unitsLine && isUnitsLine(t)) {
      out.unitsLine = t;
    } else {
      // A short marked line (`□ 직원 현황`, `○ 예산현액`, `< 부서별 예산 현황 >`) names the table.
      if (t.length <= 60 && /^[□○◦▪■●◎◇◆<〈《【-]/.test(t)) out.caption = t;
      break;
    }
    i--;
  }
  return out;
}

/** Build a TableNode from a run. */
export function buildTable(lines: Line[], run: TableRun, floor = 0): TableNode {
  const rows: string[][] = [];
  for (let i = run.from; i <= run.to; i++) rows.push(rowCells(lines[i]));
  const heading = findTableHeading(lines, run.from, floor);
  const table: TableNode = { type: 'table', rows, position: spanLines(lines, run.from, run.to) };
  if (heading.unitsLine) table.unitsLine = heading.unitsLine;
  if (heading.caption) table.caption = heading.caption;
  return table;
}

/** Every table within lines[from, to). */
export function collectTables(lines: Line[], from = 0, to = lines.length): TableNode[] {
  return findTableRuns(lines, from, to).map((run) => buildTable(lines, run, from));
}
