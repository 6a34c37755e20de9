/**
 * Project codes of a 시행계획 시행결과 document: `I-1-2` (지자체 사회보장사업, strategy-item) and
 * `II-1-2-1` (지역사회보장 발전, strategy-task-item). Project sheets open with a heading line
 * without TAB; best-practice blocks open with a circled number and `세부사업`.
 */
import type { Line } from '../../lines';
import { firstNonSpaceCode } from '../../lines';

export interface SheetHeading {
  /** Normalised code: `I-1-2`, `II-3-2-1`. */
  number: string;
  title: string;
  /** True for `① 세부사업 I-1-1. …` best-practice blocks. */
  bestPractice: boolean;
}

const ROMAN_PART = '(?:I{1,3}|Ⅰ|Ⅱ|Ⅲ)';

/**
 * > | [첨부 1] I-1-1. 200가구 보듬기 사업
 * > | II-1-1-1. 복지사각지대 발굴 홍보 강화
 * > | Ⅱ-1-1-1 복지사각지대 발굴 홍보 강화        (no dot)
 * A line holding a TAB is a table row (`I-1-1. (…)` in a follow-up table), never a heading.
 */
const SHEET_HEADING_RE = new RegExp(`^\\s*(?:\\[첨부\\s*\\d+\\]\\s*)?(${ROMAN_PART}-\\d{1,2}(?:-\\d{1,2}){1,2})(?:\\s*\\.\\s+|\\s+)(\\S.*)$`);

/**
 * > | ① 세부사업 I-1-1. 200가구 보듬기
 * > | ② 세부사업 1-3-2. 저소득 독거어르신 안부확인 음료배달     (part written as a digit)
 */
const BEST_PRACTICE_RE = new RegExp(
  `^\\s*[\\u2460-\\u2473]\\s*세부\\s*(?:사업|과업)\\s*((?:${ROMAN_PART}|[123])-\\d{1,2}(?:-\\d{1,2}){1,2})\\s*\\.?\\s+(\\S.*)$`,
);

/** `Ⅱ-1-1` → `II-1-1`; a leading digit part `1-3-2` → `I-3-2` (the digit is the part number). */
export function normalizeSheetCode(raw: string): string {
  const code = raw.replace(/\s+/g, '').replace(/Ⅲ/g, 'III').replace(/Ⅱ/g, 'II').replace(/Ⅰ/g, 'I');
  const digitPart = /^([123])-(.*)$/.exec(code);
  if (digitPart) return `${'I'.repeat(Number(digitPart[1]))}-${digitPart[2]}`;
  return code;
}

export function readSheetHeading(line: Line): SheetHeading | null {
  if (line.hasTab) return null;
  // Both patterns fix the first non-space character: a circled number, or `[`/I/Ⅰ/Ⅱ/Ⅲ. This runs on every line.
  const c = firstNonSpaceCode(line.text);
  if (c >= 0x2460 && c <= 0x2473) {
    const best = BEST_PRACTICE_RE.exec(line.text);
    if (best) return { number: normalizeSheetCode(best[1]), title: cleanTitle(best[2]), bestPractice: true };
    return null;
  }
  if (c !== 0x5b && c !== 0x49 && (c < 0x2160 || c > 0x2162)) return null;
  const sheet = SHEET_HEADING_RE.exec(line.text);
  if (sheet) return { number: normalizeSheetCode(sheet[1]), title: cleanTitle(sheet[2]), bestPractice: false };
  return null;
}

function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The grouping codes a project code belongs to, outermost first:
 * `I-1-2` → [`I`, `I-1`]; `II-1-2-1` → [`II`, `II-1`, `II-1-2`].
 */
export function groupCodesOf(number: string): string[] {
  const parts = number.split('-');
  const out: string[] = [];
  for (let k = 1; k < parts.length; k++) out.push(parts.slice(0, k).join('-'));
  return out;
}
