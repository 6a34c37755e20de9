/**
 * Fields: the labelled blocks of a project (`□ 사업개요`, `□ 추진계획`, `□ 소요예산 : …`, `- 기 간 : …`).
 */
import type { Line } from './lines';
import { firstNonSpaceCode, isBlank, isSpaceCode, squash } from './lines';
import { spanLines } from './position';
import { collectTables } from './tables';
import type { FieldKey, FieldNode } from './types';

/** Block and bullet markers, outermost first. `☐` was folded to `□` by normalize. */
export const BLOCK_MARKERS = ['□', '■', '○', '◦', '●', '-', '·', '•', '▶', '▪', '◆', '◇', '❖', '✓'] as const;

/** Nesting depth of a marker: □ 0, ○ 1, - 2, deeper bullets 3; no marker → 4. */
export function markerLevel(marker: string, indent = 0): number {
  if (marker === '□' || marker === '■') return 0;
  if (marker === '○' || marker === '●' || marker === '◦' || marker === '◎') return 1;
  if (marker === '-') return indent > 0 ? 3 : 2;
  if (marker) return 3;
  return 4;
}

/** A line split into marker, label and value: `□ 소요예산 : 20,916천원 【구비】`. */
export interface LabelledLine {
  /** The leading marker (`□`, `○`, `-` …) or '' when none. */
  marker: string;
  /** Leading spaces before the marker. */
  indent: number;
  /** Label with spaces removed (`소 요 예 산` → `소요예산`); '' when the line has no label. */
  label: string;
  /** Text after the colon (or after the label when there is no colon), trimmed. */
  value: string;
  /** True when a colon separated label and value. */
  hasColon: boolean;
  /** The text after the marker, trimmed. */
  rest: string;
}

/** Marker characters readLabelledLine accepts (each one UTF-16 unit); `*` too, for `* 참고` lines. */
const MARKER_CHARS: ReadonlySet<number> = new Set([...'□■○◦●◎-·•▶▪◆◇❖✓*'].map((ch) => ch.charCodeAt(0)));

/** True for a marker character readLabelledLine accepts. */
export function isMarkerCode(c: number): boolean {
  return MARKER_CHARS.has(c);
}

/**
 * Split a line into marker, label and value. The label is what comes before the first colon when
 * that colon is near the start (labels are short); otherwise the whole short text is the label.
 * > | □ 소요예산 : 20,916천원 【구비】  → marker □, label 소요예산, value `20,916천원 【구비】`
 * > | - 소 요 예 산 : 4,308,127천원    → marker -, label 소요예산
 * > | □ 사업개요                        → marker □, label 사업개요, value ''
 * Read with a character loop (it runs on most body lines): leading whitespace, an optional
 * marker, whitespace, then the rest — the regex `^(\s*)(marker)?\s*`.
 */
export function readLabelledLine(text: string): LabelledLine {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const indent = i;
  let marker = '';
  if (i < text.length && MARKER_CHARS.has(text.charCodeAt(i))) {
    marker = text[i];
    i++;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  }
  const rest = i === 0 ? text.trimEnd() : text.slice(i).trimEnd();
  const colon = findLabelColon(rest);
  if (colon >= 0) {
    return { marker, indent, label: squash(rest.slice(0, colon)), value: rest.slice(colon + 1).trim(), hasColon: true, rest };
  }
  const squashed = squash(rest);
  return { marker, indent, label: squashed.length <= 24 ? squashed : '', value: '', hasColon: false, rest };
}

/** Index of a label colon within the first 24 characters (not inside brackets, not a time `10:30`). */
function findLabelColon(rest: string): number {
  let depth = 0;
  const limit = Math.min(rest.length, 24);
  for (let i = 0; i < limit; i++) {
    const c = rest[i];
    if (c === '(' || c === '[' || c === '【' || c === '「') depth++;
    else if (c === ')' || c === ']' || c === '】' || c === '」') depth = Math.max(0, depth - 1);
    else if ((c === ':' || c === '：') && depth === 0) {
      if (isAsciiDigit(rest.charCodeAt(i - 1)) && isAsciiDigit(rest.charCodeAt(i + 1))) continue;
      return i;
    }
  }
  return -1;
}

/** `/\d/` on one character; NaN (out of range) is no digit. */
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Remove decorations from a label before matching: `추진실적('24. 3월말 기준)` → `추진실적`, `평가개요[안]` → `평가개요`. */
export function cleanLabel(label: string): string {
  // Each step is skipped when its characters are absent (the result is the same; this runs per line).
  let l = label.includes('(') || label.includes('[') || label.includes('〈') ? label.replace(/\([^)]{0,30}\)|\[[^\]]{0,30}\]|〈[^〉]{0,30}〉/g, '') : label;
  const c = l.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2019 || c === 0x27 || c === 0x2018) l = l.replace(/^[’'‘]?\d{2,4}년(도)?/, '');
  l = squash(l);
  return l.includes('*') ? l.replace(/\*/g, '') : l;
}

/**
 * Label patterns per key; the first matching rule wins (order matters: 추진경과및계획 is a plan).
 * Patterns are anchored, so a sub-project title that merely contains a word (`『청렴성과관리제』
 * 운영`) is not taken for a field.
 */
const FIELD_RULES: ReadonlyArray<readonly [FieldKey, RegExp]> = [
  ['budget', /^(소요예산|집행예산|사업예산|총사업비|사업비|운영비용|비예산|예산액?|소요재원|재원)(및.{1,6})?$/],
  ['indicator', /^(성과|이행|평가)지표$|^평가목표$/],
  ['effect', /^(기대|사업|추진)?(효과|기대성과)$/],
  ['purpose', /^(사업|추진|운영|평가|설립|행사|시설|시행)?(개요|목적|배경)(및.{1,6})?$|^(추진)?배경및필요성$|^(사업|추진)?필요성$/],
  ['basis', /^(추진|사업|지원|법적|관련)?근거$/],
  ['period', /^(사업|추진|운영|행사)?기간$/],
  ['target', /^(지원|사업|참여|운영)?대상$/],
  ['location', /^(사업|운영|행사)?(장소|위치)$/],
  ['plan', /(계획|일정|향후계획|추진사항|추진절차|추진방향|추진방법|중점추진사항)$/],
  ['results', /^(주요)?(추진|운영|사업|주요)?(실적|성과|결과|경과)$|^주요운영실적$|^그간추진(사항|실적)$|^(추진|운영|사업)(현황|상황)$|^(주요)?진행(사항|상황)$/],
  ['content', /^문제점및(개선|보완|해결)(방안|대책)$|^(개선|보완)(방안|대책)$/],
  ['content', /^(주요|사업|추진|지원|운영)내용$/],
];

/** The FieldKey of a label, or null when the label is not a known field name. */
export function fieldKeyOf(label: string): FieldKey | null {
  const l = cleanLabel(label);
  if (!l || l.length > 12) return null;
  for (const [key, re] of FIELD_RULES) if (re.test(l)) return key;
  return null;
}

/**
 * The fields of a project body lines[from, to).
 * A field starts at each `□` line (any label; unknown labels give key 'other') and runs to the next
 * `□` line. When the body has no `□` blocks (results items written as bullets), each known labelled
 * bullet (`- 기 간 : …`, `- 소요예산 : …`) is a one-line field.
 */
export function collectFields(lines: Line[], from: number, to: number): FieldNode[] {
  const end = Math.min(to, lines.length);
  const starts: number[] = [];
  for (let i = from; i < end; i++) {
    const l = lines[i];
    if (l.hasTab || isBlank(l)) continue;
    const c = firstNonSpaceCode(l.text);
    if (c === 0x25a1 /* □ */ || c === 0x25a0 /* ■ */) starts.push(i);
  }
  const fields: FieldNode[] = [];
  if (starts.length > 0) {
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k];
      const b = k + 1 < starts.length ? starts[k + 1] : end;
      fields.push(makeField(lines, a, b));
    }
    return fields;
  }
  for (let i = from; i < end; i++) {
    const l = lines[i];
    if (l.hasTab || isBlank(l)) continue;
    const ll = readLabelledLine(l.text);
    if (!ll.marker || !ll.hasColon) continue;
    const key = fieldKeyOf(ll.label);
    if (!key) continue;
    fields.push({ type: 'field', key, label: cleanLabel(ll.label), text: ll.value, tables: [], position: spanLines(lines, i, i) });
  }
  return fields;
}

/** A field from lines[a, b): heading line a, body up to b (trailing blank lines dropped). */
export function makeField(lines: Line[], a: number, b: number): FieldNode {
  const head = readLabelledLine(lines[a].text);
  const label = head.hasColon ? head.label : head.label || squash(head.rest).slice(0, 24);
  const key = fieldKeyOf(label) ?? 'other';
  let last = b - 1;
  while (last > a && isBlank(lines[last])) last--;
  const body: string[] = [];
  if (head.hasColon && head.value) body.push(head.value);
  else if (!head.hasColon && !head.label && head.rest) body.push(head.rest);
  for (let i = a + 1; i <= last; i++) body.push(lines[i].text);
  while (body.length && body[0].trim() === '') body.shift();
  return {
    type: 'field',
    key,
    label: cleanLabel(label) || label,
    text: body.join('\n'),
    tables: collectTables(lines, a + 1, last + 1),
    position: spanLines(lines, a, last),
  };
}
