/**
 * Glyph-level repairs for PDF-extracted 이행계획 text: circled task digits and doubled header glyphs.
 */
import { isSpaceCode } from '../../lines';

/**
 * Task sequence digits come from three circled sets that PDF exports mix freely:
 * ➊–➓ (U+278A…), ❶–❿ (U+2776…) and ➀–➉ (U+2780…). Each maps to 1…10.
 * ①–⑳ is deliberately absent: inside tasks it numbers plain list items.
 */
const CIRCLED_SET_STARTS = [0x278a, 0x2776, 0x2780] as const;

/** 1…10 for a circled task digit, else null. */
export function circledDigitValue(ch: string): number | null {
  if (ch.length !== 1) return null;
  const code = ch.charCodeAt(0);
  for (const start of CIRCLED_SET_STARTS) if (code >= start && code < start + 10) return code - start + 1;
  return null;
}

/** Character class source matching any circled task digit (for building regexes). */
export const CIRCLED_TASK_DIGIT_CLASS = '[\\u278A-\\u2793\\u2776-\\u277F\\u2780-\\u2789]';

/**
 * True when `token` is every character printed twice: `핵핵심심` (= 핵심), `22001199` (= 2019).
 * Tokens shorter than 2 characters are never doubled.
 */
export function isDoubledToken(token: string): boolean {
  if (token.length < 2 || token.length % 2 !== 0) return false;
  for (let i = 0; i < token.length; i += 2) if (token[i] !== token[i + 1]) return false;
  return true;
}

function halveToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i += 2) out += token[i];
  return out;
}

/**
 * Undo bold header cells that the PDF extractor printed twice, for a whole line at once.
 * > | 합합 계계 3366//3300 11,,226677,,667755   → 합 계 36/30 1,267,675
 * > | 구구분분 22001199 22002200               → 구분 2019 2020
 * The line is changed only when every token of 2+ characters is doubled and the evidence is strong
 * (a doubled Hangul token, or a doubled token of 6+ characters), so `22 33` or `2022 1100` stay.
 * Tokens are the runs between whitespace, walked in place: this runs on every body line and most
 * lines fail at their first token, so nothing is split or copied for them.
 */
export function undoubleLine(text: string): string {
  let doubled = 0;
  let strong = false;
  for (let i = 0; i < text.length; ) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hangul = false;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 0xac00 && c <= 0xd7a3) hangul = true;
      i++;
    }
    const length = i - start;
    if (length < 2) continue;
    if (length % 2 !== 0) return text;
    for (let k = start; k < i; k += 2) if (text.charCodeAt(k) !== text.charCodeAt(k + 1)) return text;
    doubled++;
    if (hangul || length >= 6) strong = true;
  }
  if (doubled === 0 || !strong) return text;
  // Every token of 2+ characters is doubled: halve them, keep the whitespace as it is.
  let out = '';
  for (let i = 0; i < text.length; ) {
    const start = i;
    const space = isSpaceCode(text.charCodeAt(i));
    while (i < text.length && isSpaceCode(text.charCodeAt(i)) === space) i++;
    const piece = text.slice(start, i);
    out += !space && piece.length >= 2 ? halveToken(piece) : piece;
  }
  return out;
}
