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

export function readSheetDepartment(lines: Line[], fields: SheetField[]): SheetDepartment | null {
  const owner = fields.find((f) => f.name === '소관' && !f.narrative);
  if (!owner) return null;
  for (const i of owner.rows.slice(1)) {
    const first = cellsOf(lines[i]).map(plainCell).find(Boolean);
    if (!first) continue;
    const name = first.replace(/\s+/g, '');
    if (name === '담당과' || !isDepartmentName(name)) return null;
    return { name, level: departmentLevel(name), index: i };
  }
  return null;
}
