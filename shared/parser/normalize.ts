/**
 * Stage 1: normalise decoded text so later stages see one spelling of each mark.
 *
 * The line count never changes (only `\r\n`/`\r` collapse to `\n`), so a line number read from the
 * normalised text is the line number the user sees in the original document.
 */

import { cleanMarkup } from './markup';

const BOM = '\uFEFF';

/** Full-width ASCII (U+FF01..U+FF5E) → ASCII; ideographic space → space. */
export function foldFullWidth(text: string): string {
  return mapChars(text, foldFullWidthChar);
}

function foldFullWidthChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}

/**
 * Every character folding of normalizeText after NFC, as one character → character map (-1 drops
 * the character). The foldings never feed each other (their outputs are plain ASCII, □, ○), so one
 * pass gives what the separate replacements gave.
 */
function normalizeChar(c: number): number {
  if (c < 0x20) return c === 0x09 || c === 0x0a ? c : 0x20; // C0 controls except tab/newline → space
  if (c < 0x7f) return c;
  if (c === 0x7f) return 0x20; // DEL
  switch (c) {
    case 0x2610: // ☐ → □
      return 0x25a1;
    case 0x274d: // ❍ → ○
      return 0x25cb;
    case 0x00a0: // NBSP, figure space, narrow NBSP, line/paragraph separators (not line breaks for us)
    case 0x2007:
    case 0x202f:
    case 0x2028:
    case 0x2029:
      return 0x20;
    case 0x200b: // zero-width space/joiners, BOMs inside the text
    case 0x200c:
    case 0x200d:
    case 0xfeff:
      return -1;
  }
  return foldFullWidthChar(c);
}

/**
 * Apply a per-character map, copying only around the characters it changes (most documents have
 * none or a few hundred, so building the text character by character would be wasted work).
 */
function mapChars(text: string, map: (c: number) => number): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xac00 && c <= 0xd7a3)) continue; // printable ASCII, Hangul: never mapped
    const m = map(c);
    if (m === c) continue;
    out += text.slice(copied, i);
    if (m >= 0) out += String.fromCharCode(m);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
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
 * control characters (except tab and newline) → space, converter markup taken off (markup.ts), page
 * footers blanked, common indentation removed.
 */
export function normalizeText(input: string): string {
  const text = cleanMarkupText(mapChars(composeText(input), normalizeChar));
  // Only `\n` is left as a line terminator: footers and indentation can be handled line by line.
  return blankFootersAndDedent(text);
}

/** cleanMarkup on every line of `text` (only `\n` ends a line by then). */
function cleanMarkupText(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const cleaned = cleanMarkup(lines[i]);
    if (cleaned !== null) {
      lines[i] = cleaned;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** The first steps of normalizeText: BOM stripped, CRLF/CR → LF, NFC (before any folding). */
export function composeText(input: unknown): string {
  let text = typeof input === 'string' ? input : String(input ?? '');
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  try {
    text = text.normalize('NFC');
  } catch {
    // Lone surrogates cannot throw in NFC, but be defensive: keep the text as it is.
  }
  return text;
}

/** True for a character normalizeText changes (folds, replaces or drops) once the text is composed. */
export function isFoldedChar(c: number): boolean {
  return normalizeChar(c) !== c;
}

/** normalizeText's character folding applied to one line of composed text. */
export function foldLine(line: string): string {
  return mapChars(line, normalizeChar);
}

/** [ \t]* dash [ \t]* 1–4 digits [ \t]* dash [ \t]* over the whole of text[start, end): the footer regex above. */
export function isFooterLine(text: string, start: number, end: number): boolean {
  let i = skipSpaceTab(text, start, end);
  if (i >= end || !isDash(text.charCodeAt(i))) return false;
  i = skipSpaceTab(text, i + 1, end);
  const digits = i;
  while (i < end && i - digits < 5 && isDigit(text.charCodeAt(i))) i++;
  if (i === digits || i - digits > 4) return false;
  i = skipSpaceTab(text, i, end);
  if (i >= end || !isDash(text.charCodeAt(i))) return false;
  return skipSpaceTab(text, i + 1, end) === end;
}

function skipSpaceTab(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014; // - – —
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * `dedentCommonIndent(blankPageFooters(text))` for text whose only line terminator is `\n`, in one
 * walk over the lines without splitting the text (it runs on every document).
 */
function blankFootersAndDedent(text: string): string {
  const footers: number[] = []; // start offsets of footer lines
  let common = Infinity;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (isFooterLine(text, start, end)) footers.push(start);
    else if (common > 0 && start < end && text.charCodeAt(start) !== 0x09) {
      let i = start;
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      // Blank lines and spaces before a tab cell do not count.
      if (i < end && text.charCodeAt(i) !== 0x09 && i - start < common) common = i - start;
    }
    start = end + 1;
  }
  const strip = Number.isFinite(common) ? common : 0;
  if (footers.length === 0 && strip === 0) return text;
  let out = '';
  let f = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (f < footers.length && footers[f] === start) f++;
    else {
      let i = start;
      while (i < end && i - start < strip && text.charCodeAt(i) === 0x20) i++;
      out += text.slice(i, end);
    }
    if (end < text.length) out += '\n';
    start = end + 1;
  }
  return out;
}
