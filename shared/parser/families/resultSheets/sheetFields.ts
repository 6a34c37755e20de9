/**
 * A project sheet is a TAB table of labelled rows: the label in column 0, a sub-label in column 1,
 * then values; merged cells leave column 0 empty, so a row without a label continues the field
 * above it.
 * > | 지원 대상→선정 기준→기준중위소득 120% 이하
 * > | →대상 규모→170가구                        (continues 지원 대상)
 * Narrative blocks after the table (`□ 우수사업 선정 근거 및 주요성과`) become fields too.
 */
import type { Line } from '../../lines';
import { collapseSpaces, isSpaceCode } from '../../lines';
import { spanLines } from '../../position';
import type { FieldKey, FieldNode, TableNode } from '../../types';

/**
 * Split a TAB row into trimmed cells (trailing empty cells kept, so column indices stay true).
 * Fields, department, budget and table all read the same rows: each line is split once and its
 * cells shared, so the array is read-only.
 */
export function cellsOf(line: Line): readonly string[] {
  let cells = CELLS.get(line);
  if (cells === undefined) {
    const split: string[] = [];
    const text = line.text;
    let from = 0;
    for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', from)) {
      split.push(text.slice(from, tab).trim());
      from = tab + 1;
    }
    split.push(text.slice(from).trim());
    cells = split;
    CELLS.set(line, cells);
  }
  return cells;
}

const CELLS = new WeakMap<Line, readonly string[]>();

/** Remove HTML tags and markdown emphasis that converters leave inside cells. */
export function plainCell(text: string): string {
  // Each replacement only when its characters occur (the common cell has neither): runs per cell.
  let t = text.includes('<') ? text.replace(/<[^>]{0,400}>/g, ' ') : text;
  if (t.includes('**')) t = t.replace(/\*\*/g, '');
  return collapseSpaces(t);
}

/** Label as compared: spaces, `*`, digits and HTML removed (`성과 지표1` → `성과지표`). */
export function labelKeyText(label: string): string {
  const t = plainCell(label);
  for (let i = 0; i < t.length; i++) if (isKeyNoise(t.charCodeAt(i))) return t.replace(/[\s*\d]/g, '');
  return t;
}

/** Characters labelKeyText drops: whitespace, `*`, ASCII digits. */
function isKeyNoise(c: number): boolean {
  return c === 0x2a || (c >= 0x30 && c <= 0x39) || isSpaceCode(c);
}

/**
 * Keyword → field key, tried in order on the normalised label. Garbled spellings of the same label
 * (`시행 계 회 모 니터 링`, `시 행 계 화 자 체 평 가`) still contain the keyword.
 */
const LABEL_RULES: readonly { test: RegExp; key: FieldKey; name: string }[] = [
  { test: /소관|^담당(부서|과)$/, key: 'other', name: '소관' },
  { test: /사업\(?과?업?\)?명$|^사업명/, key: 'other', name: '사업명' },
  { test: /배경/, key: 'purpose', name: '배경' },
  { test: /목적/, key: 'purpose', name: '목적' },
  { test: /추진근거|관련규정/, key: 'basis', name: '추진근거' },
  { test: /변경/, key: 'other', name: '사업변경' },
  { test: /지원대상|^대상/, key: 'target', name: '지원대상' },
  { test: /전달체계/, key: 'other', name: '전달체계' },
  { test: /사업비|예산/, key: 'budget', name: '사업비' },
  { test: /성과지표/, key: 'indicator', name: '성과지표' },
  { test: /추진체/, key: 'other', name: '추진체계' },
  { test: /모니/, key: 'other', name: '모니터링' },
  { test: /평가/, key: 'other', name: '자체평가' },
  { test: /주요성과|선정근거/, key: 'results', name: '주요성과' },
  { test: /사업효과|기대효과/, key: 'effect', name: '사업효과' },
  { test: /개선방안|향후/, key: 'plan', name: '개선방안' },
  { test: /내용$/, key: 'content', name: '사업내용' },
];

/** Column-0 words that belong to the field above them, not a new field. */
const CONTINUATION_LABELS = /^(비고|자료출처|수행기관|지원절차|주체|시기|구분|구분주요내용)$/;

export interface LabelMatch {
  key: FieldKey;
  /** Canonical label name, e.g. `사업비`. */
  name: string;
}

/** The field a column-0 label opens, or null for continuation/unknown labels. */
export function matchSheetLabel(label: string): LabelMatch | null {
  const t = labelKeyText(label);
  if (!t || CONTINUATION_LABELS.test(t)) return null;
  for (const rule of LABEL_RULES) if (rule.test.test(t)) return { key: rule.key, name: rule.name };
  return null;
}

/** The repeated sheet header `구 분→→주요 내용`, which restarts after every page break. */
export function isSheetHeaderRow(cells: readonly string[]): boolean {
  // The key text starts with 구 only if the row does, or with what labelKeyText drops before it
  // (a tag `<`, `*`, digits, spaces): other rows are answered without joining their cells.
  const first = cells.find((c) => c.length > 0);
  if (first === undefined) return false;
  const c = first.charCodeAt(0);
  if (c !== 0xad6c /* 구 */ && c !== 0x3c /* < */ && !isKeyNoise(c)) return false;
  return labelKeyText(cells.join('')).startsWith('구분주요내용');
}

/** A field being built from rows; `name` lets callers find 소관/사업비 rows. */
export interface SheetField {
  key: FieldKey;
  name: string;
  label: string;
  /** Indices (into lines) of the rows of this field. */
  rows: number[];
  /** Narrative lines (no TAB) of a `□` block. */
  narrative: boolean;
}

/**
 * Group the lines of one sheet (lines[from, to)) into fields.
 * TAB rows: a known label in column 0 opens a field, anything else continues the current one.
 * A misplaced sub-label decides too: `성과지표 명` in column 1 opens the indicator field when the row
 * comes before its `성과 지표*` row; `주요성과` in column 1 opens results.
 * Lines without TAB: `□ <label>` opens a narrative field; other text continues it.
 */
export function groupSheetFields(lines: Line[], from: number, to: number): SheetField[] {
  const fields: SheetField[] = [];
  let current: SheetField | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.squashed) continue;
    if (line.hasTab) {
      const cells = cellsOf(line);
      if (isSheetHeaderRow(cells)) continue;
      const match: LabelMatch | null = matchSheetLabel(cells[0]) ?? misplacedSubLabel(cells, current);
      if (match) {
        current = { key: match.key, name: match.name, label: labelKeyText(cells[0]) || labelKeyText(cells[1] ?? ''), rows: [i], narrative: false };
        fields.push(current);
      } else if (current && !current.narrative) current.rows.push(i);
      continue;
    }
    const box = /^\s*□\s*(.+)$/.exec(line.text);
    const boxLabel: LabelMatch | null = box ? matchSheetLabel(box[1]) : null;
    if (box && boxLabel) {
      current = { key: boxLabel.key, name: boxLabel.name, label: labelKeyText(box[1]), rows: [i], narrative: true };
      fields.push(current);
    } else if (current?.narrative) current.rows.push(i);
  }
  return fields;
}

function misplacedSubLabel(cells: readonly string[], current: SheetField | null): LabelMatch | null {
  if (cells[0]) return null;
  const sub = labelKeyText(cells[1] ?? '');
  if (/^성과지표명?$/.test(sub) && current?.key !== 'indicator') return { key: 'indicator', name: '성과지표' };
  if (sub === '주요성과' && current?.key !== 'results') return { key: 'results', name: '주요성과' };
  return null;
}

/** FieldNode with its rows as a table (TAB fields) or its lines as text (narrative fields). */
export function toFieldNode(lines: Line[], field: SheetField): FieldNode {
  const first = field.rows[0];
  const last = field.rows[field.rows.length - 1];
  const position = spanLines(lines, first, last);
  if (field.narrative) {
    const text = field.rows.slice(1).map((i) => plainCell(lines[i].text)).join('\n');
    return { type: 'field', key: field.key, label: field.label, text, tables: [], position };
  }
  const rows = field.rows.map((i) => cellsOf(lines[i]).map(plainCell));
  // Non-empty cells joined by ` | ` (the header row without its label), non-empty rows by newlines.
  let text = '';
  for (let k = 0; k < rows.length; k++) {
    let row = '';
    for (let c = k === 0 ? 1 : 0; c < rows[k].length; c++) {
      const cell = rows[k][c];
      if (cell) row = row ? `${row} | ${cell}` : cell;
    }
    if (row) text = text ? `${text}\n${row}` : row;
  }
  const table: TableNode = { type: 'table', caption: field.label, rows, position };
  return { type: 'field', key: field.key, label: field.label, text, tables: [table], position };
}
