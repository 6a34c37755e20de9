/**
 * The responsible department of a project sheet: the row after `사업(과업) 소관` gives
 * 담당과 / 담당팀 / 담당자 / 연락처, the department in its first non-empty cell.
 * > | 사업(과업) 소관→→담당과→담당팀→담당자→연락처
 * > | →→복지정책과→복지자원팀→권수민→450-7494
 * > | →→사회복지장애 인과→…          (a name split inside its cell: spaces are removed)
 */
import type { Line } from '../../lines';
import { departmentLevel, isDepartmentName } from '../orgUnits';
import type { SheetField } from './sheetFields';
import { cellsOf, plainCell } from './sheetFields';

export interface SheetDepartment {
  name: string;
  level: string;
  /** Index of the row naming it. */
  index: number;
}

/** Header words of the 소관 table, never a department even when they end like one. */
const OWNER_HEADER_WORDS = new Set(['담당과', '담당부서', '소관부서', '부서']);

/**
 * The first department-shaped cell of the 소관 rows: normally the first cell of the row after the
 * header; a sheet that writes it on the 소관 row itself (`사업(과업) 소관→복지정책과→…`) works too.
 */
export function readSheetDepartment(lines: Line[], fields: SheetField[]): SheetDepartment | null {
  const owner = fields.find((f) => f.name === '소관' && !f.narrative);
  if (!owner) return null;
  for (const i of owner.rows) {
    const cells = cellsOf(lines[i]).map(plainCell);
    for (const cell of i === owner.rows[0] ? cells.slice(1) : cells) {
      const name = cell.replace(/\s+/g, '');
      if (!name || OWNER_HEADER_WORDS.has(name)) continue;
      if (isDepartmentName(name)) return { name, level: departmentLevel(name), index: i };
      if (i !== owner.rows[0]) break; // the row's first value is not a department: do not guess from later columns
    }
  }
  return null;
}
