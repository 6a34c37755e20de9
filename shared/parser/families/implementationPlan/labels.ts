/**
 * Field labels of an 이행계획 task page sit in a narrow left column, so the PDF text splits them
 * over two or three lines:
 * > | 향후
 * > | 추진
 * > | 계획
 * They are joined here and mapped to a FieldKey.
 */
import type { Line } from '../../lines';
import type { FieldKey } from '../../types';

/** Joined (squashed) label → key. */
const LABEL_KEYS: Readonly<Record<string, FieldKey>> = {
  추진목적: 'purpose',
  사업목적: 'purpose',
  추진개요: 'purpose',
  사업개요: 'purpose',
  추진배경: 'purpose',
  추진경과: 'results',
  추진실적: 'results',
  추진근거: 'basis',
  추진내용: 'content',
  사업내용: 'content',
  주요내용: 'content',
  향후추진계획: 'plan',
  향후계획: 'plan',
  추진계획: 'plan',
  이행지표: 'indicator',
  성과지표: 'indicator',
  연차별성과지표: 'indicator',
  기대효과: 'effect',
};

/** Every piece a split label is made of. */
const FRAGMENTS = new Set([
  '추진', '사업', '향후', '이행', '연차별', '성과', '기대', '주요',
  '목적', '경과', '개요', '배경', '실적', '근거', '내용', '계획', '지표', '효과',
]);

const MAX_LABEL_LINES = 3;
/** Length of the longest label (`연차별성과지표`); fragments are shorter. */
const MAX_LABEL_LENGTH = Math.max(...Object.keys(LABEL_KEYS).map((k) => k.length), ...[...FRAGMENTS].map((f) => f.length));

/** True for a short line that is (part of) a split label: `추진`, `계획`, `연차별`. */
export function isFieldLabelFragment(line: Line): boolean {
  return FRAGMENTS.has(line.squashed);
}

export interface FieldLabel {
  key: FieldKey;
  /** The joined label, e.g. `향후추진계획`. */
  label: string;
  /** Index of the first label line. */
  index: number;
  /** Index of the last label line. */
  lastIndex: number;
}

/**
 * The label starting at `lines[i]`, joining up to three consecutive fragment lines (longest match
 * wins), or null. A whole-line label (`추진내용`) is accepted too.
 */
export function readFieldLabel(lines: Line[], i: number, limit: number): FieldLabel | null {
  const first = lines[i];
  if (!first) return null;
  // Labels and fragments are 2–7 letters: other lines are turned away before the lookups (this runs
  // on every body line). Long ASCII lines still go through: `constructor` is found on the plain object.
  const n = first.squashed.length;
  if (n < 2 || (n > MAX_LABEL_LENGTH && first.squashed.charCodeAt(0) >= 0x80)) return null;
  const whole = LABEL_KEYS[first.squashed];
  if (whole) return { key: whole, label: first.squashed, index: i, lastIndex: i };
  if (!FRAGMENTS.has(first.squashed)) return null;
  let joined = first.squashed;
  let best: FieldLabel | null = null;
  for (let k = 1; k < MAX_LABEL_LINES && i + k < limit; k++) {
    const next = lines[i + k];
    if (!FRAGMENTS.has(next.squashed)) break;
    joined += next.squashed;
    const key = LABEL_KEYS[joined];
    if (key) best = { key, label: joined, index: i, lastIndex: i + k };
  }
  return best;
}

/** All field labels in lines[from, to). */
export function findFieldLabels(lines: Line[], from: number, to: number): FieldLabel[] {
  const out: FieldLabel[] = [];
  for (let i = from; i < to; i++) {
    const label = readFieldLabel(lines, i, to);
    if (!label) continue;
    out.push(label);
    i = label.lastIndex;
  }
  return out;
}
