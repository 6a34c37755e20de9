import { describe, expect, it } from 'vitest';
import { indentOf, isBlank, joinLines, nextNonBlank, prevNonBlank, splitLines } from '@shared/parser/lines';
import { spanLines } from '@shared/parser/position';

describe('splitLines', () => {
  it('should number lines from 1 and carry offsets, squashed text and tabs', () => {
    const lines = splitLines('보 고 순 서\n1. 제목\t2\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ n: 1, text: '보 고 순 서', squashed: '보고순서', hasTab: false, offset: 0 });
    expect(lines[1]).toMatchObject({ n: 2, hasTab: true, offset: 8 });
    expect(lines[2]).toMatchObject({ n: 3, text: '', offset: 16 });
  });

  it('should give one empty line for empty text', () => {
    expect(splitLines('')).toEqual([{ n: 1, text: '', squashed: '', hasTab: false, offset: 0 }]);
  });
});

describe('line helpers', () => {
  const lines = splitLines('\n  \n가\n\n나\n');
  it('should find blank and non-blank lines', () => {
    expect(isBlank(lines[1])).toBe(true);
    expect(nextNonBlank(lines, 0)).toBe(2);
    expect(prevNonBlank(lines, 3)).toBe(2);
    expect(nextNonBlank(lines, 5)).toBe(-1);
  });

  it('should join a range without its blank edges', () => {
    expect(joinLines(lines, 0, lines.length)).toBe('가\n\n나');
  });

  it('should measure indentation', () => {
    expect(indentOf('  - 가')).toBe(2);
  });

  it('should make positions that cover whole lines', () => {
    const pos = spanLines(lines, 2, 4);
    expect(pos.start).toEqual({ line: 3, column: 1, offset: 4 });
    expect(pos.end).toEqual({ line: 5, column: 2, offset: 8 });
    expect(spanLines([], 0, 3).start.line).toBe(1);
  });
});
