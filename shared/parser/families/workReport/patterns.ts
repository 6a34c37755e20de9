/**
 * Line patterns of the 주요업무보고 family. Every test works on one line, is anchored and linear.
 * Letter-spaced headings (`보 고 순 서`, `행 정 지 원 과`) are matched on `line.squashed`.
 */
import type { Line } from '../../lines';
import { firstNonSpaceCode, squash } from '../../lines';
import type { SectionKind } from '../../types';

/** `보 고 순 서`, `차 례`, `목 차`: the start of a table of contents. */
export function isTocStart(line: Line): boolean {
  const s = line.squashed;
  // Cheap exits first: these tests run on every line.
  if (line.hasTab || s.length < 2 || s.length > 8) return false;
  // `주요사업 목록`, `사업목록`: a unit's list of projects (often a table: 연번 | 주요사업 | 쪽).
  return /^(보고순서|차례|목차|순서|(주요)?(사업|업무)목록)$/.test(s);
}

/** `주요업무보고`, `주요 업무 보고`, `2024년 주요업무보고`: the title line of a cover. */
export function isReportTitle(line: Line): boolean {
  const s = line.squashed;
  if (line.hasTab || s.length < 4 || s.length > 24) return false;
  const c = s.charCodeAt(0);
  if (!((c >= 0x30 && c <= 0x39) || c === 0xc8fc /* 주 */ || c === 0xc5c5) /* 업 */) return false;
  return /^(\d{4}년도?)?(주요)?업무보고(서)?(\(.{1,12}\))?$/.test(s);
}

/**
 * Other districts' words for the same report, accepted as a cover title only next to a cover's
 * date/session/year line or at the top of the document (a section may be called `2024년 주요 업무계획`):
 * > | 2024년 주요업무 진행사항 보고    > | 주요현안 보고    > | 2024년도 업무계획    > | 주요업무 추진상황 보고
 */
export function isReportTitleWording(line: Line): boolean {
  const s = line.squashed;
  if (line.hasTab || s.length < 4 || s.length > 30) return false;
  // Every wording ends in 보고, 계획, 현황 (or 서, or a bracket): one character test before the regex.
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0xace0 /* 고 */ && last !== 0xd68d /* 획 */ && last !== 0xd669 /* 황 */ && last !== 0xc11c /* 서 */ && last !== 0x29) return false;
  if (isReportTitle(line)) return true;
  return /^(\d{4}년도?)?(상반기|하반기|\d분기)?(주요)?(업무|현안|사업)(추진)?(진행사항|진행상황|추진상황|추진현황|추진실적)?(보고|계획|현황)(서)?(\(.{1,12}\))?$/.test(s);
}

/** `2024. 01. 16.[화] ~ 01. 22.[월]`, `2024.1.16.[화] ~1.22.[월]`, `2024. 4.`: a cover date line. */
export function isDateLine(line: Line): boolean {
  return !line.hasTab && /^\d{4}\.\d{1,2}\.(\d{1,2}\.?)?(\[.\]|\(.\))?(~.*)?$/.test(line.squashed);
}

/** `- 2024년도 -`: the year label of a cover. */
export function isYearLabel(line: Line): boolean {
  return !line.hasTab && /^-?\d{4}년도?-?$/.test(line.squashed);
}

/** `제331회 서초구의회 임시회`: the session line of a cover. */
export function isSessionLine(line: Line): boolean {
  return !line.hasTab && line.squashed.length <= 40 && /^제\d{1,4}회.{0,20}(임시회|정례회)/.test(line.squashed);
}

const ROMAN = '(?:I|II|III|IV|V|VI|VII|VIII|IX|X|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|Ⅶ|Ⅷ|Ⅸ|Ⅹ)';
const CHAPTER_RE = new RegExp(`^(${ROMAN})[.．]\\s*(\\S.{0,40})$`);
const ROMAN_VALUES: Readonly<Record<string, number>> = {
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10,
  Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10,
};

/** A chapter heading with a roman numeral: its number and title. */
export interface Chapter {
  number: number;
  title: string;
}

/**
 * A chapter heading with a roman numeral: `I. 일반 현황`, `IV. 주요업무 보고`, `V. 서면 보고 [각 부서별]`.
 */
export function readChapter(line: Line): Chapter | null {
  if (line.hasTab || !isRomanStart(firstNonSpaceCode(line.text))) return null;
  const m = CHAPTER_RE.exec(line.text.trim());
  return m ? { number: ROMAN_VALUES[m[1]] ?? 0, title: m[2].replace(/\*+/g, '').trim() } : null;
}

/** I, V, X or Ⅰ…Ⅹ: how every numeral of ROMAN starts (a cheap test before CHAPTER_RE). */
function isRomanStart(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || (c >= 0x2160 && c <= 0x2169);
}

/** The chapter's title (without the numeral), or null when the line is no chapter heading. */
export function chapterTitle(line: Line): string | null {
  return readChapter(line)?.title ?? null;
}

/** The section kind a chapter title stands for. */
export function chapterKind(title: string): SectionKind {
  const s = squash(title);
  if (/실적|성과/.test(s) && !/계획/.test(s)) return 'results';
  if (/현황/.test(s)) return 'status';
  if (/계획|업무보고|주요업무|서면보고|주요사업|현안/.test(s)) return 'plans';
  return 'other';
}

/** Last syllables every section heading below ends with: 현황, 조직, 성과, 결과, 실적, 계획. */
const SECTION_LAST_CHARS: ReadonlySet<number> = new Set([...'황직과적획'].map((ch) => ch.charCodeAt(0)));

/**
 * A bare section heading: `일 반 현 황`, `2023년 주요업무 추진실적`, `2024년 주요업무 추진계획`,
 * `2023년도 주요업무 추진성과`.
 * Lines with a marker (`□ 2023년 …` is a TOC line) or holding both 실적 and 계획 are not headings.
 */
export function sectionKindOf(line: Line): SectionKind | null {
  if (line.hasTab || line.squashed.length < 4) return null;
  const s = line.squashed.includes('*') ? line.squashed.replace(/\*+/g, '') : line.squashed;
  if (s.length < 4 || s.length > 34 || !SECTION_LAST_CHARS.has(s.charCodeAt(s.length - 1))) return null;
  if (/^(일반현황|일반현황및조직|기본현황)$/.test(s)) return 'status';
  // `…추진성과` / `…추진결과` name results too, but only with a year: `주요 사업 성과` alone is an item's block.
  const outcome = /^\d{2,4}년도?[가-힣·]{0,14}(추진|사업|업무)(성과|결과)$/.test(s);
  if (!outcome && !/^(\d{2,4}년도?)?[가-힣·]{0,14}(실적|계획)$/.test(s)) return null;
  if (!/업무|사업|주요/.test(s)) return null;
  const results = outcome || s.includes('실적');
  const plans = s.includes('계획');
  if (results && plans) return null;
  return results ? 'results' : 'plans';
}

/** Org-unit name endings, longest first. */
const ORG_SUFFIX_RE = /(담당관|사업소|본부|센터|추진반|추진단|과|국|실|반|단)$/;

/** The level of an org name: `감사담당관` → 담당관, `문화행정국` → 국 …; null when not an org name. */
export function orgLevelOf(name: string): string | null {
  const m = ORG_SUFFIX_RE.exec(name);
  if (!m) return null;
  if (m[1] === '추진반') return '반';
  if (m[1] === '추진단') return '단';
  return m[1];
}

/**
 * A name line without its decoration: markdown bold, and brackets around the whole name.
 * > | **감사담당관**   → 감사담당관       > | <총무과>   → 총무과       > | 【총무과】 → 총무과
 */
export function headingName(squashed: string): string {
  const s = squashed.includes('*') ? squashed.replace(/\*+/g, '') : squashed;
  return s.length > 0 && BRACKET_OPENERS.includes(s[0]) ? s.replace(/^[<〈《【[]([^<>〈〉《》【】[\]]+)[>〉》】\]]$/, '$1') : s;
}

/** Characters a bracketed name opens with (the regex above only applies to them). */
const BRACKET_OPENERS = '<〈《【[';

/**
 * A line that could name an org unit on its own: short, no marker, no digits-only, ends like an org.
 * > | 행 정 지 원 과      > | 오케이민원센터      > | 양성평등담당관      > | < 총무과 >
 */
export function orgNameOf(line: Line): string | null {
  // Without `*`, headingName drops at most the two brackets: a longer line cannot be a name.
  if (line.hasTab || (line.squashed.length > 22 && !line.squashed.includes('*'))) return null;
  const s = headingName(line.squashed);
  if (s.length < 3 || s.length > 20) return null;
  if (!/^[가-힣0-9]+$/.test(s) || /^\d/.test(s) && !/^\d+인/.test(s)) return null;
  return orgLevelOf(s) ? s : null;
}

/** A numbered heading candidate: number, title text and style. */
export interface ItemHeading {
  number: number;
  /** Text after the number ('' for a bare number line). */
  title: string;
  /** `1. 제목` dot, `1) 제목` paren, `1 제목` space, or a bare `1` with the title on the next lines. */
  style: 'dot' | 'paren' | 'space' | 'bare';
}

const DOT_ITEM_RE = /^(\d{1,2})\.\s*([^\s.].*)$/;
const PAREN_ITEM_RE = /^(\d{1,2})\)\s*([^\s.).,:~].*)$/;
// The title may start with digits glued to a word (`1인가구 …`, `2024년 …`) or with a year
// (`4 2023 서리풀페스티벌 …`), not with a bare number.
const SPACE_ITEM_RE = /^(\d{1,2})\s+((?:\d{1,4}[가-힣A-Za-z]|(?:19|20)\d{2}\s+[가-힣A-Za-z「『‘“"'(<\[]|[^\s\d.~).,:]).*)$/;
// `5`, `5.`, `5)`: the number alone, its title on the next lines (a heading split in two text boxes).
const BARE_ITEM_RE = /^(\d{1,2})[.)]?$/;

/**
 * A numbered heading at column 0 on a line without tabs.
 * > | 3. 친절행정 향상 추진          (dot)
 * > | 3) 친절행정 향상 추진          (paren)
 * > | 3 여성발전센터 운영             (space)
 * > | 5                               (bare; the title is on the next lines)
 */
export function readItemHeading(line: Line): ItemHeading | null {
  if (line.hasTab) return null;
  const c = line.text.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return null; // headings start with a digit at column 0
  const t = line.text.trimEnd();
  if (t.length > 160) return null;
  let m = BARE_ITEM_RE.exec(t);
  if (m) return { number: Number(m[1]), title: '', style: 'bare' };
  m = DOT_ITEM_RE.exec(t);
  // `12. 31.`, `1. 5~`: a date, not a heading.
  if (m && !/^\d{1,2}\s*[.~)]|^\d{1,2}\s*$/.test(m[2])) return { number: Number(m[1]), title: cleanTitle(m[2]), style: 'dot' };
  if (m) return null;
  m = PAREN_ITEM_RE.exec(t);
  if (m) return { number: Number(m[1]), title: cleanTitle(m[2]), style: 'paren' };
  m = SPACE_ITEM_RE.exec(t);
  if (m) {
    const title = cleanTitle(m[2]);
    // `1 인 가 구 담 당 관`, `3 개소`: a count or letter-spaced name, not a heading.
    if (/^(개소|개|명|건|회|인|년|월|일|억|천|만)(?![가-힣])|^%/.test(title)) return null;
    return { number: Number(m[1]), title, style: 'space' };
  }
  return null;
}

/** Strip markdown bold and trailing page numbers / leader dots from a heading text. */
export function cleanTitle(text: string): string {
  return stripPageNumber(text.replace(/\*\*/g, '')).trim();
}

/**
 * Remove a TOC page number: `제목⇥12`, `제목.....97`, `운영 강화.. 40`. Spaces before a number are
 * only stripped when `spaceToo` (inside a TOC, `제목 8`), since a body title may end in a number.
 */
export function stripPageNumber(text: string, spaceToo = false): string {
  let t = text.replace(/\t+\d{1,3}\s*$/, '').replace(/[.·…]{2,}\s*\d{1,3}\s*$/, '').replace(/\t+$/, '');
  if (spaceToo) t = t.replace(/\s\d{1,3}$/, '');
  return t.replace(/[.·…]{2,}\s*$/, '').trim();
}

/** True when the line ends with a tab/leader dots and a page number (a TOC line). */
export function endsWithPageNumber(line: Line): boolean {
  return /(\t|[.·…]{2,}\s*)\d{1,3}\s*$/.test(line.text);
}

/** `-----------------⇥---`: a TOC separator. */
export function isSeparator(line: Line): boolean {
  return /^[-─━=_\s]{3,}$/.test(line.text) && line.squashed.length >= 3;
}

const CONTACT_UNIT_RE = /^([가-힣0-9]{2,20}?)(담당관|과장|반장|센터장|국장|단장|실장|소장)\s*[:：]/;

/**
 * The unit named by a contact line under a heading, or null.
 * > | 양성평등담당관 : 이성은 ☎2133-5005 양성평등일자리팀장 : …   → 양성평등담당관
 * > | 저출생정책추진반장: 주재완 ☎2133-5320 …                       → 저출생정책추진반
 */
export function contactUnitOf(line: Line): string | null {
  if (line.hasTab || !line.text.includes('☎')) return null;
  const s = line.text.trim().replace(/\s+(?=[:：])/, '');
  const m = CONTACT_UNIT_RE.exec(s);
  if (!m) return null;
  const stem = m[1];
  switch (m[2]) {
    case '담당관':
      return `${stem}담당관`;
    case '과장':
      return `${stem}과`;
    case '반장':
      return `${stem}반`;
    case '센터장':
      return `${stem}센터`;
    case '국장':
      return `${stem}국`;
    case '단장':
      return `${stem}단`;
    case '실장':
      return `${stem}실`;
    case '소장':
      return `${stem}소`;
    default:
      return null;
  }
}

/** A line with a phone sign or a `직위 : 이름` contact pattern. */
export function isContactLine(line: Line): boolean {
  return !line.hasTab && line.text.includes('☎');
}

/** Lines that start with a block/bullet marker or a note sign. */
export function startsWithMarker(text: string): boolean {
  return /^\s*(□|■|○|◦|●|◎|-|·|•|▶|▪|◆|◇|❖|✓|※|\*|①|②|③|④|⑤|⑥|⑦|⑧|⑨|⑩|【|〈|<|《|\[|\()/.test(text);
}

/** The Hangul letter sequence of lettered lists: `가.` is 1, `나.` is 2 … `하.` is 14. */
const LETTERS = '가나다라마바사아자차카타파하';
const LETTER_ITEM_RE = /^ {0,2}([가나다라마바사아자차카타파하])[.．]\s*(\S.*)$/;

/**
 * A lettered heading `가. 제목` (up to two leading spaces, no tab): the item level of a report whose
 * sections are numbered (`2. 2024년 주요업무 추진계획` → `가. …`, `나. …`). Its number is the
 * letter's rank; style `dot`.
 */
export function readLetterHeading(line: Line): ItemHeading | null {
  if (line.hasTab) return null;
  const c = firstNonSpaceCode(line.text);
  if (c < 0xac00 || c > 0xd558) return null; // 가 … 하
  const t = line.text.trimEnd();
  if (t.length > 160) return null;
  const m = LETTER_ITEM_RE.exec(t);
  if (!m) return null;
  const title = cleanTitle(m[2]);
  return title ? { number: LETTERS.indexOf(m[1]) + 1, title, style: 'dot' } : null;
}

/** The section kind of a short text (`일반현황`, `2024년 주요업무 추진계획`), or null. */
function sectionKindOfText(line: Line, text: string): SectionKind | null {
  return sectionKindOf({ ...line, text, squashed: squash(text), hasTab: false });
}

/**
 * A numbered section heading: `1. 일반현황`, `2. 2023년 주요업무 추진실적`, `3) 2024년 주요업무 추진계획`
 * (the section level of a report whose items are lettered). No tab, no page number.
 */
export function numberedSectionOf(line: Line): SectionKind | null {
  const c = line.text.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39) || line.hasTab || line.squashed.length > 40) return null;
  const head = readItemHeading(line);
  if (!head || head.style === 'bare' || head.number > 9 || endsWithPageNumber(line)) return null;
  // Only the section vocabulary itself: an item title such as `주요 언론 보도실적` or `기본 현황`
  // ends like a section but is no section.
  const t = squash(head.title);
  if (t !== '일반현황' && !NUMBERED_SECTION_RE.test(t)) return null;
  return sectionKindOfText(line, head.title);
}

/** `2023년 주요업무 추진실적`, `2024년도 업무계획`, `주요업무 추진계획` (spaces removed). */
const NUMBERED_SECTION_RE = /^(?:\d{2,4}년도?(?:주요)?(?:업무|사업)|주요(?:업무|사업))(?:추진)?(?:실적|계획|성과|결과)$/;

/** A section heading, bare (`일 반 현 황`) or numbered (`1. 일반현황`). */
export function bodySectionKindOf(line: Line): SectionKind | null {
  return sectionKindOf(line) ?? numberedSectionOf(line);
}

/**
 * A unit named in a numbered or roman heading: `Ⅰ. 기획예산과`, `Ⅱ. 총무과`, `1. 기획예산과`.
 * Returns the name; the caller checks that a section (or TOC) follows for the numbered form.
 */
export function unitHeadingNameOf(line: Line): { name: string; roman: boolean } | null {
  if (line.hasTab || line.squashed.length > 26) return null;
  const chapter = readChapter(line);
  const roman = chapter !== null;
  let title = chapter?.title;
  if (!roman) {
    const head = readItemHeading(line);
    if (!head || head.style !== 'dot' || head.number > 20) return null;
    title = head.title;
  }
  const name = orgNameOf({ ...line, text: title!, squashed: squash(title!), hasTab: false });
  // `Ⅲ. 주요 성과`, `2. 기대효과`: section or block words that end like an org (과), not units.
  if (!name || /(성과|효과|결과)$/.test(name) || chapterKind(name) !== 'other') return null;
  return { name, roman };
}

/**
 * A title line naming the unit, for a single-unit report without a cover:
 * > | 세무과 주요업무 보고      > | 2024년 세무과 주요업무계획      > | 세무과 2024년도 업무보고
 */
export function titledUnitOf(line: Line): string | null {
  const s = line.squashed;
  if (line.hasTab || s.length < 7 || s.length > 34) return null;
  const m = /^(?:\d{4}년도?)?([가-힣0-9]{2,20}?)(?:\d{4}년도?)?(?:주요)?업무(?:보고|계획)서?$/.exec(s);
  if (!m || /^\d/.test(m[1])) return null;
  return orgLevelOf(m[1]) ? m[1] : null;
}
