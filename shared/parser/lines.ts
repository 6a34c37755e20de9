/**
 * Stage 2: split normalised text into lines that carry their own position.
 */

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line as written (no trailing newline). */
  text: string;
  /** The text with all whitespace removed; letter-spaced headings (`보 고 순 서`) match on it. */
  squashed: string;
  /** True when the line holds a tab (a table row in these documents). */
  hasTab: boolean;
  /** 0-based offset of the line's first character in the normalised text. */
  offset: number;
}

/** True for a character `\s` matches (JavaScript whitespace and line terminators; `trim()` removes the same set). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff; // Hangul and most CJK text: one test
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * Remove every whitespace character (spaces, tabs): `text.replace(/\s+/g, '')`.
 * It runs on every line, and every squashed line lives as long as the parse, so it is written to
 * make one string and no garbage (building it piece by piece made squashing the largest source of
 * GC work): the kept characters are gathered in a reused buffer, then turned into the string by one
 * `fromCharCode` call on a cached array of exactly that length (short lines, most of them) or by
 * one decoder call. A line without whitespace is returned as it is.
 */
export function squash(text: string): string {
  let n = 0;
  let surrogate = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (n < SQUASH_BUFFER.length) SQUASH_BUFFER[n] = c;
    n++;
    if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
  }
  return squashedString(text, n, surrogate);
}

/**
 * squash(text), or null as soon as `stop` holds for a character other than printable ASCII and
 * Hangul (which it must never stop at). prepare.ts checks and squashes a line in this one loop.
 */
export function squashUnless(text: string, stop: (c: number) => boolean): string | null {
  let n = 0;
  let surrogate = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 || c >= 0x7f) && (c < 0xac00 || c > 0xd7a3) && stop(c)) return null;
    if (isSpaceCode(c)) continue;
    if (n < SQUASH_BUFFER.length) SQUASH_BUFFER[n] = c;
    n++;
    if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
  }
  return squashedString(text, n, surrogate);
}

/** The squashed string once its `n` kept characters are in SQUASH_BUFFER (see squash). */
function squashedString(text: string, n: number, surrogate: boolean): string {
  if (n === text.length) return text;
  if (n === 0) return '';
  if (n <= SHORT_SQUASH) {
    const codes = (SHORT_CODES[n] ??= new Array<number>(n).fill(0));
    for (let k = 0; k < n; k++) codes[k] = SQUASH_BUFFER[k];
    return String.fromCharCode.apply(null, codes);
  }
  // The decoder would turn a lone surrogate into U+FFFD, and the buffer has a size: the regex then.
  if (n > SQUASH_BUFFER.length || surrogate) return text.replace(/\s+/g, '');
  return UTF16.decode(SQUASH_BUFFER.subarray(0, n));
}

const SQUASH_BUFFER = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le');
/** Up to this length, results are made with fromCharCode from SHORT_CODES[n] (64 small arrays). */
const SHORT_SQUASH = 64;
const SHORT_CODES: number[][] = [];

/**
 * `text.replace(/\s+/g, ' ').trim()`: whitespace runs become one space, the ends are trimmed.
 * Most cells and titles already are, so they are checked first and returned as they are.
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    if (c !== 0x20 || i === 0 || i === n - 1 || isSpaceCode(text.charCodeAt(i + 1))) return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** Split normalised text into `Line`s. The file's final newline yields a last empty line, as editors show it. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let n = 1;
  while (true) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const t = text.slice(offset, end);
    out.push({ n, text: t, squashed: squash(t), hasTab: t.indexOf('\t') >= 0, offset });
    if (nl === -1) break;
    offset = nl + 1;
    n++;
  }
  return out;
}

/** True for an empty line or one holding only spaces/tabs. */
export function isBlank(line: Line | undefined): boolean {
  return !line || line.squashed.length === 0;
}

/** Index of the next non-blank line at or after `from` (before `limit`), or -1. */
export function nextNonBlank(lines: Line[], from: number, limit = lines.length): number {
  for (let i = Math.max(0, from); i < Math.min(limit, lines.length); i++) if (!isBlank(lines[i])) return i;
  return -1;
}

/** Index of the previous non-blank line at or before `from` (not before `floor`), or -1. */
export function prevNonBlank(lines: Line[], from: number, floor = 0): number {
  for (let i = Math.min(from, lines.length - 1); i >= Math.max(0, floor); i--) if (!isBlank(lines[i])) return i;
  return -1;
}

/** Join the texts of lines [from, to) with '\n', trimming blank lines at both ends. */
export function joinLines(lines: Line[], from: number, to: number): string {
  let a = Math.max(0, from);
  let b = Math.min(lines.length, to);
  while (a < b && isBlank(lines[a])) a++;
  while (b > a && isBlank(lines[b - 1])) b--;
  const parts: string[] = [];
  for (let i = a; i < b; i++) parts.push(lines[i].text);
  return parts.join('\n');
}

/** Char code of the first non-whitespace character of `text` (what `text.trim()[0]` would be), or -1. */
export function firstNonSpaceCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

/** Number of leading spaces/tabs. */
export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
