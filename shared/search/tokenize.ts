/**
 * Tokeniser for Korean full-text search. Pure string code: no Node, DOM or electron imports.
 *
 * Korean words carry particles and endings (교육계획을, 청렴도를) and compound nouns are written
 * with or without spaces, so whole-word tokens would miss most partial matches. Instead every run
 * of Hangul (and hanja) syllables becomes its character bigrams (교육계획을 → 교육 육계 계획 획을);
 * a query matches when all of its bigrams occur, so `계획` finds `교육계획을`. Runs of latin
 * letters and digits stay whole tokens, lowercased (SDGs → sdgs, 2023 → 2023).
 */

const SEPARATOR = 0;
const BIGRAM = 1;
const WORD = 2;
type CharKind = typeof SEPARATOR | typeof BIGRAM | typeof WORD;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isBigramScript(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs (hanja)
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

function charKind(code: number): CharKind {
  // ASCII fast path: documents are mostly Hangul, spaces and ASCII punctuation.
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return WORD;
    return SEPARATOR;
  }
  if (isBigramScript(code)) return BIGRAM;
  if (code >= 0xd800 && code <= 0xdfff) return WORD; // keep surrogate pairs together
  return LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
}

/** True for the whitespace that may sit inside a compound noun (청렴 교육, or a wrapped line). */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0;
}

/**
 * Scans `text` once: every Hangul/hanja bigram goes to `onBigram` as the places of its two
 * characters (`second` -1 for a run of one syllable, kept as that syllable), every latin/digit run
 * to `onWord`. Bigrams also bridge whitespace between two Hangul runs (청렴 교육 → 청렴 렴교 교육),
 * because compounds are spaced inconsistently: then the query 청렴교육 finds 청렴 교육, and 감사
 * finds the spaced-out heading 감 사 담 당 관.
 */
function scan(text: string, onBigram: (first: number, second: number) => void, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let lastSyllable = -1; // end of the previous Hangul run, while only whitespace follows it
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = charKind(code);
    let j = i + 1;
    while (j < n && charKind(text.charCodeAt(j)) === kind) j++;
    if (kind === BIGRAM) {
      if (lastSyllable >= 0) onBigram(lastSyllable, i);
      if (j - i === 1) onBigram(i, -1);
      for (let k = i; k < j - 1; k++) onBigram(k, k + 1);
      lastSyllable = j - 1;
    } else if (kind === WORD) {
      onWord(i, j);
      lastSyllable = -1;
    } else if (lastSyllable >= 0) {
      for (let k = i; k < j; k++) {
        if (!isWhitespace(text.charCodeAt(k))) {
          lastSyllable = -1;
          break;
        }
      }
    }
    i = j;
  }
}

/** The bigram (or single syllable) at the places scan() reports. */
function bigramAt(text: string, first: number, second: number): string {
  return second < 0 ? text[first] : second === first + 1 ? text.slice(first, first + 2) : text[first] + text[second];
}

const HANGUL_FIRST = 0xac00;
const HANGUL_COUNT = 11_172;

function hangulIndex(code: number): number {
  const index = code - HANGUL_FIRST;
  return index >= 0 && index < HANGUL_COUNT ? index : -1;
}

/**
 * A token of Hangul syllables only (one, or a bigram) as a number, -1 for any other token. The
 * numbers stay below 2^30, small integers in V8 even with pointer compression (Electron): a
 * lookup by number allocates nothing.
 */
export function hangulTokenCode(token: string): number {
  if (token.length === 1) return hangulIndex(token.charCodeAt(0));
  if (token.length !== 2) return -1;
  const first = hangulIndex(token.charCodeAt(0));
  const second = hangulIndex(token.charCodeAt(1));
  return first < 0 || second < 0 ? -1 : HANGUL_COUNT + first * HANGUL_COUNT + second;
}

/** The token a hangulTokenCode() stands for. */
export function hangulTokenText(code: number): string {
  if (code < HANGUL_COUNT) return String.fromCharCode(HANGUL_FIRST + code);
  const pair = code - HANGUL_COUNT;
  return String.fromCharCode(HANGUL_FIRST + Math.floor(pair / HANGUL_COUNT), HANGUL_FIRST + (pair % HANGUL_COUNT));
}

/**
 * Every token of `text` in order, without collecting them (the indexing hot path): a token of
 * Hangul syllables to `onCode` as its hangulTokenCode(), any other to `onToken`. Indexing 400
 * documents as strings made tens of millions of two-character strings, whose garbage collections
 * moved the build's short-lived objects among the index's own and left the heap half empty.
 */
export function forEachTokenCode(text: string, onCode: (code: number) => void, onToken: (token: string) => void): void {
  scan(
    text,
    (first, second) => {
      const a = hangulIndex(text.charCodeAt(first));
      const b = second < 0 ? -2 : hangulIndex(text.charCodeAt(second));
      if (a >= 0 && b === -2) onCode(a);
      else if (a >= 0 && b >= 0) onCode(HANGUL_COUNT + a * HANGUL_COUNT + b);
      else onToken(bigramAt(text, first, second));
    },
    (start, end) => onToken(text.slice(start, end).toLowerCase()),
  );
}

/** Index and query tokens: Hangul/hanja bigrams plus whole lowercased latin/digit runs, in text order. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  scan(
    text,
    (first, second) => tokens.push(bigramAt(text, first, second)),
    (start, end) => tokens.push(text.slice(start, end).toLowerCase()),
  );
  return tokens;
}

/** The character bigrams of the Hangul (and hanja) runs of `text`; latin and digits are skipped. */
export function hangulBigrams(text: string): string[] {
  const bigrams: string[] = [];
  scan(
    text,
    (first, second) => bigrams.push(bigramAt(text, first, second)),
    () => {},
  );
  return bigrams;
}

/** True for a query token that is one Hangul/hanja syllable (matched as a prefix of bigrams). */
export function isSingleSyllable(token: string): boolean {
  return token.length === 1 && isBigramScript(token.charCodeAt(0));
}

/** True for a latin token that may be the start of a longer word (sdg → sdgs). */
export function isLatinWord(token: string): boolean {
  return /^[a-z]{2,}$/.test(token);
}

/**
 * Lowercases without changing the length, so offsets found in the folded text are offsets in the
 * original (a few characters, e.g. 'İ', lowercase to two code units; they are left as they are).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i].toLowerCase();
    out += ch.length === 1 ? ch : text[i];
  }
  return out;
}

/** Folded text without whitespace: compound nouns match whether written 청렴 교육 or 청렴교육. */
export function compactFold(text: string): string {
  return foldCase(text).replace(/\s+/g, '');
}

/** The characters `\s` matches, by code (compactFold drops these): a regular expression per character is slow. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `compactFold(text).includes(needle)` for a needle that is compactFold()ed already, without the
 * folded copy of `text`: the index keeps one copy of each project's text, not two, and ranking
 * checks thousands of texts per query. A needle without letters that have case (Hangul, digits)
 * is found by indexOf of its first character and compared skipping whitespace; one with latin
 * letters folds the text (few queries).
 */
export function foldedIncludes(text: string, needle: string): boolean {
  if (needle.length === 0) return true;
  if (needle.toUpperCase() !== needle) return compactFold(text).includes(needle);
  const first = needle[0];
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let k = 1;
    for (let i = at + 1; k < needle.length && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSpaceCode(code)) continue;
      if (code !== needle.charCodeAt(k)) break;
      k++;
    }
    if (k === needle.length) return true;
  }
  return false;
}

/** The words of a query: NFC (typed or pasted text may be decomposed), split on whitespace. */
export function queryWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => tokenize(word).length > 0);
}

/**
 * Particles and endings that follow a noun, longest first so 에서 wins over 에 and 으로 over 로.
 * Only used on the retry after a query found nothing, so an occasional wrong cut
 * (어린이 → 어린) costs little: the stricter query has already been tried.
 */
const PARTICLES = [
  // copula and 하다/되다 endings after a noun
  '하였습니다', '했습니다', '되었습니다', '되었다', '하였다', '입니다', '합니다', '됩니다', '이었다',
  '하기를', '하기로', '하는', '하여', '하고', '하며', '하면', '하기', '했다', '한다', '하다',
  '되는', '되어', '된다', '되다', '이다', '였다', '이며', '이고',
  // compound particles
  '에서부터', '에게서', '에서는', '에서도', '에서의', '으로부터', '으로써', '으로서', '으로는', '으로도', '으로의',
  '로부터', '로써', '로서', '로는', '로도', '로의', '에게는', '에게도', '까지는', '까지도', '부터는',
  '에는', '에도', '에의', '과의', '와의', '이나', '이란', '이라는', '라는', '처럼', '보다', '마다', '조차', '마저',
  // simple particles
  '에서', '에게', '한테', '께서', '으로', '까지', '부터', '을', '를', '이', '가', '은', '는', '의', '에', '로',
  '와', '과', '도', '만', '한', '된', '함', '됨',
].sort((a, b) => b.length - a.length);

/** Shortest stem left after stripping, so 국가 does not become 국 (one syllable matches too much). */
const MIN_STEM_LENGTH = 2;

/** Removes one trailing particle or ending from a query word: 청렴도를 → 청렴도, 수립하는 → 수립. */
export function stripParticles(word: string): string {
  const trimmed = word.normalize('NFC').trim();
  for (const particle of PARTICLES) {
    if (trimmed.length - particle.length >= MIN_STEM_LENGTH && trimmed.endsWith(particle)) {
      return trimmed.slice(0, trimmed.length - particle.length);
    }
  }
  return trimmed;
}
