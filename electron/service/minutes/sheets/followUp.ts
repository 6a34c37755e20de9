/**
 * 후속조치: the requests the executive must act on (시정·처리요구, 건의, 자료요구), with deadline,
 * status and action. 회기 comes first because secretaries carry open items from session to session.
 */
import { minutesText } from '@shared/text/minutes';
import { minutesColumns, rowTable } from './columns';
import type { SheetContext } from './context';
import { isFollowUp } from './counts';
import type { SheetTable } from './table';

export function followUpSheet({ rows, sessionLabel }: SheetContext): SheetTable {
  const c = minutesColumns(sessionLabel);
  return rowTable(
    minutesText.sheetNames.followUp,
    [
      c.session, c.division, c.unit, c.projectNumber, c.projectTitle, c.member, c.type,
      c.body, c.dueDate, c.actionStatus, c.action, c.note,
    ],
    rows.filter(isFollowUp),
  );
}
