/** 질의답변 as CSV, for councils whose house system imports CSV rather than .xlsx. */
import type { MinutesInput, MinutesOptions } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import { looksLikeFormula } from './cellText';
import { selectMinutesRows } from './select';
import { qaColumns } from './sheets/qa';
import type { TableCell } from './sheets/table';

/** Byte-order mark: without it Excel reads UTF-8 CSV as the ANSI code page and Hangul turns to mojibake. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One RFC 4180 field. CSV has no cell types, so a spreadsheet opening it evaluates any field that
 * starts like a formula; the only defence that survives the format is a leading apostrophe, which
 * Excel reads as "this is text" (OWASP's advice for CSV injection).
 */
function csvField(value: TableCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 질의답변 rows (same selection, order and columns as the sheet) as UTF-8 CSV with BOM and CRLF. */
export function buildMinutesCsv(input: MinutesInput, options: MinutesOptions = {}): string {
  const columns = qaColumns(minutesText.sessionLabel(input.session));
  const lines = [columns.map((column) => csvField(column.header))];
  for (const row of selectMinutesRows(input.rows, options)) {
    lines.push(columns.map((column) => csvField(column.value(row))));
  }
  return BOM + lines.map((fields) => fields.join(',')).join(CRLF) + CRLF;
}
