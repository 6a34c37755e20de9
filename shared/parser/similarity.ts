/**
 * Title similarity (Dice coefficient on character bigrams, punctuation and spaces ignored), used to
 * match body headings against a table of contents whose titles may be shortened or misspelt.
 */

/** Remove spaces and punctuation that TOCs and bodies spell differently. */
export function squashTitle(s: string): string {
  return s.normalize('NFC').replace(/[\s·ㆍ.,:;'"‘’“”「」『』<>〈〉()[\]【】\-*]/g, '');
}

/** Dice coefficient of the bigram multisets of two titles, 0..1. Linear in the input length. */
export function titleSimilarity(a: string, b: string): number {
  const x = squashTitle(a);
  const y = squashTitle(b);
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let hit = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const c = counts.get(g);
    if (c) {
      hit++;
      counts.set(g, c - 1);
    }
  }
  return (2 * hit) / (x.length - 1 + (y.length - 1));
}
