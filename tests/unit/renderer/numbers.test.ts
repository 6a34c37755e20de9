/**
 * Numbers as Korean text through formatters made once (shared/text/numbers.ts): the same text as
 * `toLocaleString('ko-KR')` gave, so the money shown in the library and the outline did not change.
 */
import { describe, expect, it } from 'vitest';
import { koDecimal1, koNumber } from '../../../shared/text/numbers';
import { uiText } from '../../../shared/text/ui';

const before = (thousandWon: number) => {
  if (thousandWon >= 100_000) return `${(thousandWon / 100_000).toLocaleString('ko-KR', { maximumFractionDigits: 1 })}억원`;
  if (thousandWon >= 1_000) return `${Math.round(thousandWon / 1_000).toLocaleString('ko-KR')}백만원`;
  return `${thousandWon.toLocaleString('ko-KR')}천원`;
};

describe('Korean numbers', () => {
  it('groups thousands and keeps up to three decimals, or one', () => {
    expect(koNumber(1234567)).toBe('1,234,567');
    expect(koNumber(0.12345)).toBe('0.123');
    expect(koNumber(-4500)).toBe('-4,500');
    expect(koDecimal1(12.345)).toBe('12.3');
    expect(koDecimal1(3)).toBe('3');
  });

  it('writes every sum in 천원, 백만원 and 억원 as before', () => {
    const sums = [0, 1, 999, 1_000, 1_499, 1_500, 99_999, 100_000, 125_000, 149_999, 1_234_567, 987_654_321];
    for (const n of sums) expect(uiText.money.short(n)).toBe(before(n));
    for (const n of sums) expect(uiText.money.thousandWon(n)).toBe(`${n.toLocaleString('ko-KR')}천원`);
  });
});
