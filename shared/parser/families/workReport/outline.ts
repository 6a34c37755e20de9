/**
 * The outline of a work report: covers → units → sections → numbered items.
 *
 * Pass 1 walks the lines once and cuts them into segments, each under one (unit, section);
 * covers and tables of contents are skipped (their TOC entries are kept).
 * Pass 2 picks the real items in each segment (see items.ts).
 */
import type { Line } from '../../lines';
import { isBlank } from '../../lines';
import type { SectionKind } from '../../types';
import type { Cover } from './covers';
import {
  chapterKind,
  readChapter,
  isTocStart,
  orgLevelOf,
  orgNameOf,
  sectionKindOf,
  readItemHeading,
  endsWithPageNumber,
  bodySectionKindOf,
  numberedSectionOf,
  readLetterHeading,
  titledUnitOf,
  unitHeadingNameOf,
} from './patterns';
import type { TocGroup, TocRegion } from './toc';
import { isUnitHeadingAt, readTocRegion, readTocRun } from './toc';

export interface OutlineUnit {
  name: string;
  level: string;
  parent?: string;
  /** Index of the line that names it. */
  index: number;
  /** How it was found: a cover, a heading, or a contact line under an item. */
  via: 'cover' | 'heading' | 'contact';
}

export interface OutlineSection {
  kind: SectionKind;
  heading: string;
  index: number;
  unit: string;
}

/** A stretch of lines under one unit and section, where items are looked for. */
export interface Segment {
  /** First line index (after the heading) and end (exclusive). */
  from: number;
  to: number;
  top: OutlineUnit | null;
  sub: OutlineUnit | null;
  section: SectionKind | null;
  /** Entries the unit's own TOC lists for this section, if any. */
  toc: TocGroup | null;
  /** Candidate numbered headings in the segment (line indices). */
  candidates: number[];
  /** Candidate lettered headings (`가. 제목`) in the segment (line indices). */
  letters: number[];
}

export interface Outline {
  units: OutlineUnit[];
  sections: OutlineSection[];
  segments: Segment[];
  tocRegions: TocRegion[];
  /** TOC groups per unit name, in order. */
  tocByUnit: Map<string, TocGroup[]>;
}

/** How large an org level is: 실/본부 above 국 above 담당관/과/센터 …; an unknown level ranks highest. */
function orgRank(level: string): number {
  if (level === '실' || level === '본부') return 3;
  if (level === '국') return 2;
  return ['담당관', '과', '센터', '사업소', '반', '단'].includes(level) ? 1 : 4;
}

export function buildOutline(lines: Line[], covers: Cover[]): Outline {
  const units: OutlineUnit[] = [];
  const sections: OutlineSection[] = [];
  const segments: Segment[] = [];
  const tocRegions: TocRegion[] = [];
  const tocByUnit = new Map<string, TocGroup[]>();
  const coverAt = new Map<number, Cover>();
  for (const c of covers) coverAt.set(c.start, c);

  let top: OutlineUnit | null = null;
  let sub: OutlineUnit | null = null;
  let section: SectionKind | null = null;
  let sectionFromChapter = false;
  let seg: Segment | null = null;
  // The chapter list being read (`I.` … `V.`) and the sub-unit it belongs to: a list that starts
  // under a 과 heading (`행정지원과` → `Ⅰ. 2023년 …추진실적` → `Ⅱ. …계획`) stays that 과's, while a
  // list that continues after 과 headings met inside an earlier chapter (`V. 서면 보고` → units)
  // goes back to the unit that opened it.
  let chapterList: { last: number; sub: OutlineUnit | null } | null = null;

  // TOC groups read since the last cover, chapter or unit heading: the current unit's own TOC.
  let currentToc: TocGroup[] = [];
  const unitName = () => sub?.name ?? top?.name ?? '';
  const closeSegment = (at: number) => {
    if (seg) {
      seg.to = at;
      if (seg.candidates.length || seg.letters.length || seg.section) segments.push(seg);
    }
    seg = null;
  };
  const openSegment = (from: number) => {
    closeSegment(from);
    const groups = currentToc;
    const toc = groups.find((g) => g.section === section) ?? (groups.length === 1 && groups[0].section === null ? groups[0] : null);
    seg = { from, to: from, top, sub, section, toc: toc ?? null, candidates: [], letters: [] };
  };
  const addToc = (region: TocRegion) => {
    tocRegions.push(region);
    const list = tocByUnit.get(unitName()) ?? [];
    for (const g of region.groups) {
      const group = section && g.section === null ? { ...g, section } : g;
      list.push(group);
      currentToc.push(group);
    }
    tocByUnit.set(unitName(), list);
  };
  const isBoundary = (i: number) => coverAt.has(i) || isUnitHeadingAt(lines, i);
  /** After a chapter or unit heading at `i`: open a segment, take a TOC right below it, and re-open
   * so the segment sees that TOC. Returns the index the loop continues from. */
  const openAfterHeading = (i: number): number => {
    openSegment(i + 1);
    const run = readTocRun(lines, i + 1);
    if (!run) return i;
    addToc(run);
    openSegment(run.end);
    return run.end - 1;
  };

  /** Enter a unit named at line i: a 과 under a larger top unit becomes its sub-unit. */
  const enterUnit = (name: string, i: number) => {
    closeSegment(i);
    const level = orgLevelOf(name) ?? '과';
    const unit: OutlineUnit = { name, level, index: i, via: 'heading' };
    // A unit the current top outranks is inside it (과 in a 국, 담당관 in a 실); a peer or a larger
    // unit (담당관 after 담당관, 국 after a 국's last 과) starts a new top.
    if (top && top.name !== name && orgRank(top.level) > orgRank(level)) {
      unit.parent = top.name;
      sub = unit;
    } else {
      top = unit;
      sub = null;
    }
    if (!units.some((u) => u.name === name)) units.push(unit);
  };

  // A single-unit report without a cover names its unit in the title line (`세무과 주요업무 보고`).
  if (covers.length === 0) {
    for (let i = 0, seen = 0; i < lines.length && seen < 3; i++) {
      if (isBlank(lines[i])) continue;
      seen++;
      const name = titledUnitOf(lines[i]);
      if (name) {
        top = { name, level: orgLevelOf(name) ?? '과', index: i, via: 'heading' };
        units.push(top);
        break;
      }
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;

    const cover = coverAt.get(i);
    if (cover) {
      closeSegment(i);
      const name = cover.name;
      if (name && !name.endsWith('위원회') && cover.nameIndex !== undefined) {
        const level = orgLevelOf(name) ?? '기관';
        top = { name, level, index: cover.nameIndex, via: 'cover' };
        if (!units.some((u) => u.name === name)) units.push(top);
      }
      sub = null;
      section = null;
      sectionFromChapter = false;
      chapterList = null;
      currentToc = [];
      i = cover.end - 1;
      continue;
    }

    if (isTocStart(line)) {
      closeSegment(i);
      const region = readTocRegion(lines, i, isBoundary);
      addToc(region);
      i = region.end - 1;
      continue;
    }

    // `Ⅰ. 기획예산과`, or `1. 기획예산과` with a section right below: a unit heading with a numeral.
    const numberedUnit = unitHeadingNameOf(line);
    if (numberedUnit && (numberedUnit.roman || sectionFollows(lines, i))) {
      enterUnit(numberedUnit.name, i);
      section = null;
      sectionFromChapter = false;
      chapterList = null;
      currentToc = [];
      i = openAfterHeading(i);
      continue;
    }

    const chapter = readChapter(line);
    if (chapter !== null) {
      if (!chapterList || chapter.number <= chapterList.last) chapterList = { last: chapter.number, sub };
      else {
        chapterList.last = chapter.number;
        sub = chapterList.sub;
      }
      currentToc = [];
      section = chapterKind(chapter.title);
      sectionFromChapter = true;
      sections.push({ kind: section, heading: line.text.trim(), index: i, unit: unitName() });
      i = openAfterHeading(i);
      continue;
    }

    const kind = sectionKindOf(line) ?? numberedSectionOf(line);
    if (kind !== null && !/^[□■○-]/.test(line.text.trim())) {
      section = kind;
      sectionFromChapter = false;
      sections.push({ kind, heading: line.text.trim(), index: i, unit: unitName() });
      openSegment(i + 1);
      continue;
    }

    const orgName = orgNameOf(line);
    if (orgName && isUnitHeadingAt(lines, i)) {
      enterUnit(orgName, i);
      if (!sectionFromChapter) section = null;
      currentToc = [];
      i = openAfterHeading(i);
      continue;
    }

    const head = readItemHeading(line);
    if (head && !endsWithPageNumber(line)) {
      if (!seg) openSegment(i);
      seg!.candidates.push(i);
    } else if (!head && !endsWithPageNumber(line) && readLetterHeading(line)) {
      if (!seg) openSegment(i);
      seg!.letters.push(i);
    }
  }
  closeSegment(lines.length);
  return { units, sections, segments, tocRegions, tocByUnit };
}

/** True when a section heading (bare, numbered or roman) or a TOC is the next non-blank line within 4. */
function sectionFollows(lines: Line[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && j <= i + 4 && isBlank(lines[j])) j++;
  if (j >= lines.length || j > i + 4) return false;
  const next = lines[j];
  return isTocStart(next) || bodySectionKindOf(next) !== null || (readChapter(next) !== null && chapterKind(readChapter(next)!.title) !== 'other');
}
