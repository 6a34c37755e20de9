/**
 * Text similarity shared by the parser (body titles against the table of contents), the renderer
 * (results → plans continuity), re-attaching notes and matching spreadsheet rows: the Sørensen–Dice
 * coefficient over character bigrams. Pure: no Node or DOM types.
 */

/** Lower-case, NFC, with every space, bracket and punctuation mark removed (Korean has no case). */
export function compactText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Character bigrams of `text` as given (no normalising), with counts. A one-character text is its own gram. */
export function gramCounts(text: string): Map<string, number> {
  const s = [...text];
  const grams = new Map<string, number>();
  if (s.length === 1) grams.set(s[0]!, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s[i]! + s[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Character bigrams of the compacted text, with their counts. */
export function bigrams(text: string): Map<string, number> {
  return gramCounts(compactText(text));
}

/** Dice over bigram maps computed once (for matching many rows against many items). */
export function diceOfGrams(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  for (const n of ga.values()) sizeA += n;
  for (const n of gb.values()) sizeB += n;
  if (sizeA === 0 || sizeB === 0) return 0;
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  let shared = 0;
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/** Dice coefficient of two texts, spaces and punctuation ignored: 1 for equal texts, 0 for nothing shared. */
export function diceSimilarity(a: string, b: string): number {
  return diceOfGrams(bigrams(a), bigrams(b));
}

/** True when `needle` occurs in `haystack` once spaces and punctuation are ignored on both sides. */
export function containsLoosely(haystack: string, needle: string): boolean {
  const n = compactText(needle);
  return n.length > 0 && compactText(haystack).includes(n);
}
