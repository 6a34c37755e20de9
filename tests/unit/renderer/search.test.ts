import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../renderer/state/search';

describe('search highlights', () => {
  it('should split a snippet into plain and marked parts', () => {
    expect(highlightParts('청렴도를 높이는 청렴 시책', [[0, 3], [9, 11]])).toEqual([
      { text: '청렴도', mark: true },
      { text: '를 높이는 ', mark: false },
      { text: '청렴', mark: true },
      { text: ' 시책', mark: false },
    ]);
  });

  it('should survive overlapping, unsorted and out-of-range ranges', () => {
    expect(highlightParts('abcdef', [[3, 99], [1, 4], [-5, 0]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'ef', mark: true },
    ]);
    expect(highlightParts('', [[0, 2]])).toEqual([]);
  });
});
