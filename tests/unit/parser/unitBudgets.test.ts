import { describe, expect, it } from 'vitest';
import type { PlanDocument, TableNode } from '@shared/parser/types';
import { budgetByUnit, budgetTableTotal, parseAmount } from '@shared/unitBudgets';
import { pos, project } from '../renderer/fixtures';

const table = (line: number, rows: string[][], unitsLine = '(단위: 천원)'): TableNode => ({ type: 'table', rows, unitsLine, position: pos(line) });

function doc(tables: TableNode[]): PlanDocument {
  const status = { ...project('감사담당관', 'status', '2', '예산 현황'), position: { start: pos(90).start, end: pos(104).end } };
  return {
    type: 'document',
    family: 'work-report',
    title: '',
    issuer: '',
    date: '',
    units: [
      { type: 'unit', name: '감사담당관', level: '담당관', position: pos(33) },
      { type: 'unit', name: '홍보담당관', level: '담당관', position: pos(700) },
    ],
    sections: [],
    projects: [status, project('감사담당관', 'results', '1', '실적', 999), project('감사담당관', 'plans', '1', '청렴', 60_000), project('감사담당관', 'plans', '2', '감사', 40_000), project('홍보담당관', 'plans', '1', '소식지', 10)],
    tables,
    diagnostics: [],
    lineCount: 1000,
  };
}

describe('budget at a glance', () => {
  it('should read amounts with commas and △ as negative', () => {
    expect(parseAmount('311,736')).toBe(311736);
    expect(parseAmount('△4,786')).toBe(-4786);
    expect(parseAmount('비고')).toBeNull();
  });

  it('should take the 합 계 row of a budget table, converting 백만원', () => {
    expect(budgetTableTotal(table(95, [['단 위 사 업', '예산액', '비고'], ['합 계', '311,736', '△4,786']]))).toBe(311736);
    expect(budgetTableTotal(table(95, [['구분', '예산액'], ['계', '12']], '(단위: 백만원)'))).toBe(12000);
    expect(budgetTableTotal(table(95, [['구분', '정원'], ['계', '26']], '(명)'))).toBeNull();
  });

  it('should sum each unit and flag a unit table that disagrees with its plans projects', () => {
    const units = budgetByUnit(doc([table(95, [['단 위 사 업', '예산액'], ['합 계', '100,001']])]));
    const audit = units.find((u) => u.unit === '감사담당관')!;
    expect(audit).toMatchObject({ total: 100_999, plansTotal: 100_000, mismatch: true, table: { total: 100_001, line: 95 }, questionProjectKey: '감사담당관|status|2' });
    expect(units.find((u) => u.unit === '홍보담당관')).toMatchObject({ total: 10, mismatch: false });
    expect(units.find((u) => u.unit === '홍보담당관')!.table).toBeUndefined();
  });

  it('should not flag a unit whose table agrees', () => {
    const [audit] = budgetByUnit(doc([table(95, [['단 위 사 업', '예산액'], ['합 계', '100,000']])]));
    expect(audit.mismatch).toBe(false);
  });
});
