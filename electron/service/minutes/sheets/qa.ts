/** 질의답변: one row per annotation, in the columns councils' 회의록 tables use. */
import { minutesText } from '@shared/text/minutes';
import { minutesColumns, rowTable, type RowColumn } from './columns';
import type { SheetContext } from './context';
import type { SheetTable } from './table';

/** 회기, 일자, 실·국, 부서, 사업번호, 사업명, 의원명, 구분, 내용, 답변자, 답변 요지, 조치사항, 처리기한, 조치상태, 비고. */
export function qaColumns(sessionLabel: string): RowColumn[] {
  const c = minutesColumns(sessionLabel);
  return [
    c.session, c.date, c.division, c.unit, c.projectNumber, c.projectTitle, c.member, c.type,
    c.body, c.responder, c.answerSummary, c.action, c.dueDate, c.actionStatus, c.note,
  ];
}

export function qaSheet({ rows, sessionLabel }: SheetContext): SheetTable {
  return rowTable(minutesText.sheetNames.qa, qaColumns(sessionLabel), rows);
}
