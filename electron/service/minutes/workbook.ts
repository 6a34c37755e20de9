/**
 * The minutes workbook (회의록 / 질의답변 정리): plain data in, .xlsx bytes out. Pure Node — no
 * Electron, no database — so the CLI, the bench and the tests call it the same way the app does.
 */
import { MINUTES_SHEETS, type MinutesInput, type MinutesOptions, type MinutesSheet } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import { selectMinutesRows } from './select';
import { byUnitSheet } from './sheets/byUnit';
import type { SheetBuilder, SheetContext } from './sheets/context';
import { followUpSheet } from './sheets/followUp';
import { overviewSheet } from './sheets/overview';
import { qaSheet } from './sheets/qa';
import { requestsSheet } from './sheets/requests';
import { addTableSheet, type SheetTable } from './sheets/table';
import { uiText } from '@shared/text/ui';

const SHEET_BUILDERS: Record<MinutesSheet, SheetBuilder> = {
  overview: overviewSheet,
  qa: qaSheet,
  byUnit: byUnitSheet,
  requests: requestsSheet,
  followUp: followUpSheet,
};

/** Share of the progress bar given to writing rows; the rest is zipping the file. */
const ROWS_SHARE = 0.9;
/** Report progress at most this often (in rows) so a 10,000-row export does not flood the UI. */
const PROGRESS_EVERY = 250;

/** The requested sheets in workbook order, each once; missing or empty means all. */
function chosenSheets(options: MinutesOptions): MinutesSheet[] {
  const wanted = options.sheets?.length ? new Set(options.sheets) : null;
  return MINUTES_SHEETS.filter((sheet) => !wanted || wanted.has(sheet));
}

/** The sheets as plain tables (no styling): what `buildMinutesWorkbook` writes. */
export function buildMinutesTables(input: MinutesInput, options: MinutesOptions = {}): SheetTable[] {
  const context: SheetContext = {
    input,
    options,
    rows: selectMinutesRows(input.rows, options),
    sessionLabel: minutesText.sessionLabel(input.session),
  };
  return chosenSheets(options).map((sheet) => SHEET_BUILDERS[sheet](context));
}

/** Calls `onProgress` with the fraction of body rows written, every PROGRESS_EVERY rows. */
function rowProgress(total: number, onProgress?: (fraction: number) => void): () => void {
  if (!onProgress || total === 0) return () => {};
  let written = 0;
  return () => {
    written++;
    if (written % PROGRESS_EVERY === 0 || written === total) onProgress((written / total) * ROWS_SHARE);
  };
}

/**
 * Builds the minutes workbook: 개요, 질의답변, 부서별 집계, 자료요구, 후속조치 (or `options.sheets`),
 * without private rows unless `options.includePrivate`. `onProgress` receives fractions in 0..1,
 * ending with 1 once the file is complete.
 */
export async function buildMinutesWorkbook(
  input: MinutesInput,
  options: MinutesOptions = {},
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const tables = buildMinutesTables(input, options);
  // Loaded on first use: it costs every start ~150 ms, and the minutes are exported at the session's end.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = uiText.appName;
  workbook.title = `${minutesText.sessionLabel(input.session)} ${input.session.committee} ${minutesText.fileNameWord}`;
  // The export's own time, not "now", so the same input gives the same document properties.
  const generated = new Date(input.generatedAt);
  if (!Number.isNaN(generated.getTime())) workbook.created = workbook.modified = generated;

  const onRow = rowProgress(
    tables.reduce((sum, table) => sum + table.rows.length, 0),
    onProgress,
  );
  for (const table of tables) addTableSheet(workbook, table, onRow);

  const buffer = await workbook.xlsx.writeBuffer();
  onProgress?.(1);
  // exceljs declares its own Buffer type; at run time it is Node's Buffer, a Uint8Array.
  return new Uint8Array(buffer as unknown as Uint8Array);
}
