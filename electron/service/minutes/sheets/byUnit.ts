/**
 * 부서별 집계: annotations per unit and type, and the budget of the projects reviewed per unit.
 * A project with several annotations counts its budget once.
 */
import type { MinutesRow } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';
import type { SheetContext } from './context';
import { countBy, typesPresent } from './counts';
import type { SheetTable, TableColumn } from './table';

interface UnitGroup {
  division: string;
  unit: string;
  rows: MinutesRow[];
}

/** Rows grouped by (실·국, 부서), in the order the sorted rows first meet each unit. */
function groupByUnit(rows: readonly MinutesRow[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const row of rows) {
    const key = `${row.division}\u0000${row.unit}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { division: row.division, unit: row.unit, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** The unit's distinct projects and their budget in 천원 (unknown budgets add nothing). */
function reviewedProjects(rows: readonly MinutesRow[]): { count: number; budget: number } {
  const budgets = new Map<string, number>();
  for (const row of rows) {
    budgets.set(`${row.documentTitle}\u0000${row.projectNumber}\u0000${row.projectTitle}`, row.budgetThousandWon ?? 0);
  }
  let budget = 0;
  for (const value of budgets.values()) budget += value;
  return { count: budgets.size, budget };
}

export function byUnitSheet({ rows }: SheetContext): SheetTable {
  const header = minutesText.columns;
  const types = typesPresent(rows);
  const number = (name: string): TableColumn => ({ header: name, kind: 'number' });
  const columns: TableColumn[] = [
    { header: header.division, maxWidth: 24 },
    { header: header.unit, maxWidth: 24 },
    ...types.map(number),
    number(header.total),
    number(header.projectCount),
    number(header.budget),
  ];

  const body = groupByUnit(rows).map((group) => {
    const byType = countBy(group.rows, (row) => row.type);
    const projects = reviewedProjects(group.rows);
    return [
      group.division,
      group.unit,
      ...types.map((type) => byType.get(type) ?? 0),
      group.rows.length,
      projects.count,
      projects.budget,
    ];
  });
  // Every column after 실·국/부서 is a number, so the footer is the column sums.
  const sums = columns.slice(2).map((_, offset) => body.reduce((sum, cells) => sum + (cells[offset + 2] as number), 0));
  return { name: minutesText.sheetNames.byUnit, columns, rows: body, totals: [header.total, null, ...sums] };
}
