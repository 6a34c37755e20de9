import type * as SheetJS from 'xlsx';
import { rejectCompoundInsteadOfZip } from './compound';
import { ImportError } from './errors';
import { decodeText } from './text';
import { readZipEntries, repackZip } from './zip';

export type SheetFormat = 'xlsx' | 'xls' | 'csv';
export type Sheet = { name: string; rows: string[][] };

/**
 * Every sheet as rows of display strings (what the cell shows, e.g. "1,234" or "2024-01-16").
 * Rows are arrays, never objects keyed by header text, so a header such as "__proto__" is
 * only a string and cannot reach Object.prototype.
 */
export async function readSheets(format: SheetFormat, bytes: Uint8Array): Promise<Sheet[]> {
  // SheetJS is loaded on first use: it costs every start ~30 ms, and few files are spreadsheets.
  const XLSX = await import('xlsx');
  const workbook = format === 'csv' ? readCsv(XLSX, bytes) : readWorkbook(XLSX, format, bytes);
  return workbook.SheetNames.map((name) => ({ name, rows: sheetRows(XLSX, workbook.Sheets[name]) }));
}

type XLSX = typeof SheetJS;

function readCsv(XLSX: XLSX, bytes: Uint8Array): SheetJS.WorkBook {
  // Korean Excel saves CSV as CP949; our decoder handles that and UTF-8/16 alike.
  const { text } = decodeText(bytes);
  return parseWith(() => XLSX.read(text, { type: 'string', raw: true, dense: true }));
}

function readWorkbook(XLSX: XLSX, format: 'xlsx' | 'xls', bytes: Uint8Array): SheetJS.WorkBook {
  let data = bytes;
  if (format === 'xlsx') {
    rejectCompoundInsteadOfZip(bytes);
    data = repackZip(readZipEntries(bytes)); // size-checked before SheetJS unzips it
  }
  return parseWith(() => XLSX.read(data, { type: 'array', dense: true, cellFormula: false, cellHTML: false }));
}

function parseWith(read: () => SheetJS.WorkBook): SheetJS.WorkBook {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(/password|encrypt/i.test(String(error)) ? 'encrypted' : 'corrupt', String(error));
  }
}

function sheetRows(XLSX: XLSX, sheet: SheetJS.WorkSheet | undefined): string[][] {
  if (!sheet) return [];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: false });
  return rows.map((row) => Array.from(row, (cell) => (cell == null ? '' : String(cell))));
}
