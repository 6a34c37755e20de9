import { describe, expect, it } from 'vitest';
import { normalizeText } from '@shared/parser/normalize';
import { splitLines } from '@shared/parser/lines';

describe('normalizeText', () => {
  it('should strip a BOM and turn CRLF and CR into LF', () => {
    expect(normalizeText('\uFEFF가\r\n나\r다')).toBe('가\n나\n다');
  });

  it('should fold ☐ into □, full-width ASCII into ASCII and NBSP into a space', () => {
    expect(normalizeText('☐ 소요예산\u00A0：\uFF12\uFF10천원')).toBe('□ 소요예산 :20천원');
  });

  it('should compose decomposed Hangul (NFC)', () => {
    expect(normalizeText('\u1112\u1161\u11AB')).toBe('한');
  });

  it('should keep the number of lines, so positions stay true', () => {
    const input = 'a\r\nb\u2028c\rd\n\u0000e\n';
    expect(splitLines(normalizeText(input)).length).toBe(input.replace(/\r\n/g, '\n').split(/\n|\r/).length);
  });

  it('should keep tabs and replace other control characters with spaces', () => {
    expect(normalizeText('a\tb\u0007c')).toBe('a\tb c');
  });

  it('should blank page footers and remove the indentation all text lines share', () => {
    expect(normalizeText('가\n- 12 -\n나\n – 3 – ')).toBe('가\n\n나\n');
    expect(normalizeText(' 1. 제목\n  - 기 간\n\t셀\n\n □ 소요예산')).toBe('1. 제목\n - 기 간\n\t셀\n\n□ 소요예산');
    expect(normalizeText('1. 제목\n  - 기 간')).toBe('1. 제목\n  - 기 간');
  });
});
