import { describe, expect, it } from 'vitest';
import {
  canonicalSources,
  findAmounts,
  normalizeSourceName,
  parseAmountToThousandWon,
  parseSourceAmounts,
  parseSources,
  readBudgetValue,
  readUnitsLine,
  toThousandWon,
} from '@shared/parser/money';

describe('parseAmountToThousandWon', () => {
  it.each([
    ['20,916천원', 20916],
    ['41,771백만원', 41771000],
    ['172.5억', 17250000],
    ['15억원', 1500000],
    ['약 1,039억원', 103900000],
    ['1억 5천만원', 150000],
    ['9,860원', 9.86],
    ['200만원', 2000],
    ['3조 2,867억원', 3286700000],
    ['△1,200', -1200],
    ['-2', -2],
    ['52,000', 52000],
  ])('should read %s as %d 천원', (text, want) => {
    expect(parseAmountToThousandWon(text)).toBe(want);
  });

  it('should read bare numbers in the default unit', () => {
    expect(parseAmountToThousandWon('1,294', '백만원')).toBe(1294000);
  });

  it('should not take dates, counts or percentages for amounts', () => {
    expect(parseAmountToThousandWon('2024년 59개 부서 50%')).toBeNull();
    expect(findAmounts('2023. 1월 ~ 11월', '천원')).toEqual([]);
  });

  it('should not read a range `1-2` as a negative', () => {
    expect(findAmounts('1-2', '천원').map((a) => a.thousandWon)).toEqual([1, 2]);
  });

  it('should convert units', () => {
    expect(toThousandWon(1, '억원')).toBe(100000);
    expect(toThousandWon(1, '원')).toBe(0.001);
  });
});

describe('readUnitsLine', () => {
  it.each([
    ['(단위: 천원)', '천원'],
    ['(단위 : 건, 백만원)', '백만원'],
    ['(단위 : 억원)', '억원'],
    ['〈단위: 회/명〉', null],
  ])('should read %s', (text, want) => {
    expect(readUnitsLine(text)).toBe(want);
  });
});

describe('sources', () => {
  it.each([
    ['【구비】', ['구비']],
    ['(구비)', ['구비']],
    ['[구비]', ['구비']],
    ['(전액 구비)', ['구비']],
    ['【국비 800,000천원, 시비 2,273,000천원, 구비 1,011,000천원】', ['국비', '시비', '구비']],
    ['【사비 1,857,545천원 구비1,731,713천원】', ['시비', '구비']],
    ['【구바:1,180,100천원 시바: 44,250천원】', ['시비', '구비']],
    ['【시 130,000천원, 구 943,067천원】', ['시비', '구비']],
    ['【구비 8,724,454천원, 국·시·비 1,020,079천원】', ['국비', '시비', '구비']],
    ['국 구 (50%, 50%)', ['국비', '구비']],
    ['구비 52,000천원(청소행정과)', ['구비']],
    ['【문화예술진흥기금】', ['문화예술진흥기금']],
    ['【구비(중소기업육성기금)】', ['구비']],
    ['【균특 4,050천원 시비 4,125천원 구비2,422,107천원】', ['균특', '시비', '구비']],
    ['(시비 100%)', ['시비']],
    ['(국·시비 각 50%)', ['국비', '시비']],
    ['29,814백만원 (사·구비 50:50)', ['시비', '구비']],
    ['국·시·구비 : 1,055,095천원', ['국비', '시비', '구비']],
    ['3,865백만원 ※ 구비 50% 별도', []],
    ['2,555백만원(시비 50%) ※ 구비 50% 별도', ['시비']],
  ])('should read the sources of %s', (text, want) => {
    expect(parseSources(text)).toEqual(want);
  });

  it('should not read words that contain a source syllable', () => {
    expect(parseSources('조사비 및 감사비 지원')).toEqual([]);
  });

  it('should order, dedupe and normalise source names', () => {
    expect(canonicalSources(['구비', '기타', '국고', '사비', '구비', '문화예술진흥기금', '기금'])).toEqual([
      '국비',
      '시비',
      '구비',
      '기금',
      '기타',
      '문화예술진흥기금',
    ]);
    expect(normalizeSourceName('구바')).toBe('구비');
    expect(normalizeSourceName('무엇')).toBeNull();
  });

  it('should not split a joint amount between two sources', () => {
    expect(parseSourceAmounts('【구비 8,724,454천원, 국·시·비 1,020,079천원】')).toEqual({ 구비: 8724454 });
  });

  it('should read the amount of each source', () => {
    expect(parseSourceAmounts('【국비 800,000천원, 시비 2,273,000천원, 구비 1,011,000천원】')).toEqual({
      국비: 800000,
      시비: 2273000,
      구비: 1011000,
    });
  });
});

describe('readBudgetValue', () => {
  it('should read a total with its source marker', () => {
    expect(readBudgetValue(': 20,916천원 【구비】')).toMatchObject({ thousandWon: 20916, sources: ['구비'], nonBudget: false });
  });

  it('should read the unit written before the number', () => {
    expect(readBudgetValue('천원: 52,000 구비( )')).toMatchObject({ thousandWon: 52000, sources: ['구비'] });
  });

  it('should read a source written before the amount', () => {
    expect(readBudgetValue('구비 52,000천원(청소행정과)')).toMatchObject({ thousandWon: 52000, sources: ['구비'] });
  });

  it('should treat 원 as 천원 when the parts in 천원 add up to the figure', () => {
    const r = readBudgetValue('1,194,350원 【구비 1,150,100천원, 시비 44,250천원】');
    expect(r.thousandWon).toBe(1194350);
    expect(r.bySource).toEqual({ 구비: 1150100, 시비: 44250 });
  });

  it('should say 비예산 is no budget, not an unknown one', () => {
    expect(readBudgetValue('비예산 [자체분석]')).toMatchObject({ thousandWon: null, nonBudget: true });
  });

  it('should leave `…중 일부` empty', () => {
    expect(readBudgetValue('1,000천원 중 일부')).toMatchObject({ thousandWon: null, partial: true });
  });

  it('should read 억 and 백만원 totals', () => {
    expect(readBudgetValue('15억원(특교세 9억원, 구비 1억원)').thousandWon).toBe(1500000);
    expect(readBudgetValue("1,294백만원(시비 100%)")).toMatchObject({ thousandWon: 1294000, sources: ['시비'] });
  });
});

describe('province and county sources', () => {
  it('should read 도비 and 군비 as sources, ranked with 시비 and 구비', async () => {
    const { parseSources } = await import('@shared/parser/money');
    expect(parseSources('□ 소요예산 : 30,000천원 【국비 10,000천원, 도비 5,000천원, 군비 15,000천원】')).toEqual(['국비', '도비', '군비']);
    expect(parseSources('소요예산 12,000천원 (군비)')).toEqual(['군비']);
  });
});
