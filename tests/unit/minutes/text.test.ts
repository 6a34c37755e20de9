import { describe, expect, it } from 'vitest';
import { displayWidth, looksLikeFormula } from '../../../electron/service/minutes/cellText';
import { compareNatural } from '../../../electron/service/minutes/select';

describe('minutes cell text', () => {
  it('should count Hangul and CJK as two columns and latin as one', () => {
    expect(displayWidth('행정지원과')).toBe(10);
    expect(displayWidth('I-1-2')).toBe(5);
    expect(displayWidth('예산 20,916천원')).toBe(4 + 1 + 6 + 4);
    expect(displayWidth('行政')).toBe(4);
  });

  it('should treat = + - @ and tab/CR-prefixed text as formula-like', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', '＝1']) expect(looksLikeFormula(text)).toBe(true);
    for (const text of ['1+1', '질의 =', '', ' 예산']) expect(looksLikeFormula(text)).toBe(false);
  });

  it('should order project numbers naturally', () => {
    const numbers = ['10', '2', '1-10', '1-2', 'I-1-2', '1'];
    expect(numbers.sort(compareNatural)).toEqual(['1', '1-2', '1-10', '2', '10', 'I-1-2']);
  });
});
