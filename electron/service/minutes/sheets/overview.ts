/** 개요: the session header, the export's scope, and counts by type and by follow-up status. */
import { ACTION_STATUSES, type MinutesRow } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import type { SheetContext } from './context';
import { countBy, isFollowUp, isOpenFollowUp, typesPresent } from './counts';
import type { SheetTable, TableCell } from './table';

/** Rows that carry a follow-up status: the follow-up types, and any other row someone gave one. */
function withStatus(rows: readonly MinutesRow[]): MinutesRow[] {
  return rows.filter((row) => isFollowUp(row) || row.actionStatus);
}

/** Statuses in the councils' order, then any others, each with its count. */
function statusCounts(rows: readonly MinutesRow[]): [string, number][] {
  const counts = countBy(withStatus(rows), (row) => row.actionStatus || minutesText.noStatus);
  const order: string[] = [...ACTION_STATUSES, minutesText.noStatus];
  return [...counts].sort(([a], [b]) => rank(order, a) - rank(order, b));
}

/** "2024-01-22 18:00" in the computer's time zone (the secretary's own clock); unparseable text as given. */
function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

export function overviewSheet({ input, options, rows, sessionLabel }: SheetContext): SheetTable {
  const text = minutesText.overview;
  const { session } = input;
  const body: TableCell[][] = [];
  const sectionRows = new Set<number>();
  const line = (label: string, value: TableCell) => body.push([label, value]);
  const section = (label: string) => {
    body.push([null, null]);
    sectionRows.add(body.length);
    body.push([label, null]);
  };

  line(text.sessionRound, sessionLabel);
  if (session.council) line(text.council, session.council);
  line(text.committee, session.committee);
  line(text.title, session.title);
  line(text.dates, minutesText.dateRange(session.startDate, session.endDate));
  line(text.members, session.membersPresent.join(', '));
  line(text.generatedAt, localDateTime(input.generatedAt));
  if (options.memberNames?.length) line(text.scopeMembers, options.memberNames.join(', '));
  if (options.documentTitles?.length) line(text.scopeDocuments, options.documentTitles.join('\n'));
  if (options.includePrivate) line(text.privateIncluded, text.privateIncludedValue);
  line(text.rowCount, rows.length);
  line(text.openFollowUps, rows.filter(isOpenFollowUp).length);

  section(text.byType);
  const byType = countBy(rows, (row) => row.type);
  for (const type of typesPresent(rows)) line(type, byType.get(type) ?? 0);

  section(text.byStatus);
  for (const [status, count] of statusCounts(rows)) line(status, count);

  return {
    name: minutesText.sheetNames.overview,
    columns: [
      { header: minutesText.columns.item, maxWidth: 20 },
      { header: minutesText.columns.value },
    ],
    rows: body,
    sectionRows,
    autoFilter: false,
  };
}
