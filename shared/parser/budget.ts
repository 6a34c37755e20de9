/**
 * The budget of one project: find its budget statement among the body lines and read it.
 *
 * > | □ 소요예산 : 20,916천원 【구비】
 * > | - 소 요 예 산 : 4,308,127천원 【구비】
 * > | □ 소요예산 : 4,084,000천원
 * > |
 * > | 【국비 800,000천원, 시비 2,273,000천원, 구비 1,011,000천원】   (sources on the next line)
 *
 * Rules: 소요예산 first; 집행예산, 사업예산, 운영비용, 사업비, 총사업비, 예산(액) only when no 소요예산 exists.
 * Table rows and `※` notes are not budget statements. Several statements at the same (shallowest)
 * level with different totals are sub-project budgets: the project total is then unknown (null).
 */
import type { Line } from './lines';
import { firstNonSpaceCode, isBlank, isSpaceCode, nextNonBlank, squash } from './lines';
import { findAmounts, readBudgetValue, parseSources, parseSourceAmounts, readUnitsLine } from './money';
import type { MoneyUnit } from './money';
import { fieldKeyOf, isMarkerCode, markerLevel, readLabelledLine } from './fields';
import { diagnosticAt, emptyBudget } from './nodes';
import { spanLines } from './position';
import type { Budget, Diagnostic } from './types';
import { parserText } from '../text/parser';

/** Primary budget label, then fallbacks in order of preference. */
export const PRIMARY_BUDGET_LABELS = ['소요예산'] as const;
export const FALLBACK_BUDGET_LABELS = ['집행예산', '사업예산', '운영비용', '총사업비', '사업비', '예산액', '예산'] as const;
const ALL_BUDGET_LABELS: readonly string[] = [...PRIMARY_BUDGET_LABELS, ...FALLBACK_BUDGET_LABELS];
/** Labels too common in prose to be read without a colon (`예산 절감 10% 달성` is no statement). */
const COLON_ONLY_LABELS: readonly string[] = ['예산액', '예산'];

/** One budget statement found in a body. */
export interface BudgetStatement {
  /** Index in `lines`. */
  index: number;
  label: string;
  primary: boolean;
  /** Marker depth (□ 0, ○ 1, - 2 …). */
  level: number;
  /** The text after the label. */
  value: string;
  /** True when the statement sits under one of several sibling sub-projects. */
  inSubProject?: boolean;
}

/**
 * Read a budget statement from one line, or null.
 * > | ☐ 소요예산: 구비 52,000천원(청소행정과)      (no space before the colon)
 * > | 소요예산 천원: 52,000 구비( )               (unit between label and colon)
 * > | - 소요예산('24년) : 1,294백만원(시비 100%)  (year in parentheses)
 * > | □ 총사업비 172.5억                          (no colon)
 */
export function readBudgetStatement(line: Line): Omit<BudgetStatement, 'index'> | null {
  if (line.hasTab) return null;
  // > | □ **소요예산 : 1,837,610천원 [시비 …]**   (markdown bold around the line)
  if (line.text.includes('**')) {
    const text = line.text.replace(/\*\*/g, '');
    line = { ...line, text, squashed: squash(text) };
  }
  const s = line.squashed;
  if (s.length < 3 || s.startsWith('※') || s.startsWith('*')) return null;
  // Every label holds 예산, 사업비 or 운영비용, and the label is a piece of the squashed line: most
  // lines are turned away here, before they are split (this runs on every body line).
  if (!s.includes('예산') && !s.includes('사업비') && !s.includes('운영비용')) return null;
  const ll = readLabelledLine(line.text);
  const labelSource = ll.hasColon ? ll.label : squash(ll.rest);
  const stripped = labelSource.replace(/^[’'‘]?\d{2,4}년(도)?/, '');
  for (const label of ALL_BUDGET_LABELS) {
    if (!stripped.startsWith(label) || (!ll.hasColon && COLON_ONLY_LABELS.includes(label))) continue;
    const after = stripped.slice(label.length);
    // `소요예산`, `소요예산(안)`, `소요예산('24년)`, `소요예산천원` are labels; `사업비지원` is not.
    if (ll.hasColon && after && !/^(\(.*\)|\[.*\]|천원|백만원|억원|원|\(단위.*)$/.test(after)) return null;
    let value: string;
    if (ll.hasColon) value = (/^(천원|백만원|억원|원)$/.test(after) ? `${after}: ` : '') + ll.value;
    else {
      // No colon: the value follows the label's letters in the original text.
      value = textAfterLetters(ll.rest, label.length + (stripped.length - stripped.replace(/^\s*/, '').length));
      if (!/\d|비예산/.test(value)) return null;
    }
    return { label, primary: (PRIMARY_BUDGET_LABELS as readonly string[]).includes(label), level: markerLevel(ll.marker, ll.indent), value };
  }
  return null;
}

/** The text after the first `count` non-space characters of `text`. */
function textAfterLetters(text: string, count: number): string {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) {
    if (!isSpaceCode(text.charCodeAt(i))) seen++;
    i++;
  }
  return text.slice(i).trim();
}

/** Every budget statement within lines[from, to), with whether it sits inside a sub-project. */
export function findBudgetStatements(lines: Line[], from: number, to: number): BudgetStatement[] {
  const out: BudgetStatement[] = [];
  const start = Math.max(0, from);
  const end = Math.min(to, lines.length);
  const headings = findSubHeadings(lines, start, end);
  const moneyBlocksAtLevel = countMoneyBlocks(lines, headings, end);
  const open: SubHeading[] = [];
  let next = 0;
  for (let i = start; i < end; i++) {
    while (next < headings.length && headings[next].index === i) {
      const h = headings[next++];
      while (open.length && open[open.length - 1].level >= h.level) open.pop();
      open.push(h);
    }
    const st = readBudgetStatement(lines[i]);
    if (!st) continue;
    const inSub = open.some(
      (h) => h.index !== i && h.subProject && (h.numbered || (moneyBlocksAtLevel.get(h.level) ?? 0) >= 2),
    );
    out.push({ index: i, ...st, inSubProject: inSub });
  }
  return out;
}

/** A heading inside a project body that may open a sub-project. */
interface SubHeading {
  index: number;
  level: number;
  /** False for known field labels (`□ 사업개요`) and labelled lines, which belong to the project itself. */
  subProject: boolean;
  /** `6-1. …`: a numbered sub-item, always a sub-project. */
  numbered: boolean;
}

/**
 * Headings inside a body: numbered sub-items (`6-1. …`), circled numbers (`① …`) and marker lines
 * without a colon (`□ 동청사 유지보수`, `○ 서울형 주택바우처 지급`, `- 골목상권 … 사업추진`).
 * A budget under a numbered sub-item, or under one of several sibling sub-projects that each state
 * money, is that sub-project's budget, not the item's:
 * > | 6-1. 기간제근로자 통합관리시스템 운영
 * > | - 소요예산 : 7,760천원          ← sub-project budget
 * > | 6-2. 「…」 제정
 */
function findSubHeadings(lines: Line[], from: number, to: number): SubHeading[] {
  const out: SubHeading[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.hasTab || isBlank(l)) continue;
    const t = l.text.includes('**') ? l.text.replace(/\*\*/g, '') : l.text;
    // The first character decides which test can apply: a digit, a circled number, or a marker.
    const first = firstNonSpaceCode(t);
    if (first >= 0x30 && first <= 0x39) {
      if (/^\s*\d{1,2}-\d{1,2}\.?\s/.test(t)) out.push({ index: i, level: -2, subProject: true, numbered: true });
      continue;
    }
    if (first >= 0x2460 && first <= 0x2473) {
      // `① 디지털 특화 공모사업` above `□ 사업개요` heads a sub-project; inside a □ block it is a list item.
      const j = nextMarkerLine(lines, i + 1, to);
      const above = j >= 0 && /^\s*[□■]/.test(lines[j].text);
      out.push({ index: i, level: above ? -1 : 1, subProject: true, numbered: false });
      continue;
    }
    if (!isMarkerCode(first) || first === 0x2a /* * */) continue;
    // The level needs only the marker and its indent: deep bullets are dropped before the line is split.
    if (markerLevel(String.fromCharCode(first), leadingSpaces(t)) > 2) continue;
    const ll = readLabelledLine(t);
    const level = markerLevel(ll.marker, ll.indent);
    if (ll.hasColon) {
      // `□ 소요예산 : …`, `□ 평가 : 2등급`: closes open blocks at its level but opens none.
      if (level === 0) out.push({ index: i, level, subProject: false, numbered: false });
      continue;
    }
    const known = fieldKeyOf(ll.label) !== null || readBudgetStatement(l) !== null;
    out.push({ index: i, level, subProject: !known, numbered: false });
  }
  return out;
}

/** Number of leading whitespace characters (readLabelledLine's `indent`). */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function nextMarkerLine(lines: Line[], from: number, to: number): number {
  for (let i = from; i < to && i < from + 12; i++) {
    if (isBlank(lines[i]) || lines[i].hasTab) continue;
    if (/^\s*[□■○◦●\-]/.test(lines[i].text)) return i;
  }
  return -1;
}

/** A line stating money: a budget statement, or a labelled amount (`- 지원액 : 77,860천원`). */
function isMoneyLine(line: Line): boolean {
  if (line.hasTab) return false;
  if (readBudgetStatement(line)) return true;
  if (!line.text.includes(':') && !line.text.includes('：')) return false; // no label colon
  const ll = readLabelledLine(line.text);
  if (!ll.hasColon || !/(액|예산|사업비|운영비|공사비|보조금|지원금|출연금|교부금)$/.test(ll.label)) return false;
  return findAmounts(ll.value).some((a) => a.unit !== null);
}

/** Per level, how many sub-project blocks state money. */
function countMoneyBlocks(lines: Line[], headings: SubHeading[], end: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (!h.subProject) continue;
    let stop = end;
    for (let j = k + 1; j < headings.length; j++) {
      if (headings[j].level <= h.level) {
        stop = headings[j].index;
        break;
      }
    }
    for (let i = h.index + 1; i < stop; i++) {
      if (isMoneyLine(lines[i])) {
        counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

/** The statements that decide the total: primary if any, else fallbacks; only the shallowest level. */
export function chooseBudgetStatements(found: BudgetStatement[]): BudgetStatement[] {
  const all = found.filter((s) => !s.inSubProject);
  const primary = all.filter((s) => s.primary);
  let pool = primary.length ? primary : all;
  if (!primary.length) {
    // Fallbacks in preference order: the first label that occurs wins.
    for (const label of FALLBACK_BUDGET_LABELS) {
      const withLabel = all.filter((s) => s.label === label);
      if (withLabel.length) {
        pool = withLabel;
        break;
      }
    }
  }
  if (!pool.length) return [];
  const top = Math.min(...pool.map((s) => s.level));
  return pool.filter((s) => s.level === top);
}

/**
 * The budget of a project body lines[from, to).
 * `defaultUnit` is the unit a bare number is read in (천원 in work reports).
 */
export function readProjectBudget(
  lines: Line[],
  from: number,
  to: number,
  defaultUnit: MoneyUnit = '천원',
): { budget: Budget; diagnostics: Diagnostic[] } {
  const budget = emptyBudget();
  const diagnostics: Diagnostic[] = [];
  const all = findBudgetStatements(lines, from, to);
  const chosen = chooseBudgetStatements(all);
  if (!chosen.length && all.length) {
    // Only sub-project budgets: the project's own total is unknown.
    diagnostics.push(diagnosticAt(lines, all[0].index, 'parser:budget-sub-projects', parserText.budgetSubProjectsOnly, 'info'));
  }
  if (!chosen.length) {
    // `비예산` written alone (`□ 비예산 [자체분석]`) still says "no budget".
    for (let i = from; i < Math.min(to, lines.length); i++) {
      if (!lines[i].hasTab && /^[□○-]?\s*비예산/.test(lines[i].text.trim())) {
        budget.nonBudget = true;
        budget.position = spanLines(lines, i, i);
        break;
      }
    }
    return { budget, diagnostics };
  }
  const readings = chosen.map((s) => ({ s, r: readBudgetValue(s.value, unitNear(lines, s.index, from) ?? defaultUnit) }));
  const first = readings[0];
  budget.raw = lines[first.s.index].text.trim();
  budget.position = spanLines(lines, first.s.index, first.s.index);
  budget.nonBudget = readings.every((x) => x.r.nonBudget);
  const totals = readings.map((x) => x.r.thousandWon).filter((v): v is number => v != null);
  const distinct = new Set(totals);
  if (readings.length > 1 && distinct.size > 1) {
    // Several sub-project budgets and no total: unknown.
    return { budget, diagnostics };
  }
  const r = first.r;
  budget.thousandWon = r.thousandWon;
  budget.sources = r.sources;
  budget.bySource = r.bySource;
  if (r.partial) {
    diagnostics.push(diagnosticAt(lines, first.s.index, 'parser:budget-partial', parserText.budgetPartial, 'info'));
  }
  // The source marker may sit on the next non-blank line: `【국비 800,000천원, 시비 …】`.
  if (!budget.sources.length) {
    const j = nextNonBlank(lines, first.s.index + 1, Math.min(to, first.s.index + 4));
    if (j >= 0 && /^\s*[【\[(]/.test(lines[j].text) && !lines[j].hasTab) {
      const src = parseSources(lines[j].text);
      if (src.length) {
        budget.sources = src;
        budget.bySource = parseSourceAmounts(lines[j].text, defaultUnit);
        budget.raw += '\n' + lines[j].text.trim();
        budget.position = spanLines(lines, first.s.index, j);
      }
    }
  }
  const year = /(?:^|\D)[’'‘]?(\d{2}|20\d{2})년/.exec(lines[first.s.index].text);
  if (year) budget.year = year[1].length === 2 ? 2000 + Number(year[1]) : Number(year[1]);
  if (budget.thousandWon == null && !budget.nonBudget && !r.partial) {
    diagnostics.push(diagnosticAt(lines, first.s.index, 'parser:budget-unreadable', parserText.budgetUnreadable));
  }
  return { budget, diagnostics };
}

/** A `(단위: 백만원)` line just above a statement changes the unit of bare numbers. */
function unitNear(lines: Line[], index: number, floor: number): MoneyUnit | null {
  for (let i = index - 1, seen = 0; i >= floor && seen < 2; i--) {
    if (isBlank(lines[i])) continue;
    seen++;
    const u = readUnitsLine(lines[i].text);
    if (u && lines[i].text.trim().length < 30) return u;
  }
  return null;
}
