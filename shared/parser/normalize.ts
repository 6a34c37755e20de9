/**
 * Stage 1: normalise decoded text so later stages see one spelling of each mark.
 *
 * The line count never changes (only `\r\n`/`\r` collapse to `\n`), so a line number read from the
 * normalised text is the line number the user sees in the original document.
 */

const BOM = '\uFEFF';

/** Full-width ASCII (U+FF01..U+FF5E) → ASCII; ideographic space → space. */
export function foldFullWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

/**
 * Remove the indentation every text line shares. PDF converters may indent whole pages by a space;
 * item headings (`3. 제목`) and bullet depths (`- ` vs ` - `) are read relative to column 0.
 * Lines opening with a tab (table continuation rows) and blank lines do not count.
 * > |  3. 친절행정 향상 추진      →  3. 친절행정 향상 추진
 * > |   - 기 간 : 2024. 1.      →   - 기 간 : 2024. 1.   (one space left: a level-2 bullet)
 */
export function dedentCommonIndent(text: string): string {
  let common = Infinity;
  for (const line of text.split('\n')) {
    if (line.length === 0 || line[0] === '\t') continue;
    let i = 0;
    while (i < line.length && line[i] === ' ') i++;
    if (i === line.length || line[i] === '\t') continue; // blank, or spaces before a tab cell
    if (i < common) common = i;
    if (common === 0) return text;
  }
  if (!Number.isFinite(common)) return text;
  const lead = new RegExp(`^ {1,${common}}`, 'gm');
  return text.replace(lead, '');
}

/**
 * Page footers left by HWP/PDF exports become blank lines (the line stays, so numbering holds):
 * > | - 12 -        > | – 3 –        > | -12-
 * Between a unit name and its `보 고 순 서`, or a budget line and its source marker, a footer would
 * otherwise break the adjacency the parser reads.
 */
export function blankPageFooters(text: string): string {
  return text.replace(/^[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$/gm, '');
}

/**
 * NFC, BOM stripped, CRLF/CR → LF, NBSP and other odd spaces → space, ☐ → □, full-width → ASCII,
 * control characters (except tab and newline) → space, page footers blanked, common indentation removed.
 */
export function normalizeText(input: string): string {
  let text = typeof input === 'string' ? input : String(input ?? '');
  if (text.startsWith(BOM)) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  try {
    text = text.normalize('NFC');
  } catch {
    // Lone surrogates cannot throw in NFC, but be defensive: keep the text as it is.
  }
  text = foldFullWidth(text);
  // ☐ (U+2610) and □ (U+25A1) mean the same block marker; ❍ is the hollow-circle variant of ○.
  text = text.replace(/\u2610/g, '□').replace(/\u274D/g, '○');
  // NBSP, narrow NBSP, figure space, zero-width space/joiners, BOMs inside the text, line/paragraph
  // separators (they are not line breaks for us, so line numbers stay true).
  text = text.replace(/[\u00A0\u2007\u202F\u2028\u2029]/g, ' ').replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
  // Other C0 controls and DEL (from binary-ish input) → space; keep \t and \n.
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  return dedentCommonIndent(blankPageFooters(text));
}
