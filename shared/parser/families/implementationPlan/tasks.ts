/**
 * Task headings of an 이행계획 page. The code is `goal-subgoal-seq` with a circled seq digit, and
 * every non-Hangul fragment of the title was moved after the code by the PDF extractor:
 * > | 이 행 계 획 쿨루프 사업 추진1-1- (Cool Roof) ➋
 * >                                ^^^^ code, `(Cool Roof)` displaced, ➋ = 2
 * A page may hold several tasks under a bare `이 행 계 획`, titles wrapping onto the next line:
 * > | 이 행 계 획
 * > | 지속가능발전 이행계획 수립 년 에 따른 3-2- (2022 )➊
 * > | 서대문구 재정 현황 재정리
 */
import type { Line } from '../../lines';
import { isBlank } from '../../lines';
import { dropEmptyBrackets, squeezeSpaces } from './displaced';
import { circledDigitValue } from './glyphs';
import { afterTaskLabel, isTaskLabelLine } from './headers';
import { isFieldLabelFragment } from './labels';

export interface TaskCode {
  /** Normalised `1-1-1`. */
  number: string;
  /** The code as written, e.g. `1-1-➊`. */
  raw: string;
  /** Title text before the code (may still need continuation lines). */
  title: string;
  /** Tokens moved out of the title (between the code parts and after the seq digit). */
  displaced: string;
}

/** A task heading is one printed line; longer text is prose (and is not scanned, to stay linear). */
const MAX_HEADING_LENGTH = 400;

const PAIR_PREFIX_RE = /(\d{1,2})\s*-\s*(\d{1,2})\s*-/g;

/**
 * Read `…title<g>-<s>- <displaced><circled seq> <displaced>` from one line; plain `g-s-n` is accepted too.
 * Returns null when the line holds no task code.
 */
export function readTaskCode(text: string): TaskCode | null {
  if (text.length > MAX_HEADING_LENGTH) return null;
  let circledAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (circledDigitValue(text[i]) != null) {
      circledAt = i;
      break;
    }
  }
  if (circledAt >= 0) {
    const prefix = text.slice(0, circledAt);
    let pair: RegExpExecArray | null = null;
    let m: RegExpExecArray | null;
    PAIR_PREFIX_RE.lastIndex = 0;
    while ((m = PAIR_PREFIX_RE.exec(prefix)) !== null) pair = m;
    if (!pair) return null;
    const seq = circledDigitValue(text[circledAt]) ?? 0;
    const between = prefix.slice(pair.index + pair[0].length);
    const after = text.slice(circledAt + 1);
    return {
      number: `${Number(pair[1])}-${Number(pair[2])}-${seq}`,
      raw: `${pair[1]}-${pair[2]}-${text[circledAt]}`,
      title: squeezeSpaces(prefix.slice(0, pair.index)),
      displaced: squeezeSpaces(`${between} ${after}`),
    };
  }
  const plain = /(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})(?![\d-])/.exec(text);
  if (!plain) return displacedPlainCode(text);
  return {
    number: `${Number(plain[1])}-${Number(plain[2])}-${Number(plain[3])}`,
    raw: plain[0].replace(/\s+/g, ''),
    title: squeezeSpaces(text.slice(0, plain.index)),
    displaced: squeezeSpaces(text.slice(plain.index + plain[0].length)),
  };
}

/**
 * A plain seq digit displaced behind the title's non-Hangul fragments, at the line end:
 * > | 서대문 정담은 푸드마켓 푸드뱅크 운영지원1-2- /1      → 1-2-1, displaced `/`
 * The tokens between the pair and the digit hold no Hangul (they were moved out of the title).
 */
function displacedPlainCode(text: string): TaskCode | null {
  let pair: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  PAIR_PREFIX_RE.lastIndex = 0;
  while ((m = PAIR_PREFIX_RE.exec(text)) !== null) pair = m;
  if (!pair) return null;
  const after = text.slice(pair.index + pair[0].length);
  const seq = /(?<![\d,.])(\d{1,2})\s*$/.exec(after);
  if (!seq || /[가-힣]/.test(after)) return null;
  return {
    number: `${Number(pair[1])}-${Number(pair[2])}-${Number(seq[1])}`,
    raw: `${pair[1]}-${pair[2]}-${seq[1]}`,
    title: squeezeSpaces(text.slice(0, pair.index)),
    displaced: squeezeSpaces(after.slice(0, seq.index)),
  };
}

export interface TaskHeading {
  code: TaskCode;
  /** Index of the line holding the code. */
  index: number;
  /** Index of the last title line (continuations included). */
  lastIndex: number;
  title: string;
}

/** How many continuation lines a wrapped title may have. */
const MAX_TITLE_CONTINUATIONS = 2;
/** How far below a bare `이 행 계 획` its task lines may run. */
const MAX_BARE_LABEL_REACH = 16;

/**
 * The tasks announced by the task-label line at `labelIndex`: the code on that line itself, or,
 * for a bare label, every code line that follows before the first field label.
 */
export function readTaskHeadings(lines: Line[], labelIndex: number, limit: number): TaskHeading[] {
  const label = lines[labelIndex];
  const out: TaskHeading[] = [];
  const own = readTaskCode(afterTaskLabel(label));
  if (own) {
    out.push(withContinuations(lines, labelIndex, own, limit));
    return out;
  }
  // `이 행 계 획 <first part of a wrapped title>` with the code on a later line.
  let pendingTitle = squeezeSpaces(afterTaskLabel(label));
  const stop = Math.min(limit, labelIndex + 1 + MAX_BARE_LABEL_REACH);
  for (let i = labelIndex + 1; i < stop; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (isFieldLabelFragment(line) || isTaskLabelLine(line)) break;
    const code = readTaskCode(line.text);
    if (!code) continue;
    const heading = withContinuations(lines, i, code, limit);
    if (pendingTitle) heading.title = cleanTitle(`${pendingTitle} ${heading.title}`);
    pendingTitle = '';
    out.push(heading);
    i = heading.lastIndex;
  }
  return out;
}

function withContinuations(lines: Line[], index: number, code: TaskCode, limit: number): TaskHeading {
  const parts = [code.title];
  let last = index;
  for (let i = index + 1; i < limit && i <= index + MAX_TITLE_CONTINUATIONS; i++) {
    const line = lines[i];
    if (isBlank(line) || isFieldLabelFragment(line) || isTaskLabelLine(line) || readTaskCode(line.text)) break;
    if (/^\s*[○〇●◦•□■▸▶※\-]/.test(line.text)) break; // a bullet starts the body, not a title
    if (!/[가-힣]/.test(line.text)) break; // page furniture (`112`), not words
    parts.push(line.text.trim());
    last = i;
  }
  return { code, index, lastIndex: last, title: cleanTitle(parts.join(' ')) };
}

function cleanTitle(text: string): string {
  return dropEmptyBrackets(text);
}
