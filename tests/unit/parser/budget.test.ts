import { describe, expect, it } from 'vitest';
import { splitLines as split } from '@shared/parser/lines';
import { normalizeText } from '@shared/parser/normalize';
import { readBudgetStatement, readProjectBudget } from '@shared/parser/budget';

// The parser always normalises first (☐ → □); so do the tests.
const splitLines = (text: string) => split(normalizeText(text));

const budgetOf = (text: string) => {
  const lines = splitLines(text);
  return readProjectBudget(lines, 0, lines.length);
};

describe('readBudgetStatement', () => {
  it.each([
    ['□ 소요예산 : 20,916천원 【구비】', '소요예산'],
    ['☐ 소요예산: 구비 52,000천원(청소행정과)', '소요예산'],
    ['- 소 요 예 산 : 4,308,127천원 【구비】', '소요예산'],
    ["- 소요예산('24년) : 1,294백만원(시비 100%)", '소요예산'],
    ['□ **소요예산 : 1,837,610천원 [시비 1,286,627천원, 구비 550,983천원]**', '소요예산'],
    ['- 총사업비 : 2,251,288천원【구비】', '총사업비'],
    ['□ 사 업 비 : 2억원(시비100%)', '사업비'],
  ])('should read %s', (text, label) => {
    expect(readBudgetStatement(splitLines(text)[0])?.label).toBe(label);
  });

  it('should ignore notes and table rows', () => {
    expect(readBudgetStatement(splitLines('※ 총 사업비(안) 3,803,616천원')[0])).toBeNull();
    expect(readBudgetStatement(splitLines('소요예산\t1,000')[0])).toBeNull();
    expect(readBudgetStatement(splitLines('- 사업비지원 : 기업당 100만원')[0])).toBeNull();
  });
});

describe('readProjectBudget', () => {
  it('should read the item-level total and its sources', () => {
    const { budget } = budgetOf('□ 사업개요\n- 내용\n\n□ 소요예산 : 20,916천원 【구비】\n\n□ 기대효과');
    expect(budget).toMatchObject({ thousandWon: 20916, sources: ['구비'], nonBudget: false, raw: '□ 소요예산 : 20,916천원 【구비】' });
    expect(budget.position?.start.line).toBe(4);
  });

  it('should take the source marker from the next line', () => {
    const { budget } = budgetOf('□ 소요예산 : 4,084,000천원\n\n【국비 800,000천원, 시비 2,273,000천원, 구비 1,011,000천원】');
    expect(budget.thousandWon).toBe(4084000);
    expect(budget.sources).toEqual(['국비', '시비', '구비']);
    expect(budget.bySource).toEqual({ 국비: 800000, 시비: 2273000, 구비: 1011000 });
  });

  it('should prefer 소요예산 over a multi-year 총사업비', () => {
    const { budget } = budgetOf('- 총사업비 : 41,771백만원\n- 소요예산 : 1,000,000천원 【시비 900,000천원, 구비 100,000천원】');
    expect(budget.thousandWon).toBe(1000000);
  });

  it('should fall back to 총사업비 in 억', () => {
    expect(budgetOf('- 총사업비 : 172.5억').budget.thousandWon).toBe(17250000);
  });

  it('should leave the total unknown when only sub-projects state budgets', () => {
    const text = ['6-1. 통합관리시스템 운영', '- 소요예산 : 7,760천원', '6-2. 규정 제정', '- 제정목적 : 공정성'].join('\n');
    expect(budgetOf(text).budget.thousandWon).toBeNull();
    const siblings = ['○ 가 사업', '- 소요예산 : 4,800천원 【구비】', '○ 나 사업', '- 소요예산 : 11,400천원 【구비】'].join('\n');
    expect(budgetOf(siblings).budget.thousandWon).toBeNull();
  });

  it('should mark 비예산 as no budget', () => {
    const { budget, diagnostics } = budgetOf('□ 소요예산 : 비예산');
    expect(budget).toMatchObject({ thousandWon: null, nonBudget: true });
    expect(diagnostics).toEqual([]);
  });

  it('should report a figure it cannot read, in Korean', () => {
    const { diagnostics } = budgetOf('□ 소요예산 : 추후 확정 1억');
    expect(diagnostics).toEqual([]);
    const bad = budgetOf('□ 소요예산 : 미정');
    expect(bad.diagnostics[0]).toMatchObject({ ruleId: 'parser:budget-unreadable', reason: '소요예산 금액을 읽지 못했습니다' });
  });
});
