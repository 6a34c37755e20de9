/**
 * Picking the real items of a segment among its numbered lines, and reading their titles.
 *
 * Items count 1, 2, 3 … within a section. A numbered line that restarts at 1 inside an item opens
 * a nested list (`1. 반포종합사회복지관 … 4. 우면종합사회복지관` inside item 5); its members are
 * not items. When the next expected number could also continue a nested list, the unit's TOC title
 * decides, and without a TOC, a later line with the same number (outside the nested run) wins.
 */
import type { Line } from '../../lines';
import { isBlank } from '../../lines';
import { titleSimilarity } from '../../similarity';
import type { ItemHeading } from './patterns';
import { contactUnitOf, isContactLine, readItemHeading, readLetterHeading, startsWithMarker } from './patterns';
import type { Segment } from './outline';
import type { TocEntry } from './toc';

export interface ItemCandidate {
  index: number;
  head: ItemHeading;
  /** Title text (for a bare number, read from the following lines). */
  title: string;
  /** Index of the last title line. */
  titleEnd: number;
}

/** The lines after a bare number (or a heading) that hold its title, and where the title ends. */
export function readTitleLines(lines: Line[], index: number, limit: number, tocTitle?: string): { title: string; titleEnd: number } {
  const parts: { text: string; index: number }[] = [];
  let blanks = 0;
  for (let i = index + 1; i < limit && parts.length < 3; i++) {
    const l = lines[i];
    if (isBlank(l)) {
      if (++blanks > 3) break;
      continue;
    }
    blanks = 0;
    const t = l.text.trim();
    if (l.hasTab || isContactLine(l) || startsWithMarker(t) || readItemHeading(l) || t.length > 70) break;
    parts.push({ text: t.replace(/\*\*/g, '').trim(), index: i });
  }
  if (!parts.length) return { title: '', titleEnd: index };
  // Choose how many lines make the title: up to a contact line right after them, else by the TOC.
  let take = 1;
  const endsSentence = (s: string) => /(함|임|음|다|요)\.?$/.test(s);
  const after = nextNonBlankIndex(lines, parts[parts.length - 1].index + 1, limit);
  if (parts.length > 1 && after >= 0 && isContactLine(lines[after]) && !parts.some((p) => endsSentence(p.text))) {
    take = parts.length;
  } else if (tocTitle) {
    let best = -1;
    for (let k = 1; k <= parts.length; k++) {
      const sim = titleSimilarity(parts.slice(0, k).map((p) => p.text).join(' '), tocTitle);
      if (sim > best + 0.02) {
        best = sim;
        take = k;
      }
    }
  }
  const used = parts.slice(0, take);
  return { title: used.map((p) => p.text).join(' '), titleEnd: used[used.length - 1].index };
}

function nextNonBlankIndex(lines: Line[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

function candidateOf(lines: Line[], index: number, limit: number, tocTitle?: string, lettered = false): ItemCandidate | null {
  const head = lettered ? readLetterHeading(lines[index]) : readItemHeading(lines[index]);
  if (!head) return null;
  if (head.style !== 'bare') return { index, head, title: head.title, titleEnd: index };
  const { title, titleEnd } = readTitleLines(lines, index, limit, tocTitle);
  if (!title) return null;
  return { index, head, title, titleEnd };
}

/** How many later candidates the nested-list look-ahead may inspect. */
const LOOKAHEAD = 400;

/** `1 제목` and a bare `1` are the same style; `1. 제목` and `1) 제목` are two others. */
function sameStyle(a: ItemHeading['style'], b: ItemHeading['style']): boolean {
  return styleFamily(a) === styleFamily(b);
}

function styleFamily(s: ItemHeading['style']): ItemHeading['style'] {
  return s === 'bare' ? 'space' : s;
}

/** The real items of a segment, in order. */
export function selectItems(lines: Line[], seg: Segment): ItemCandidate[] {
  const tocEntries: TocEntry[] = seg.toc?.entries ?? [];
  const tocByNumber = new Map<number, string>();
  for (const e of tocEntries) if (!tocByNumber.has(e.number)) tocByNumber.set(e.number, e.title);
  const tocTitle = (n: number) => tocByNumber.get(n);
  const cands: ItemCandidate[] = [];
  // Lettered items (`가. 제목`) are the segment's items when the list starts before any numbered
  // line: the numbering moved one level up to the sections, and `1)` lines are nested inside them.
  const lettered = seg.letters.length > 0 && (seg.candidates.length === 0 || seg.letters[0] < seg.candidates[0]);
  for (const index of lettered ? seg.letters : seg.candidates) {
    const head = lettered ? readLetterHeading(lines[index]) : readItemHeading(lines[index]);
    const c = candidateOf(lines, index, seg.to, head ? tocTitle(head.number) : undefined, lettered);
    if (c) cands.push(c);
  }
  const accepted: ItemCandidate[] = [];
  let expected = 1;
  let style: ItemHeading['style'] | null = null;
  let nested: number | null = null;

  // Would the item numbered `expected` still come later, if cands[k] continued the nested run?
  // The look-ahead is bounded so that pathological input stays linear.
  const realComesLater = (k: number): boolean => {
    let run = cands[k].head.number;
    for (let j = k + 1; j < Math.min(cands.length, k + 1 + LOOKAHEAD); j++) {
      const n = cands[j].head.number;
      if (n === run + 1) run = n;
      else if (n === expected && (style === null || sameStyle(style, cands[j].head.style))) return true;
      else if (n === 1) run = 1;
    }
    return false;
  };

  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const n = c.head.number;
    const styleOk = style === null || sameStyle(style, c.head.style);
    if (n === expected && styleOk) {
      if (nested !== null && n === nested + 1) {
        const want = tocTitle(expected);
        const sim = want ? titleSimilarity(c.title, want) : -1;
        const real = sim >= 0.6 ? true : sim >= 0 && sim < 0.3 ? false : !realComesLater(k);
        if (!real) {
          nested = n;
          continue;
        }
      }
      accepted.push(c);
      expected++;
      style ??= c.head.style;
      nested = null;
    } else if (accepted.length > 0 && n === 1) {
      nested = 1;
    } else if (nested !== null && n === nested + 1) {
      nested = n;
    }
  }
  return accepted;
}

/**
 * The unit named by a contact line right under an item's title (within 3 non-blank lines).
 * > | 1 경력보유여성 IT 등 미래유망직종 교육 강화
 * > | 양성평등담당관 : 이성은 ☎2133-5005 …
 */
export function contactUnitUnder(lines: Line[], titleEnd: number, limit: number): { unit: string; index: number } | null {
  let seen = 0;
  for (let i = titleEnd + 1; i < limit && seen < 3; i++) {
    if (isBlank(lines[i])) continue;
    seen++;
    const unit = contactUnitOf(lines[i]);
    if (unit) return { unit, index: i };
  }
  return null;
}
