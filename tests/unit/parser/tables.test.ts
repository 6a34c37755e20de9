import { describe, expect, it } from 'vitest';
import { splitLines } from '@shared/parser/lines';
import { collectTables, findTableRuns, isUnitsLine, splitCells, stripCellHtml } from '@shared/parser/tables';

describe('tables', () => {
  it('should take a tab-separated run as a table with the units line before it', () => {
    const lines = splitLines('2. 예산 현황\n\n(단위: 천원)\n\n단 위 사 업\t예산액\t비고(증감)\n합 계\t311,736\t△4,786\n\n다음 문단');
    const [table] = collectTables(lines);
    expect(table.unitsLine).toBe('(단위: 천원)');
    expect(table.rows).toEqual([
      ['단 위 사 업', '예산액', '비고(증감)'],
      ['합 계', '311,736', '△4,786'],
    ]);
    expect(table.position.start.line).toBe(5);
    expect(table.position.end.line).toBe(6);
  });

  it('should keep empty cells of merged headers and continuation rows', () => {
    expect(splitCells('\t\t5급\t6급')).toEqual(['', '', '5급', '6급']);
  });

  it('should name a table by the marked line before it', () => {
    const lines = splitLines('□ 직원 현황\n\n(2024. 1. 1. 기준 / 명)\n\n구분\t계\n정원\t26');
    const [table] = collectTables(lines);
    expect(table.caption).toBe('□ 직원 현황');
    expect(table.unitsLine).toBe('(2024. 1. 1. 기준 / 명)');
  });

  it('should split runs at blank lines', () => {
    const lines = splitLines('a\tb\n\nc\td\ne\tf');
    expect(findTableRuns(lines)).toEqual([
      { from: 0, to: 0 },
      { from: 2, to: 3 },
    ]);
  });

  it('should strip only known HTML tags from cells', () => {
    expect(stripCellHtml('<ul style="list-style-type: none"> - 점검 <div>완료</div>')).toBe('- 점검 완료');
    expect(stripCellHtml('<헤어 한우리> 운영')).toBe('<헤어 한우리> 운영');
  });

  it('should recognise units lines', () => {
    expect(isUnitsLine('(단위 : 건, 백만원)')).toBe(true);
    expect(isUnitsLine('〈단위: 회/명〉')).toBe(true);
    expect(isUnitsLine('단위사업 설명')).toBe(false);
  });
});
