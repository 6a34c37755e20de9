/**
 * Cover blocks. A work report (or a bundle of them, one per top unit) opens each report with
 * > | 2024.1.16.[화] ~1.22.[월]
 * > | 제331회 서초구의회 임시회
 * > | - 2024년도 -
 * > | 주요업무보고
 * > | 감사담당관          ← the unit (the first cover of a bundle names the committee instead)
 * > | 감사팀 / 조사팀 …   ← its teams or 과, skipped
 */
import type { Line } from '../../lines';
import { isBlank } from '../../lines';
import {
  chapterTitle,
  headingName,
  isDateLine,
  isReportTitle,
  isReportTitleWording,
  isSessionLine,
  isTocStart,
  isYearLabel,
  readItemHeading,
  sectionKindOf,
  startsWithMarker,
} from './patterns';

export interface Cover {
  /** Index of the first line of the block (date or session line, or the title). */
  start: number;
  /** Index of the 주요업무보고 line. */
  titleIndex: number;
  /** Index just after the block (its team list included). */
  end: number;
  /** The name line after the title (unit or committee), spaces removed. */
  name?: string;
  nameIndex?: number;
  dateIndex?: number;
  sessionIndex?: number;
  yearIndex?: number;
}

/** How far back from the title line a cover's date/session lines may sit. */
const COVER_LOOKBACK = 8;

/** Every cover block, in order. */
export function findCovers(lines: Line[]): Cover[] {
  const covers: Cover[] = [];
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(lines[i])) nonBlank++;
    const strict = isReportTitle(lines[i]);
    // At the top of a document, a wording that could be a section heading (`2025년 주요업무 추진계획`)
    // is one; next to a cover's date or session line it is the title.
    if (!strict && !(isReportTitleWording(lines[i]) && ((nonBlank <= TOP_LINES && sectionKindOf(lines[i]) === null) || followsCoverLine(lines, i)))) continue;
    const cover: Cover = { start: i, titleIndex: i, end: i + 1 };
    // Walk back over the date, session and year lines.
    for (let j = i - 1; j >= Math.max(0, i - COVER_LOOKBACK); j--) {
      const l = lines[j];
      if (isBlank(l)) continue;
      if (isDateLine(l)) cover.dateIndex = j;
      else if (isSessionLine(l)) cover.sessionIndex = j;
      else if (isYearLabel(l)) cover.yearIndex = j;
      else break;
      cover.start = j;
    }
    // The name: the first line after the title that is not a date or a year label.
    let k = i + 1;
    for (; k < lines.length && k <= i + 12; k++) {
      const l = lines[k];
      if (isBlank(l)) continue;
      if (isDateLine(l)) {
        cover.dateIndex ??= k;
        continue;
      }
      if (isYearLabel(l)) {
        cover.yearIndex ??= k;
        continue;
      }
      // A page number left alone on a line (PDF text) is no name.
      if (/^\d{1,3}$/.test(l.squashed)) continue;
      if (isCoverStop(l)) break;
      cover.name = headingName(l.squashed);
      cover.nameIndex = k;
      k++;
      break;
    }
    // The team / 과 list: short plain lines up to the TOC or the first heading. A committee's
    // cover (`행정복지위원회`) lists no teams: what follows it is a TOC or the first unit.
    let end = k;
    const committee = cover.name?.endsWith('위원회') ?? false;
    for (; !committee && end < lines.length && end <= k + 40; end++) {
      const l = lines[end];
      if (isBlank(l)) continue;
      if (isCoverStop(l) || l.squashed.length > 24 || startsWithMarker(l.text)) break;
    }
    cover.end = end;
    // Covers never overlap: a block starts after the previous one ends.
    const prev = covers[covers.length - 1];
    if (prev && cover.start < prev.end) cover.start = prev.end;
    covers.push(cover);
    i = Math.max(i, end - 1);
  }
  return covers;
}

/** How many non-blank lines count as the top of a document, where a title needs no cover lines. */
const TOP_LINES = 12;

/** True when a cover's date, session or year line sits right above line i. */
function followsCoverLine(lines: Line[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - COVER_LOOKBACK); j--) {
    const l = lines[j];
    if (isBlank(l)) continue;
    return isDateLine(l) || isSessionLine(l) || isYearLabel(l);
  }
  return false;
}

function isCoverStop(l: Line): boolean {
  return (
    l.hasTab ||
    isDateLine(l) ||
    isSessionLine(l) ||
    isYearLabel(l) ||
    isTocStart(l) ||
    isReportTitle(l) ||
    chapterTitle(l) !== null ||
    sectionKindOf(l) !== null ||
    (readItemHeading(l) !== null && readItemHeading(l)!.style !== 'bare')
  );
}

/** Document metadata read from the covers. */
export interface CoverMetadata {
  title: string;
  issuer: string;
  date: string;
  council?: string;
  committee?: string;
  session?: string;
}

/** `2024. 01. 16.[화] ~ 01. 22.[월]` → { start: '2024-01-16', range: '2024. 1. 16.~1. 22.' }. */
export function readCoverDate(text: string): { iso: string; range: string } | null {
  const m = /(\d{4})\s*\.\s*(\d{1,2})\s*\.(?:\s*(\d{1,2})\s*\.?)?/.exec(text);
  if (!m) return null;
  const y = m[1];
  const mo = String(Number(m[2])).padStart(2, '0');
  const iso = m[3] ? `${y}-${mo}-${String(Number(m[3])).padStart(2, '0')}` : `${y}-${mo}`;
  const start = m[3] ? `${y}. ${Number(m[2])}. ${Number(m[3])}.` : `${y}. ${Number(m[2])}.`;
  const rest = text.slice(m.index + m[0].length);
  const end = /~\s*(?:(\d{4})\s*\.\s*)?(\d{1,2})\s*\.\s*(\d{1,2})\s*\./.exec(rest);
  const range = end ? `${start}~${end[1] ? `${end[1]}. ` : ''}${Number(end[2])}. ${Number(end[3])}.` : start;
  return { iso, range };
}

const METRO_RE = /(서울특별시|부산광역시|대구광역시|인천광역시|광주광역시|대전광역시|울산광역시|세종특별자치시|경기도|강원특별자치도|강원도|충청북도|충청남도|전북특별자치도|전라북도|전라남도|경상북도|경상남도|제주특별자치도)/g;

/** The most frequent metropolitan/provincial government named in the text (first 200 kB). */
export function dominantMetro(lines: Line[]): string {
  const counts = new Map<string, number>();
  let chars = 0;
  for (const l of lines) {
    chars += l.text.length;
    if (chars > 200_000) break;
    if (!l.text.includes('시') && !l.text.includes('도')) continue;
    METRO_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = METRO_RE.exec(l.text)) !== null) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Title, issuer, date, council, committee and session from the first cover. */
export function readCoverMetadata(lines: Line[], covers: Cover[]): CoverMetadata {
  const meta: CoverMetadata = { title: '', issuer: '', date: '' };
  const first = covers[0];
  if (!first) return meta;
  const text = (i: number | undefined) => (i === undefined ? '' : lines[i].text.trim());
  const date = readCoverDate(text(first.dateIndex));
  if (date) meta.date = date.iso;
  const sessionText = text(first.sessionIndex);
  if (sessionText) {
    meta.session = date ? `${sessionText} (${date.range})` : sessionText;
    // > | 제331회 서초구의회 임시회   → 서초구의회
    const council = sessionText.split(/\s+/).find((w) => /^[가-힣]{1,12}(시|군|구|도)의회$/.test(w));
    if (council) meta.council = council;
  }
  let orgName = '';
  for (const c of covers) {
    if (!c.name) continue;
    if (c.name.endsWith('위원회')) meta.committee ??= c.name;
    else orgName ||= c.name;
  }
  const metro = dominantMetro(lines);
  const district = meta.council ? meta.council.replace(/의회$/, '') : '';
  // A district council's report is issued by the district office; otherwise by the city (or province).
  meta.issuer = district && metro && !metro.startsWith(district) ? `${metro} ${district}` : district || metro || orgName;
  const yearLabel = text(first.yearIndex).replace(/[-\s]/g, '');
  const year = yearLabel || (meta.date ? `${meta.date.slice(0, 4)}년` : '');
  const titleWord = lines[first.titleIndex].squashed.replace(/^\d{4}년도?/, '');
  const owner = meta.committee ?? orgName;
  meta.title = [year, titleWord].filter(Boolean).join(' ') + (owner ? ` (${owner})` : '');
  return meta;
}
