/**
 * The 사업비 table of a project sheet, in 백만원:
 * > | 사업비 (단위: 백만원)→재원구성(비중)→5기 기본계획의 2023 예산→→2023년도 예산(A)→→…집행 실적(B)→집행률(B/A)
 * > | →계(①+②+③)→288→(100 %)→288→(100 %)→362→126%
 * > | →→②구비→9→(100%)→9→(100%)→8→88.8%
 * > | →③기타 후원금→288→(100%)→288→(100%)→362→126%
 * Cells drift by one column from sheet to sheet, so values are read in order, not by column:
 * empty cells and shares `(100 %)` are dropped and the rest read as [5기 계획, 예산(A), 집행(B)].
 */
import type { Line } from '../../lines';
import type { MoneyUnit } from '../../money';
import { canonicalSources, parseAmountToThousandWon, readUnitsLine } from '../../money';
import { cellsOf, labelKeyText, plainCell } from './sheetFields';

export interface SheetBudget {
  /** 예산(A) in 천원; null when not stated (`-`), not readable, or 비예산. */
  thousandWon: number | null;
  nonBudget: boolean;
  sources: string[];
  bySource: Record<string, number>;
  /** Year of the 예산(A) column header (`2023년도 예산(A)`). */
  year?: number;
  /** Index of the 계 row (or the value row of a best-practice table). */
  rowIndex: number | null;
  raw?: string;
}

/** A cell's value: shares `(100 %)` and rates `126%` removed; '' when nothing is left. `-` and 비예산 are values. */
function cellValue(cell: string): string {
  // `10(100 %)`: a value glued to its share.
  const v = plainCell(cell).replace(/\(\s*[\d.,\s]*%?\s*\)/g, '').trim();
  return !v || /^[\d.,\s]*%$/.test(v) ? '' : v;
}

/** Value cells of a row after its label: shares, empty cells and rates dropped; `-` and 비예산 kept. */
export function budgetValues(cells: readonly string[]): string[] {
  return cells.map(cellValue).filter(Boolean);
}

/** The 예산(A) value of a row: the second value when the 5기 plan value is present, else the only one. */
export function columnAValue(values: string[]): string | null {
  if (values.length >= 2) return values[1];
  return values[0] ?? null;
}

/** Offset (after the label cell) of the cell holding 예산(A) in the 계 row; -1 when it has no value. */
function columnAOffset(valueCells: readonly string[]): number {
  const offsets: number[] = [];
  valueCells.forEach((c, k) => {
    if (cellValue(c)) offsets.push(k);
  });
  return offsets.length >= 2 ? offsets[1] : offsets.length === 1 ? offsets[0] : -1;
}

/**
 * 예산(A) of a source row: the cell in the 계 row's A column when it holds a value there (a `-`
 * share cell makes order reading fail: `①시비→-→-→3.14→(100%)`), else the value read in order.
 */
function sourceRowAValue(valueCells: readonly string[], aOffset: number): string | null {
  const aligned = aOffset >= 0 ? cellValue(valueCells[aOffset] ?? '') : '';
  return aligned || columnAValue(budgetValues(valueCells));
}

/** `2,000` in 백만원 → 2,000,000 천원; `-`, `비예산` → null. Decimals: `0.8` → 800, `3.14` → 3,140. */
export function valueToThousandWon(value: string | null, unit: MoneyUnit): number | null {
  if (!value || !/\d/.test(value) || /비예산/.test(value)) return null;
  return parseAmountToThousandWon(value.replace(/\s+/g, ''), unit);
}

/**
 * Source of a ①/②/③ row label; the funds named after ③기타 decide (국고/국비 → 국비). Rows written
 * without the circled numbers are read by their words: `시비`/`시·도비`, `구비`/`시·군·구비`, `국비`, `기타 …`.
 */
export function sourceOfRowLabel(label: string): string | null {
  const t = labelKeyText(label);
  if (t.startsWith('①')) return '시비';
  if (t.startsWith('②')) return '구비';
  if (/^\(?③/.test(t)) return /국고|국비/.test(t) ? '국비' : '기타';
  const plain = t.replace(/^\(/, '');
  if (/^(시·군·구비|구비)/.test(plain)) return '구비';
  if (/^(시·도비|시비)/.test(plain)) return '시비';
  if (/^(국비|국고)/.test(plain)) return '국비';
  if (plain.startsWith('기타')) return /국고|국비/.test(plain) ? '국비' : '기타';
  return null;
}

/** Index of the first cell whose text is a budget row label (계, ①, ②, ③); -1 if none. */
function labelCellIndex(cells: readonly string[], test: (key: string, raw: string) => boolean): number {
  for (let k = 0; k < cells.length; k++) if (test(labelKeyText(cells[k]), cells[k])) return k;
  return -1;
}

const isTotalLabel = (t: string) => /^계\(/.test(t) || t === '계' || t === '합계';
// A plain-word label holds no figure: `구비 8,860천원` in a 비고 cell is a note, not a row label.
const isSourceLabel = (t: string, raw: string) => /^\(?[①②③]/.test(t) || (!/\d/.test(raw) && sourceOfRowLabel(t) !== null);

/**
 * Read the budget of a sheet from its budget-field rows (line indices, header row first).
 * Best-practice tables have no 계 row: the first row after the header with values is used.
 */
export function readSheetBudget(lines: Line[], rowIndices: number[]): SheetBudget {
  const budget: SheetBudget = { thousandWon: null, nonBudget: false, sources: [], bySource: {}, rowIndex: null };
  if (rowIndices.length === 0) return budget;
  const header = lines[rowIndices[0]].text;
  const unit: MoneyUnit = readUnitsLine(header) ?? '백만원';
  const year = /((?:19|20)\d{2})\s*년도?\s*예산\s*\(A\)/.exec(header);
  if (year) budget.year = Number(year[1]);

  let totalRow = -1;
  let aOffset = -1;
  for (const i of rowIndices.slice(1)) {
    const cells = cellsOf(lines[i]);
    const at = labelCellIndex(cells, isTotalLabel);
    if (at < 0) continue;
    totalRow = i;
    aOffset = columnAOffset(cells.slice(at + 1));
    readTotal(budget, cells.slice(at + 1), unit, i, lines[i].text);
    break;
  }
  for (const i of rowIndices.slice(1)) {
    const cells = cellsOf(lines[i]);
    const at = labelCellIndex(cells, isSourceLabel);
    if (at < 0) continue;
    const source = sourceOfRowLabel(cells[at]);
    const amount = valueToThousandWon(sourceRowAValue(cells.slice(at + 1), aOffset), unit);
    if (source && amount != null && amount > 0) budget.bySource[source] = (budget.bySource[source] ?? 0) + amount;
  }
  if (totalRow < 0) {
    // > | 사업비 (단위: 백만원)→예산 집행률→5기 기본계획의 2023 예산→2023년도 예산(A)→…
    // > | →→288→288→362→126%
    const valueRow = rowIndices.slice(1).find((i) => budgetValues(cellsOf(lines[i])).length > 0);
    if (valueRow != null) readTotal(budget, cellsOf(lines[valueRow]), unit, valueRow, lines[valueRow].text);
  }
  budget.sources = canonicalSources(Object.keys(budget.bySource));
  return budget;
}

function readTotal(budget: SheetBudget, valueCells: readonly string[], unit: MoneyUnit, index: number, raw: string): void {
  const values = budgetValues(valueCells);
  budget.rowIndex = index;
  budget.raw = raw.replace(/\t+/g, ' | ').trim();
  if (values.some((v) => /비예산/.test(v))) {
    budget.nonBudget = true;
    return;
  }
  budget.thousandWon = valueToThousandWon(columnAValue(values), unit);
}
