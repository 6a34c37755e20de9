/** 자료요구: the requests for documents, with their deadline and whether they arrived. */
import { DOCUMENT_REQUEST_TYPE } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import { minutesColumns, rowTable } from './columns';
import type { SheetContext } from './context';
import type { SheetTable } from './table';

export function requestsSheet({ rows, sessionLabel }: SheetContext): SheetTable {
  const c = minutesColumns(sessionLabel);
  return rowTable(
    minutesText.sheetNames.requests,
    [c.date, c.division, c.unit, c.projectNumber, c.projectTitle, c.member, c.requestBody, c.dueDate, c.received, c.note],
    rows.filter((row) => row.type === DOCUMENT_REQUEST_TYPE),
  );
}
