import { detectFormat, type ImportFormat } from './detect';
import { extractDocxText } from './docx';
import { failureFromError, type ImportErrorCode, importFailure, type ImportFailure } from './errors';
import { extractHwpText } from './hwp';
import { extractHwpxText } from './hwpx';
import { isBlank, normaliseNewlines, tableRowLine } from './layout';
import { MAX_IMPORT_BYTES } from './limits';
import { extractPdfText } from './pdf';
import { readSheets, type Sheet, type SheetFormat } from './spreadsheet';
import { decodeText } from './text';

export { detectFormat, MAX_IMPORT_BYTES };
export type { ImportErrorCode, ImportFormat, Sheet };

export type ExtractResult =
  | { ok: true; format: ImportFormat; text: string; encoding?: string; warnings: string[] }
  | ImportFailure;

export type SheetResult = { ok: true; format: SheetFormat; sheets: Sheet[] } | ImportFailure;

type Extracted = { text: string; encoding?: string; warnings: string[] };
type Extractor = (bytes: Uint8Array, onProgress?: (fraction: number) => void) => Promise<Extracted>;

const plain = (text: string): Extracted => ({ text, warnings: [] });

const EXTRACTORS: Readonly<Record<ImportFormat, Extractor>> = {
  text: async (bytes) => decodeText(bytes),
  hwp: async (bytes, onProgress) => plain(await extractHwpText(bytes, onProgress)),
  hwpx: async (bytes, onProgress) => plain(await extractHwpxText(bytes, onProgress)),
  pdf: (bytes, onProgress) => extractPdfText(bytes, onProgress),
  docx: async (bytes) => plain(await extractDocxText(bytes)),
  xlsx: (bytes) => sheetsAsText('xlsx', bytes),
  xls: (bytes) => sheetsAsText('xls', bytes),
  csv: (bytes) => sheetsAsText('csv', bytes),
};

/**
 * Plain text of an uploaded file for the plan parser: one paragraph per line, table rows as
 * TAB-separated cells. Never throws: every problem comes back as { ok: false } with a Korean message.
 */
export async function extractText(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): Promise<ExtractResult> {
  try {
    const sizeProblem = checkSize(bytes);
    if (sizeProblem) return importFailure(sizeProblem);
    const format = detectFormat(fileName, bytes);
    if (!format) return importFailure('unsupported');
    const { text, encoding, warnings } = await EXTRACTORS[format](bytes, onProgress);
    if (isBlank(text)) return importFailure(format === 'text' || format === 'csv' ? 'empty' : 'no-text');
    onProgress?.(1);
    return { ok: true, format, text: normaliseNewlines(text), ...(encoding ? { encoding } : {}), warnings };
  } catch (error) {
    return failureFromError(error);
  }
}

/** Rows of every sheet of a spreadsheet file (.xlsx, .xls, .csv). Never throws. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SheetResult> {
  try {
    const sizeProblem = checkSize(bytes);
    if (sizeProblem) return importFailure(sizeProblem);
    const format = detectFormat(fileName, bytes);
    if (format !== 'xlsx' && format !== 'xls' && format !== 'csv') return importFailure('unsupported');
    const sheets = await readSheets(format, bytes);
    if (sheets.every((sheet) => sheet.rows.length === 0)) return importFailure('empty');
    return { ok: true, format, sheets };
  } catch (error) {
    return failureFromError(error);
  }
}

function checkSize(bytes: Uint8Array): ImportErrorCode | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_IMPORT_BYTES) return 'too-large';
  return null;
}

/** Spreadsheets read as text: each row a TAB-separated line, sheets separated by a blank line. */
async function sheetsAsText(format: SheetFormat, bytes: Uint8Array): Promise<Extracted> {
  const sheets = await readSheets(format, bytes);
  return plain(sheets.map((sheet) => sheet.rows.map(tableRowLine).join('\n')).join('\n\n'));
}
