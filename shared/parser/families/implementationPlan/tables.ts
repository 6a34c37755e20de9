/**
 * Tables of an 이행계획 page survive only as space-joined rows; the header row is recognisable
 * because its bold cells were printed twice:
 * > | 구구분분 22001199 22002200 22002211        ← header (undoubled: 구분 2019 2020 2021)
 * > | 성인지예산 사업 개수 49 36 51
 * > | 성인지 예산액 백만원( ) 22,007 14,376 55,382
 * A table runs from such a header to the next blank-line-separated bullet (`○`, `-`) or the end.
 */
import type { Line } from '../../lines';
import { isBlank } from '../../lines';
import { spanLines } from '../../position';
import type { TableNode } from '../../types';
import { undoubleLine } from './glyphs';

const BULLET_START = /^\s*[○〇●◦•□▸※-]/;

/** Tables with a doubled header row inside lines[from, to). */
export function findDoubledHeaderTables(lines: Line[], from: number, to: number): TableNode[] {
  const tables: TableNode[] = [];
  for (let i = from; i < to; i++) {
    const header = undoubleLine(lines[i].text);
    if (header === lines[i].text) continue;
    const rows: string[][] = [header.trim().split(/\s+/)];
    let last = i;
    for (let j = i + 1; j < to; j++) {
      if (isBlank(lines[j])) continue;
      if (BULLET_START.test(lines[j].text)) break;
      rows.push(undoubleLine(lines[j].text).trim().split(/\s+/));
      last = j;
    }
    tables.push({ type: 'table', rows, position: spanLines(lines, i, last) });
    i = last;
  }
  return tables;
}
