/**
 * Title similarity (Dice coefficient on character bigrams, punctuation and spaces ignored), used to
 * match body headings against a table of contents whose titles may be shortened or misspelt.
 */

import { diceOfGrams, gramCounts } from '../similarity';

/** Remove spaces and punctuation that TOCs and bodies spell differently. */
export function squashTitle(s: string): string {
  return s.normalize('NFC').replace(/[\s·ㆍ.,:;'"‘’“”「」『』<>〈〉()[\]【】\-*]/g, '');
}

/** Dice coefficient of the bigram multisets of two titles, 0..1. Linear in the input length. */
export function titleSimilarity(a: string, b: string): number {
  const x = squashTitle(a);
  const y = squashTitle(b);
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  return diceOfGrams(gramCounts(x), gramCounts(y));
}
