import { describe, expect, it } from 'vitest';
import {
  compactFold,
  foldCase,
  forEachTokenCode,
  hangulBigrams,
  hangulTokenCode,
  hangulTokenText,
  queryWords,
  stripParticles,
  tokenize,
} from '@shared/search/tokenize';

describe('hangulBigrams', () => {
  it('emits the character bigrams of a Hangul run', () => {
    expect(hangulBigrams('교육계획을')).toEqual(['교육', '육계', '계획', '획을']);
  });

  it('keeps a one-syllable run whole and restarts at punctuation', () => {
    expect(hangulBigrams('청렴도, 및 (추진)')).toEqual(['청렴', '렴도', '및', '추진']);
  });

  it('bridges whitespace between Hangul runs, so compounds match however they are spaced', () => {
    expect(hangulBigrams('청렴 교육')).toEqual(['청렴', '렴교', '교육']);
    expect(hangulBigrams('감 사\n담당')).toEqual(['감', '감사', '사', '사담', '담당']);
  });

  it('skips latin and digits', () => {
    expect(hangulBigrams('SDGs 17개 목표')).toEqual(['개', '개목', '목표']);
  });

  it('returns nothing for text without Hangul', () => {
    expect(hangulBigrams('')).toEqual([]);
    expect(hangulBigrams('(123) - e')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps latin and digit runs whole and lowercased, between Hangul bigrams', () => {
    expect(tokenize('청백-e시스템 2023년 SDGs')).toEqual(['청백', 'e', '시스', '스템', '2023', '년', 'sdgs']);
    expect(tokenize('SDGs 목표')).toEqual(['sdgs', '목표']);
  });

  it('splits digits at punctuation (amounts with commas)', () => {
    expect(tokenize('123,210천원')).toEqual(['123', '210', '천원']);
  });

  it('treats hanja like Hangul', () => {
    expect(tokenize('『淸廉』')).toEqual(['淸廉']);
  });

  it('drops punctuation and symbols', () => {
    expect(tokenize('□ ○ - ※ 『』 · …')).toEqual([]);
  });
});

describe('forEachTokenCode', () => {
  const viaCodes = (text: string) => {
    const tokens: string[] = [];
    forEachTokenCode(text, (code) => tokens.push(hangulTokenText(code)), (token) => tokens.push(token));
    return tokens;
  };

  it('yields the tokens of tokenize(), Hangul ones as numbers that read back as the same text', () => {
    for (const text of ['청렴 교육 강화', '감 사 담 당 관', '예산 1,200억원 CCTV 설치', '韓國 행정 支援', '가', 'ABC 힣각 z']) {
      expect(viaCodes(text)).toEqual(tokenize(text));
    }
  });

  it('sends only tokens of Hangul syllables as codes, the rest (hanja, latin, mixed bridges) as text', () => {
    const codes: number[] = [];
    const texts: string[] = [];
    forEachTokenCode('행정 韓國 ok', (code) => codes.push(code), (token) => texts.push(token));
    expect(codes.map(hangulTokenText)).toEqual(['행정']);
    expect(texts).toEqual(['정韓', '韓國', 'ok']);
  });

  it('codes every syllable and pair distinctly below 2^30, and nothing else', () => {
    expect(hangulTokenCode('가')).toBe(0);
    expect(hangulTokenCode('힣')).toBe(11_171);
    expect(hangulTokenCode('힣힣')).toBeLessThan(2 ** 30);
    expect(new Set(['가가', '가각', '각가', '가', '각'].map(hangulTokenCode)).size).toBe(5);
    for (const other of ['a', '韓', '가a', '가나다', '']) expect(hangulTokenCode(other)).toBe(-1);
  });
});

describe('stripParticles', () => {
  it.each([
    ['청렴도를', '청렴도'],
    ['교육계획을', '교육계획'],
    ['주민센터에서', '주민센터'],
    ['복지관으로', '복지관'],
    ['구청장이', '구청장'],
    ['예산까지', '예산'],
    ['수립하는', '수립'],
    ['목표입니다', '목표'],
    ['사업이다', '사업'],
    ['주민에게', '주민'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticles(word)).toBe(stem);
  });

  it('leaves at least two syllables', () => {
    expect(stripParticles('국가')).toBe('국가');
    expect(stripParticles('책을')).toBe('책을');
  });

  it('leaves words without a particle alone', () => {
    expect(stripParticles('청렴')).toBe('청렴');
    expect(stripParticles('SDGs')).toBe('SDGs');
  });

  it('strips a particle after latin', () => {
    expect(stripParticles('SDGs를')).toBe('SDGs');
  });
});

describe('query helpers', () => {
  it('splits a query into words, NFC-normalised, dropping punctuation-only words', () => {
    expect(queryWords('  청렴도를  -  향상 ')).toEqual(['청렴도를', '향상']);
    expect(queryWords('청렴'.normalize('NFD'))).toEqual(['청렴']);
  });

  it('folds case without changing length', () => {
    expect(foldCase('SDGs İ')).toHaveLength('SDGs İ'.length);
    expect(foldCase('SDGs')).toBe('sdgs');
    expect(compactFold('청렴 교육\n계획')).toBe('청렴교육계획');
  });
});
