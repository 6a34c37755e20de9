import { describe, expect, it } from 'vitest';
import { minutesFileName } from '../../../electron/service/minutes/fileName';
import { sampleInput } from './fixture';

describe('minutesFileName', () => {
  it('should name the file after session, committee and first day', () => {
    expect(minutesFileName(sampleInput.session)).toBe('제331회_행정복지위원회_회의록_2024-01-16.xlsx');
  });

  it('should take another extension, with or without a dot', () => {
    expect(minutesFileName(sampleInput.session, 'csv')).toBe('제331회_행정복지위원회_회의록_2024-01-16.csv');
    expect(minutesFileName(sampleInput.session, '.csv')).toBe('제331회_행정복지위원회_회의록_2024-01-16.csv');
  });

  it('should replace characters Windows refuses, and spaces', () => {
    const session = { ...sampleInput.session, committee: '예산결산 특별위원회 <2/3>: "안"?*|\\.' };
    expect(minutesFileName(session)).toBe('제331회_예산결산_특별위원회_2_3_안_회의록_2024-01-16.xlsx');
  });

  it('should compose decomposed Hangul (NFD from macOS) into NFC', () => {
    const session = { ...sampleInput.session, committee: '행정복지위원회'.normalize('NFD') };
    expect(minutesFileName(session)).toBe('제331회_행정복지위원회_회의록_2024-01-16.xlsx');
  });

  it('should skip empty parts and keep long names short', () => {
    expect(minutesFileName({ ...sampleInput.session, committee: '', startDate: '' })).toBe('제331회_회의록.xlsx');
    const long = minutesFileName({ ...sampleInput.session, committee: '위'.repeat(300) });
    expect(long.length).toBeLessThanOrEqual(125);
  });
});
