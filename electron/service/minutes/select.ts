/** Which annotations go into the minutes, and in what order. Shared by the workbook and the CSV. */
import type { MinutesOptions, MinutesRow } from '@shared/model/minutes';

/** Korean collation with digit runs compared as numbers: 사업 2 before 사업 10, 1-2 before 1-10. */
const naturalCollator = new Intl.Collator('ko', { numeric: true, sensitivity: 'variant' });

/** Natural-order comparison of two labels (unit names, project numbers). */
export function compareNatural(a: string, b: string): number {
  return naturalCollator.compare(a, b);
}

/** Agenda order, then unit, then project number (natural order), then date. */
export function compareMinutesRows(a: MinutesRow, b: MinutesRow): number {
  return (
    a.agendaOrder - b.agendaOrder ||
    compareNatural(a.unit, b.unit) ||
    compareNatural(a.projectNumber, b.projectNumber) ||
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
  );
}

/** A filter list that is missing or empty selects everything. */
function toFilter(values: string[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

/**
 * The rows to export, sorted: private rows (메모) only when `includePrivate`, then the member and
 * document filters. Returns a new array; the input is not touched.
 */
export function selectMinutesRows(rows: readonly MinutesRow[], options: MinutesOptions = {}): MinutesRow[] {
  const members = toFilter(options.memberNames);
  const documents = toFilter(options.documentTitles);
  return rows
    .filter(
      (row) =>
        (options.includePrivate || !row.private) &&
        (!members || members.has(row.memberName)) &&
        (!documents || documents.has(row.documentTitle)),
    )
    .sort(compareMinutesRows);
}
