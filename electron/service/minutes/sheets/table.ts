/**
 * The one way a minutes sheet reaches the workbook: a sheet is described as plain data (a
 * `SheetTable`) and `addTableSheet` gives every sheet the same look — styled, frozen, filtered
 * header, widths that fit Korean text, wrapped cells, A4 landscape print with the header repeated.
 */
import type ExcelJS from 'exceljs';
import { minutesText } from '@shared/text/minutes';
import { limitCellText, lineWidths, looksLikeFormula } from '../cellText';

/** A cell's value: text, a number, or empty. */
export type TableCell = string | number | null;

/** One column of a sheet. */
export interface TableColumn {
  header: string;
  /** Numbers are right-aligned with thousands separators; default text. */
  kind?: 'text' | 'number';
  /** Widest the column may grow, in character columns; default 60. */
  maxWidth?: number;
}

/** A sheet as plain data: written by `addTableSheet`, or unstyled by the bench baseline. */
export interface SheetTable {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** A bold footer row (합계), kept outside the filter range so sorting never moves it. */
  totals?: TableCell[];
  /** Indexes into `rows` of bold section labels (the overview's 구분별 건수 …). */
  sectionRows?: ReadonlySet<number>;
  /** Filter buttons on the header; default true. */
  autoFilter?: boolean;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Room for the filter button and cell padding. */
const WIDTH_PADDING = 2;
/** Height of one wrapped line of 10 pt 맑은 고딕, and Excel's largest row height, in points. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const NUMBER_FORMAT = '#,##0';

const FONT: Partial<ExcelJS.Font> = { name: '맑은 고딕', size: 10 };
const BOLD_FONT: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: BOLD_FONT,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
};

/** The styles one column's cells can take; each is one shared object (see `columnStyles`). */
interface ColumnStyles {
  plain: Partial<ExcelJS.Style>;
  bold: Partial<ExcelJS.Style>;
  /** Formula-like text: numFmt '@' (Text) so the cell stays text even after the user edits it. */
  text: Partial<ExcelJS.Style>;
}

/**
 * Styles are built once per column and the same objects are assigned to every cell: exceljs
 * remembers a style object's id in a WeakMap, so shared objects cost nothing per cell, while
 * per-cell objects (or `cell.numFmt = …`, which would also mutate the shared object) would be
 * serialised and compared one by one.
 */
function columnStyles(column: TableColumn): ColumnStyles {
  const isNumber = column.kind === 'number';
  const plain: Partial<ExcelJS.Style> = {
    font: FONT,
    alignment: { vertical: 'top', wrapText: true, horizontal: isNumber ? 'right' : 'left' },
    border: BORDER,
    ...(isNumber ? { numFmt: NUMBER_FORMAT } : {}),
  };
  return { plain, bold: { ...plain, font: BOLD_FONT }, text: { ...plain, numFmt: '@' } };
}

/** What one cell holds once written: text normalised for Excel, numbers as they are. */
function displayText(value: TableCell): string {
  if (value === null) return '';
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}

/** Column widths fitted to the longest line in each column (Hangul counts 2), clamped. */
export function fitColumnWidths(table: SheetTable): number[] {
  const widest = table.columns.map((column) => Math.max(...lineWidths(column.header)));
  const measure = (cells: TableCell[]) => {
    cells.forEach((value, index) => {
      if (value === null || value === '') return;
      const width = Math.max(...lineWidths(displayText(value)));
      if (width > widest[index]) widest[index] = width;
    });
  };
  table.rows.forEach(measure);
  if (table.totals) measure(table.totals);
  return table.columns.map((column, index) =>
    Math.min(Math.max(widest[index] + WIDTH_PADDING, MIN_WIDTH), column.maxWidth ?? MAX_WIDTH),
  );
}

/**
 * Wrapped lines the tallest cell of a row needs at the given widths. Excel does not grow rows to
 * fit wrapped text it did not lay out itself, so without this long answers print cut off.
 */
function wrappedLineCount(cells: TableCell[], widths: number[]): number {
  let most = 1;
  cells.forEach((value, index) => {
    if (typeof value !== 'string' || value === '') return;
    const usable = Math.max(widths[index] - WIDTH_PADDING, 1);
    const lines = lineWidths(value).reduce((sum, width) => sum + Math.max(1, Math.ceil(width / usable)), 0);
    if (lines > most) most = lines;
  });
  return most;
}

/** Writes one row of values with the column styles and, when it wraps, a height that shows it all. */
function writeRow(
  worksheet: ExcelJS.Worksheet,
  cells: TableCell[],
  styles: ColumnStyles[],
  widths: number[],
  bold: boolean,
): void {
  const row = worksheet.addRow(
    // Strings are set as plain values, never `{ formula }` objects: exceljs stores them as shared
    // strings, which a spreadsheet shows and never evaluates.
    cells.map((value) => (value === '' ? null : typeof value === 'string' ? limitCellText(value) : value)),
  );
  cells.forEach((value, index) => {
    const style = styles[index];
    row.getCell(index + 1).style =
      typeof value === 'string' && looksLikeFormula(value) ? style.text : bold ? style.bold : style.plain;
  });
  const lines = wrappedLineCount(cells, widths);
  if (lines > 1) row.height = Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
}

/** Adds `table` as a styled, print-ready sheet; `onRow` is called after each body row is written. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable, onRow: () => void): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as needed
      printTitlesRow: '1:1',
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: minutesText.pageFooter },
  });
  const widths = fitColumnWidths(table);
  widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));

  const header = worksheet.addRow(table.columns.map((column) => column.header));
  header.eachCell((cell) => (cell.style = HEADER_STYLE));

  const styles = table.columns.map(columnStyles);
  table.rows.forEach((cells, index) => {
    writeRow(worksheet, cells, styles, widths, table.sectionRows?.has(index) ?? false);
    onRow();
  });
  if (table.totals) writeRow(worksheet, table.totals, styles, widths, true);

  if (table.autoFilter ?? true) {
    const lastColumn = worksheet.getColumn(table.columns.length).letter;
    worksheet.autoFilter = `A1:${lastColumn}${table.rows.length + 1}`;
  }
  return worksheet;
}
