/**
 * Text rules shared by the workbook and the CSV writer: what counts as formula-like, how wide Korean
 * text is on screen, and Excel's per-cell length limit.
 */
import { minutesText } from '@shared/text/minutes';

/**
 * Leading characters that make a spreadsheet evaluate a cell typed or imported as text (OWASP "CSV
 * injection"): = + - @, and tab / CR which Excel skips before looking at the next one. The full-width
 * forms are included as cheap insurance: Korean IMEs type them and some spreadsheets fold them.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r＝＋－＠]/;

/** True when a spreadsheet could run `text` as a formula if it were not kept as text. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** Excel refuses (and "repairs" away) cells longer than this. */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/**
 * Cell text as Excel wants it: line breaks as LF (CR would show as a box), and cut at Excel's
 * per-cell limit with a visible marker rather than a corrupt file.
 */
export function limitCellText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (lf.length <= EXCEL_CELL_MAX_CHARS) return lf;
  return lf.slice(0, EXCEL_CELL_MAX_CHARS - minutesText.truncated.length) + minutesText.truncated;
}

/** True for characters a spreadsheet draws two columns wide: Hangul, CJK, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo leading consonants
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Hangul compatibility Jamo … Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xd800 && code <= 0xdbff) || // high surrogate: CJK extension planes (one per pair)
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Width of one line in spreadsheet character columns (Hangul/CJK count 2). */
export function displayWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its pair
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Widths of each line of a cell's text. */
export function lineWidths(text: string): number[] {
  return text.includes('\n') ? text.split('\n').map(displayWidth) : [displayWidth(text)];
}
