/**
 * Tables of contents (`보 고 순 서`, `차 례`, and bare numbered lists right under a unit or chapter
 * heading). Their lines duplicate body headings, so they are skipped; their entries are kept to
 * cross-check the items found in the body.
 * > | 보 고 순 서
 * > | □ 2023년 주요업무 추진실적
 * > | 1. 공직기강 및 청렴도 향상 업무 추진⇥2
 */
import type { Line } from '../../lines';
import { isBlank, squash } from '../../lines';
import type { SectionKind } from '../../types';
import {
  chapterTitle,
  endsWithPageNumber,
  numberedSectionOf,
  isSeparator,
  isTocStart,
  orgNameOf,
  readItemHeading,
  sectionKindOf,
  stripPageNumber,
} from './patterns';

export interface TocEntry {
  number: number;
  title: string;
  /** Index of the TOC line. */
  index: number;
}

/** The entries a TOC lists for one section kind (null when the TOC has no section lines). */
export interface TocGroup {
  section: SectionKind | null;
  entries: TocEntry[];
}

export interface TocRegion {
  /** Index of the first line (the `보고순서` line or the first entry). */
  start: number;
  /** Index just after the region. */
  end: number;
  groups: TocGroup[];
}

/** A TOC line read as an entry: `1. 제목⇥2`, `- 1 제목`, `3. 제목 12`, a table row `1⇥제목⇥2`. */
export function readTocEntry(line: Line): { number: number; title: string } | null {
  if (isBlank(line)) return null;
  // A table row `3⇥제목⇥15` (the number in a cell of its own); `3. 제목⇥15` reads as before.
  if (line.hasTab && /^\s*\d{1,2}[.)]?\s*\t/.test(line.text)) {
    const row = tocRowOf(line);
    return row?.kind === 'entry' ? { number: row.number, title: row.title } : null;
  }
  const text = stripPageNumber(line.text.replace(/^\s*[-·•]\s*/, ''), true);
  const head = readItemHeading({ ...line, text, hasTab: false });
  if (!head || head.style === 'bare' || !head.title) return null;
  return { number: head.number, title: head.title };
}

/**
 * A row of a list-of-projects table (`주요사업 목록`: 연번 | 주요사업 | 쪽), as PDF/markdown
 * converters write a unit's TOC: its header, a row naming a section, or an entry.
 * > | 연번⇥주요사업⇥쪽                       → header
 * > | ⇥2023년 주요업무 추진실적⇥              → section
 * > | 3⇥친절행정 향상 추진⇥15                 → entry 3
 */
export type TocRow = { kind: 'header' } | { kind: 'section'; text: string } | { kind: 'entry'; number: number; title: string };

export function tocRowOf(line: Line): TocRow | null {
  if (!line.hasTab) return null;
  const cells = line.text.split('\t').map((c) => c.trim());
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  // A trailing page number (or page range) is not part of the title.
  if (cells.length > 1 && /^\d{1,3}(\s*[~-]\s*\d{1,3})?$/.test(cells[cells.length - 1])) cells.pop();
  const filled = cells.filter(Boolean);
  if (filled.length === 0) return null;
  if (filled.length >= 2 && filled.length <= 4 && filled.every((c) => TOC_HEADER_CELL_RE.test(squash(c)))) return { kind: 'header' };
  const number = /^(\d{1,2})[.)]?$/.exec(cells[0] ?? '');
  if (number && filled.length >= 2) {
    const title = cells.slice(1).filter(Boolean)[0];
    return title.length > 1 ? { kind: 'entry', number: Number(number[1]), title } : null;
  }
  return filled.length === 1 && cells[0] === '' ? { kind: 'section', text: filled[0] } : null;
}

/** Header cells of a list-of-projects table (spaces removed). */
const TOC_HEADER_CELL_RE = /^(연번|순번|번호|순|구분|주요사업|사업명|주요업무|사업|과제명|쪽|페이지|면|담당|부서|비고)$/;

/** The section a TOC line announces: `□ 2023년 주요업무 추진실적`, `□ 일 반 현 황⇥1`, a table row `⇥2023년 …⇥`. */
function tocSectionOf(line: Line): SectionKind | null {
  const row = line.hasTab ? tocRowOf(line) : null;
  if (row?.kind === 'section') {
    const s = squash(row.text);
    return sectionKindOf({ ...line, text: row.text, squashed: s, hasTab: false });
  }
  const text = stripPageNumber(line.text.replace(/^\s*[□■○-]\s*/, ''), true);
  const squashed = squash(text);
  return sectionKindOf({ ...line, text, squashed, hasTab: false });
}

/**
 * The TOC region starting at `start` (a `보고순서`/`차례` line): it runs over TOC-looking lines and
 * ends at the first body heading, a cover, or a line that cannot be part of a TOC.
 */
export function readTocRegion(lines: Line[], start: number, isBoundary: (i: number) => boolean): TocRegion {
  const groups: TocGroup[] = [];
  let group: TocGroup | null = null;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l) || isSeparator(l)) continue;
    if (isBoundary(i)) break;
    const t = l.text.trim();
    // A bare section heading (no marker, no page number) is the body starting.
    if (!/^[□■○-]/.test(t) && !endsWithPageNumber(l) && (sectionKindOf(l) !== null || chapterTitle(l) !== null)) break;
    // A numbered section heading (`1. 일반현황`) after entries of other sections, or in a TOC that
    // announced sections, is the body starting too.
    if (group && numberedSectionOf(l) !== null && (group.section !== null || groups.length > 1)) break;
    const row = tocRowOf(l);
    if (row?.kind === 'header') continue;
    const section = /^[□■○-]/.test(t) || row?.kind === 'section' ? tocSectionOf(l) : null;
    if (section) {
      group = { section, entries: [] };
      groups.push(group);
      continue;
    }
    const entry = readTocEntry(l);
    if (entry) {
      if (!group) {
        group = { section: null, entries: [] };
        groups.push(group);
      }
      const last = group.entries[group.entries.length - 1];
      // A number that does not continue the list is a body heading: the TOC is over.
      if (last && entry.number <= last.number && !endsWithPageNumber(l)) break;
      group.entries.push({ ...entry, index: i });
      continue;
    }
    // Unit names (`○ 행 정 지 원 과⇥6`, `감 사 담 당 관`) and other short TOC lines.
    const bare = t.replace(/^[□■○◦·-]\s*/, '');
    if (endsWithPageNumber(l) || orgNameOf({ ...l, text: bare, squashed: squash(bare).replace(/\t?\d+$/, ''), hasTab: false })) continue;
    if (t.length <= 40 && !l.hasTab) continue;
    break;
  }
  // Trailing blank lines are not part of the region.
  let end = i;
  while (end > start + 1 && isBlank(lines[end - 1])) end--;
  return { start, end, groups };
}

/**
 * A bare numbered list right under a heading (no `보고순서` line) — the unit's own TOC:
 * > | 양성평등담당관
 * > | 1. 「서울우먼업프로젝트」로 3040여성의 경제활동 촉진
 * > | 2. 여성능력개발원 운영
 * > | …
 * > | 1                                ← the body starts, numbered again from 1
 * The run must start at 1, count up by one, hold nothing but numbered lines (blank lines allowed),
 * and be followed by a restart at 1 or a non-list line. A single entry is a TOC only when the body
 * repeats number 1 after it.
 */
export function readTocRun(lines: Line[], from: number, limit = lines.length): TocRegion | null {
  const entries: TocEntry[] = [];
  let i = from;
  let style: string | null = null;
  for (; i < limit; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    const entry = readTocEntry(l);
    if (!entry) break;
    // `1.`, `1)` or `1 `: one list keeps one numbering style.
    const mark = /^\s*[-·•]?\s*\d{1,2}([.)]?)/.exec(l.text)?.[1] ?? '';
    if (entries.length && (entry.number !== entries[entries.length - 1].number + 1 || mark !== style)) break;
    if (!entries.length && entry.number !== 1) return null;
    style = mark;
    entries.push({ ...entry, index: i });
  }
  if (entries.length === 0) return null;
  if (entries.length === 1) {
    // Only a TOC if the next numbered line starts again at 1.
    let j = i;
    while (j < limit && isBlank(lines[j])) j++;
    const next = j < limit ? readItemHeading(lines[j]) : null;
    if (!next || next.number !== 1) return null;
  }
  let end = entries[entries.length - 1].index + 1;
  return { start: entries[0].index, end, groups: [{ section: null, entries }] };
}

/** True when lines[i] (a short org-name line) heads a unit: a TOC, a section, a chapter or a numbered list follows. */
export function isUnitHeadingAt(lines: Line[], i: number): boolean {
  if (!orgNameOf(lines[i])) return false;
  let j = i + 1;
  while (j < lines.length && j <= i + 4 && isBlank(lines[j])) j++;
  if (j >= lines.length || j > i + 4) return false;
  const next = lines[j];
  if (isTocStart(next) || sectionKindOf(next) !== null || chapterTitle(next) !== null) return true;
  // `1. 일반현황` / `1. 2024년 주요업무 추진계획` right under the name: numbered sections.
  if (numberedSectionOf(next) !== null) return true;
  return readTocRun(lines, j) !== null;
}
