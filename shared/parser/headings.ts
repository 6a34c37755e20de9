/**
 * Stage 3a: headings split over two lines joined into one, before any family reads the lines.
 *
 * PDF converters often put a heading's number and its title in two text boxes:
 * > | 3                          → 3. 친절행정 향상 추진
 * > |
 * > | 친절행정 향상 추진          → (blank)
 * The number line takes the joined heading (so the heading's position is the number's) and the
 * title line is blanked; the stored text is untouched. A page number left alone on a line looks the
 * same, so a join needs a title-like line next (short, no marker, not a sentence, not a section or
 * unit heading that a list starts under) and a number that continues the numbering in force
 * (1, or one more than the last numbered heading seen since the last section heading).
 */
import type { Line } from './lines';
import { isBlank, squash } from './lines';

const BARE_NUMBER_RE = /^(\d{1,2})[.)]?$/;
const BARE_ROMAN_RE = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|Ⅶ|Ⅷ|Ⅸ|Ⅹ)[.]?$/;
const NUMBERED_RE = /^(\d{1,2})(?:[.)]\s*\S|\s+(?:[^\s\d]|\d{1,4}[^\s\d,.]))/;
/** A line opening with a block or bullet marker, a bracket or a note sign is content, not a title. */
const MARKER_RE = /^(?:[□■○◦●◎\-·•▶▪◆◇❖✓※*①-⑳➊-➓❶-❿〈<《]|\(\s*(?:단위|단\s*위|출처|참고|비고))/;
/** Words a sentence (not a title) ends with. */
const SENTENCE_END_RE = /(함|임|음|됨|있음|다|요)\.?$/;
/** A section heading with a year or 일반현황: lists start under it, it is never an item's title. */
const YEAR_SECTION_RE = /^(\d{2,4}년도?.{0,20}(실적|계획|성과|결과|현황|진행사항|추진상황)|일반현황|기본현황)$/;
const SECTION_WORD_RE = /(실적|계획|현황|성과|결과|사항)$/;
const ORG_LINE_RE = /^[가-힣0-9]{2,18}(담당관|사업소|센터|과|국|실|단|반|팀)$/;

/** The lines with split headings joined (a new array; the Line objects of joined lines are new). */
export function joinSplitHeadings(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  // Numbers of the headings seen since the last section heading (nested lists restart at 1, so a
  // set, not the last number: item 6 follows item 5 even after a nested 1 … 4 inside item 5).
  const seen = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.hasTab || l.squashed.length === 0 || l.squashed.length > 40) continue;
    const s = l.squashed;
    if (YEAR_SECTION_RE.test(s)) {
      seen.clear();
      continue;
    }
    const c = s.charCodeAt(0);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && NUMBERED_RE.test(l.text)) {
      seen.add(Number(/^\d+/.exec(l.text)![0]));
      continue;
    }
    const bare = digit ? BARE_NUMBER_RE.exec(s) : BARE_ROMAN_RE.exec(s);
    if (!bare) continue;
    const j = nextTitleLine(lines, i);
    if (j < 0) continue;
    const n = digit ? Number(bare[1]) : 0;
    if (digit && n !== 1 && !seen.has(n - 1)) continue;
    // A list starts right under a section heading written without a year: `1` (or `1.`) follows it.
    if (digit && SECTION_WORD_RE.test(lines[j].squashed) && startsList(lines, j)) continue;
    const parts = titleParts(lines, j);
    out ??= lines.slice();
    // The number keeps its own style (`5` → `5 제목`, `5.` → `5. 제목`), as the family's numbering reads it.
    const mark = digit ? l.text.trim() : `${bare[1]}.`;
    const text = `${mark} ${parts.map((k) => lines[k].text.trim()).join(' ')}`;
    out[i] = { ...l, text, squashed: squash(text), hasTab: false };
    for (const k of parts) out[k] = { ...lines[k], text: '', squashed: '', hasTab: false };
    if (digit) seen.add(n);
    i = parts[parts.length - 1];
  }
  return out ?? lines;
}

/**
 * Page numbers a PDF's text keeps alone on a line (`45`) blanked, so a unit name and its `보고순서`
 * stay adjacent across a page break. A bare number is a page number when it belongs to a run of
 * numbers that count up page by page (each 1–3 more than the one before, 8 lines apart or more)
 * and the run is no item list: it passes a section heading (items restart there) or goes past 20.
 */
export function blankPageNumbers(lines: Line[]): Line[] {
  type Run = { members: number[]; last: number; crossed: boolean; high: boolean };
  const runs: Run[] = [];
  const open: Run[] = []; // the runs that may still go on (item numbers interleave with pages)
  let sectionAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.hasTab || l.squashed.length === 0) continue;
    if (l.squashed.length > 3) {
      if (l.squashed.length <= 40 && YEAR_SECTION_RE.test(l.squashed)) sectionAt = i;
      continue;
    }
    if (!/^\d{1,3}$/.test(l.squashed) || l.text.trim() !== l.squashed) continue;
    const v = Number(l.squashed);
    const run = open.find((r) => v > r.last && v <= r.last + 3 && i - r.members[r.members.length - 1] >= 8);
    if (run) {
      if (sectionAt > run.members[run.members.length - 1]) run.crossed = true;
      run.members.push(i);
      run.last = v;
      run.high ||= v > 20;
    } else {
      const fresh = { members: [i], last: v, crossed: false, high: v > 20 };
      runs.push(fresh);
      open.unshift(fresh);
      if (open.length > 4) open.pop();
    }
  }
  let out: Line[] | null = null;
  for (const run of runs) {
    if (run.members.length < 3 || !(run.crossed || run.high)) continue;
    out ??= lines.slice();
    for (const i of run.members) out[i] = { ...lines[i], text: '', squashed: '', hasTab: false };
  }
  return out ?? lines;
}

/**
 * The title's lines from j: one line, or up to three when a contact line (☎) follows them and none
 * reads as a sentence (a long title wrapped over lines, as city reports set them).
 */
function titleParts(lines: Line[], j: number): number[] {
  const parts = [j];
  let k = j + 1;
  for (; k < lines.length && parts.length < 3; k++) {
    if (isBlank(lines[k])) continue;
    if (lines[k].text.includes('☎') || !isTitleLike(lines[k])) break;
    parts.push(k);
  }
  while (k < lines.length && isBlank(lines[k])) k++;
  const contactNext = k < lines.length && lines[k].text.includes('☎');
  if (parts.length > 1 && contactNext && !parts.some((p) => SENTENCE_END_RE.test(lines[p].text.trim()))) return parts;
  return [j];
}

/** The index of the title line after a bare number at i (within 3 lines, only blanks between), or -1. */
function nextTitleLine(lines: Line[], i: number): number {
  let limit = i + 3;
  for (let j = i + 1; j < lines.length && j <= limit; j++) {
    const l = lines[j];
    if (isBlank(l)) continue;
    const t = l.text.trim();
    // A page break between the number and its title leaves the page number between them (`1` ⏎ `50` ⏎ `제목`).
    if (j > i + 1 && /^\d{2,3}$/.test(t) && limit === i + 3) {
      limit = j + 3;
      continue;
    }
    return isTitleLike(l) ? j : -1;
  }
  return -1;
}

/** A line that can be a heading's title: short, Hangul, no marker, no number, no sentence, no section or unit name. */
function isTitleLike(l: Line): boolean {
  const t = l.text.trim();
  if (l.hasTab || t.length < 2 || t.length > 70 || MARKER_RE.test(t) || t.includes('☎')) return false;
  if (!/[가-힣]/.test(t) || BARE_NUMBER_RE.test(l.squashed) || NUMBERED_RE.test(t) || BARE_ROMAN_RE.test(l.squashed)) return false;
  if (SENTENCE_END_RE.test(t) && t.length > 30) return false;
  return !YEAR_SECTION_RE.test(l.squashed) && !ORG_LINE_RE.test(l.squashed);
}

/** True when the first non-blank line after j (within 4) opens a numbered list at 1 (`1`, `1.`, `1. 제목`). */
function startsList(lines: Line[], j: number): boolean {
  for (let k = j + 1; k < lines.length && k <= j + 4; k++) {
    if (isBlank(lines[k])) continue;
    return /^1(?:\.|\s|$)/.test(lines[k].text.trim()) && lines[k].squashed.length < 60;
  }
  return false;
}
