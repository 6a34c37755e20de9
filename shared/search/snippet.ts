/**
 * Snippets for search hits: a plain-text window of the matched text plus the [start, end) ranges
 * to mark. No HTML is produced; the renderer wraps the ranges itself.
 */
import { compactFold, foldedIncludes, isSpaceCode, tokenize } from './tokenize';

export type Range = [number, number];

export interface Snippet {
  text: string;
  highlights: Range[];
}

interface WordMatch {
  start: number;
  end: number;
  word: number;
}

/** Occurrences per needle looked at to choose the window; the window itself is then scanned in full. */
const ANCHOR_MATCHES_PER_PATTERN = 8;
/** How far before the window a match may start and still reach into it. */
const MATCH_REACH = 32;
const ELLIPSIS = '…';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How one query word (or one of its tokens) is found. Plain `indexOf` is tried first: it is several
 * times faster than a regular expression, and snippets are most of a search's cost. The pattern,
 * which allows whitespace between the characters (청렴도 in `청 렴 도`) and ignores case, is the
 * fallback.
 */
interface Needle {
  text: string;
  /** compactFold(text): what the space-free folded copy of a text holds if the needle occurs at all. */
  folded: string;
  /** Latin letters: found by the case-insensitive pattern only. */
  cased: boolean;
  spaced: RegExp;
}

function needle(text: string): Needle {
  const chars = Array.from(text).map(escapeRegExp);
  const cased = text.toLowerCase() !== text.toUpperCase();
  return { text, folded: compactFold(text), cased, spaced: new RegExp(chars.join('\\s*'), cased ? 'gi' : 'g') };
}

/** How a needle is found in one text: by indexOf, by its pattern, or not at all. */
type Mode = 'literal' | 'pattern' | undefined;

/** A needle without case is ruled out cheaply (foldedIncludes) before the pattern scans a long body. */
function modeIn(text: string, n: Needle): Mode {
  if (!n.cased && text.includes(n.text)) return 'literal';
  if (!n.cased && !foldedIncludes(text, n.folded)) return undefined;
  n.spaced.lastIndex = 0;
  return n.spaced.test(text) ? 'pattern' : undefined;
}

interface WordNeedles {
  whole: Needle;
  /** The word's bigrams and latin tokens, prepared on first use. */
  tokens?: Needle[];
  source: string;
}

/** The query words prepared once per search and reused for every hit's snippet. */
export interface WordMatcher {
  words: WordNeedles[];
}

export function createWordMatcher(words: string[]): WordMatcher {
  return { words: words.map((word) => ({ whole: needle(word), source: word })) };
}

/**
 * The needles that mark a word in `text`, with how to find each: the word itself where it occurs
 * whole, else its tokens (the index matched them scattered over the text).
 */
function needlesIn(text: string, word: WordNeedles): [Needle, Mode][] {
  const wholeMode = modeIn(text, word.whole);
  if (wholeMode) return [[word.whole, wholeMode]];
  // A word of one token (a two-syllable word) has nothing smaller to look for.
  word.tokens ??= [...new Set(tokenize(word.source))].filter((t) => t !== word.source).map(needle);
  const found: [Needle, Mode][] = [];
  for (const token of word.tokens) {
    const mode = modeIn(text, token);
    if (mode) found.push([token, mode]);
  }
  return found;
}

/** Occurrences of a needle from `from`, stopping after `limit` or at one starting at `until`. */
function collect(text: string, [n, mode]: [Needle, Mode], word: number, from: number, until: number, limit: number, out: WordMatch[]): void {
  let found = 0;
  if (mode === 'literal') {
    // Search only where a match may start before `until`: a slice is a view, and indexOf would
    // otherwise run on to the end of a long body after the window's last match.
    const length = n.text.length;
    const stop = Math.min(text.length, until + length - 1);
    const bounded = stop < text.length;
    const hay = bounded ? text.slice(from, stop) : text;
    const offset = bounded ? from : 0;
    for (let at = hay.indexOf(n.text, from - offset); at >= 0 && found < limit; at = hay.indexOf(n.text, at + length)) {
      if (at + offset >= until) break;
      out.push({ start: at + offset, end: at + offset + length, word });
      found++;
    }
    return;
  }
  const pattern = n.spaced;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < until && found < limit; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, word });
    found++;
  }
}

function byStart(a: WordMatch, b: WordMatch): number {
  return a.start - b.start || b.end - a.end;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** [start, end) ranges of `text` where the query words occur, merged. Used for titles. */
export function findMatchRanges(text: string, matcher: WordMatcher): Range[] {
  const matches: WordMatch[] = [];
  matcher.words.forEach((entry, word) => {
    for (const found of needlesIn(text, entry)) collect(text, found, word, 0, text.length, Infinity, matches);
  });
  return mergeRanges(matches.map((m) => [m.start, m.end]));
}

/**
 * The window start that shows the most different query words, earliest on a tie: usually the
 * first match, but a later passage that has every word beats a first lone mention.
 */
function bestAnchor(matches: WordMatch[], windowLength: number): number {
  let best = matches[0].start;
  let bestDistinct = 0;
  for (let i = 0; i < matches.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < matches.length && matches[j].end - matches[i].start <= windowLength; j++) seen.add(matches[j].word);
    if (seen.size > bestDistinct) {
      bestDistinct = seen.size;
      best = matches[i].start;
    }
  }
  return best;
}

function isSpace(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isSpaceCode(text.charCodeAt(index));
}

/** Window [start, end) of at most `maxLength` around `anchor`, cut at whitespace where one is near. */
function windowAround(text: string, anchor: number, maxLength: number): Range {
  if (text.length <= maxLength) return [0, text.length];
  const lead = Math.floor(maxLength / 4);
  let start = Math.max(0, Math.min(anchor - lead, text.length - maxLength));
  let end = Math.min(text.length, start + maxLength);
  // Start after a whitespace (and end before one) within a few characters, so words stay whole.
  for (let i = start, stop = Math.min(anchor, start + 12); start > 0 && i < stop; i++) {
    if (isSpace(text, i)) {
      start = i + 1;
      break;
    }
  }
  for (let i = end, stop = Math.max(start + 1, end - 12); end < text.length && i > stop; i--) {
    if (isSpace(text, i - 1)) {
      end = i - 1;
      break;
    }
  }
  return [start, end];
}

/** Scratch buffers of collapseWindow, reused: snippets are made one at a time. */
let copyBuffer = new Uint16Array(1024);
let positionBuffer = new Int32Array(1025);

/**
 * Copies text[start, end) collapsing whitespace runs (line breaks included) to one space, dropping
 * it at both ends, and maps each highlight range into the copy. Character codes go through a
 * reused buffer: about three times faster than slicing and joining, or a regular expression.
 */
function collapseWindow(text: string, start: number, end: number, ranges: Range[]): Snippet {
  const length = end - start;
  if (copyBuffer.length < length) {
    copyBuffer = new Uint16Array(length);
    positionBuffer = new Int32Array(length + 1);
  }
  const copy = copyBuffer;
  const position = positionBuffer; // index in the copy of each source offset
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    position[i - start] = n + (pendingSpace ? 1 : 0);
    if (isSpaceCode(code)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      copy[n++] = 0x20;
      pendingSpace = false;
    }
    copy[n++] = code;
  }
  position[length] = n;
  const out = copyToString(copy, n);
  const highlights: Range[] = [];
  for (const [from, to] of ranges) {
    const s = Math.max(from, start);
    const e = Math.min(to, end);
    if (e <= s) continue;
    const mappedStart = position[s - start];
    const mappedEnd = Math.min(n, position[e - 1 - start] + 1);
    if (mappedEnd > mappedStart) highlights.push([mappedStart, mappedEnd]);
  }
  return { text: out, highlights: mergeRanges(highlights) };
}

/** String of the first `n` codes, in chunks small enough for fromCharCode's argument list. */
function copyToString(codes: Uint16Array, n: number): string {
  const CHUNK = 4096;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/**
 * A snippet of `text` around the best passage for the matcher's words, at most about `maxLength` characters,
 * with the ranges of the copy to mark. Without a match the start of the text is returned unmarked.
 */
export function makeSnippet(text: string, matcher: WordMatcher, maxLength = 160): Snippet {
  const chosen = matcher.words.map((entry) => needlesIn(text, entry));
  // The first few occurrences choose the window (the first one, for a single word) ...
  const single = chosen.length === 1 && chosen[0].length === 1;
  const leads: WordMatch[] = [];
  chosen.forEach((needles, word) => {
    for (const found of needles) collect(text, found, word, 0, text.length, single ? 1 : ANCHOR_MATCHES_PER_PATTERN, leads);
  });
  leads.sort(byStart);
  const anchor = leads.length > 0 ? bestAnchor(leads, maxLength * 0.75) : 0;
  const [start, end] = windowAround(text, anchor, maxLength);
  // ... then every match inside the window is marked.
  const inWindow: WordMatch[] = [];
  chosen.forEach((needles, word) => {
    for (const found of needles) collect(text, found, word, Math.max(0, start - MATCH_REACH), end, Infinity, inWindow);
  });
  const collapsed = collapseWindow(
    text,
    start,
    end,
    inWindow.map((m) => [m.start, m.end]),
  );
  const cutBefore = start > 0 && collapsed.text.length > 0;
  let after = end;
  while (isSpace(text, after)) after++;
  const cutAfter = after < text.length;
  const shift = cutBefore ? ELLIPSIS.length : 0;
  return {
    text: (cutBefore ? ELLIPSIS : '') + collapsed.text + (cutAfter ? ELLIPSIS : ''),
    highlights: collapsed.highlights.map(([s, e]) => [s + shift, e + shift]),
  };
}
