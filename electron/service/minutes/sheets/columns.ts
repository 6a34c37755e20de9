/**
 * Columns shared by the per-annotation sheets (질의답변, 자료요구, 후속조치) and the CSV, so a header
 * and the value under it are defined once.
 */
import type { MinutesRow } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import type { SheetTable, TableCell, TableColumn } from './table';

/** A column of a per-annotation sheet: a header and how to read its value from a row. */
export interface RowColumn extends TableColumn {
  value: (row: MinutesRow) => TableCell;
}

const header = minutesText.columns;
const text = (value: string | undefined): string => value ?? '';

/** 내용: the body, then the quoted document text it marks, if any. */
function bodyWithQuote(row: MinutesRow): string {
  return row.quote ? `${row.body}\n[${minutesText.quoteLabel}] ${row.quote}` : row.body;
}

/**
 * Every per-annotation column; `sessionLabel` is the same on every row ("제331회 임시회 제1차").
 * Long-text columns are capped narrower than the sheet default so the 15 columns of 질의답변 print
 * legibly on A4 landscape: text wraps down rather than out.
 */
export function minutesColumns(sessionLabel: string) {
  return {
    session: { header: header.session, value: () => sessionLabel },
    date: { header: header.date, value: (row) => row.date },
    division: { header: header.division, maxWidth: 14, value: (row) => row.division },
    unit: { header: header.unit, maxWidth: 14, value: (row) => row.unit },
    projectNumber: { header: header.projectNumber, maxWidth: 12, value: (row) => row.projectNumber },
    projectTitle: { header: header.projectTitle, maxWidth: 24, value: (row) => row.projectTitle },
    member: { header: header.member, maxWidth: 12, value: (row) => row.memberName },
    type: { header: header.type, maxWidth: 10, value: (row) => row.type },
    body: { header: header.body, maxWidth: 40, value: bodyWithQuote },
    requestBody: { header: header.requestBody, maxWidth: 40, value: bodyWithQuote },
    responder: { header: header.responder, maxWidth: 14, value: (row) => text(row.responder) },
    answerSummary: { header: header.answerSummary, maxWidth: 36, value: (row) => text(row.answerSummary) },
    action: { header: header.action, maxWidth: 28, value: (row) => text(row.action) },
    dueDate: { header: header.dueDate, value: (row) => text(row.dueDate) },
    actionStatus: { header: header.actionStatus, value: (row) => text(row.actionStatus) },
    received: {
      header: header.received,
      value: (row) => (row.received ? minutesText.received.yes : minutesText.received.no),
    },
    note: { header: header.note, maxWidth: 16, value: (row) => text(row.note) },
  } satisfies Record<string, RowColumn>;
}

/** A sheet with one row per annotation, in the given columns. */
export function rowTable(name: string, columns: RowColumn[], rows: readonly MinutesRow[]): SheetTable {
  return { name, columns, rows: rows.map((row) => columns.map((column) => column.value(row))) };
}
