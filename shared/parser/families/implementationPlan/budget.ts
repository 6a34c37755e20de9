/**
 * Budget statements of an 이행계획 task. The PDF extractor scrambles them: label, unit and source
 * words come before the colon, the figure after it.
 * > | ○ 소요예산 천원: 52,000 구비( )
 * > | ○ 소요예산: 천원629,165
 * > | ○ 소요예산 천원: 114,000 국 구 ( 50%, 50%)
 * > | ○ 소요예산 천원 시비 천원 구비 천원: 39,812 ( 28,312 , 11,500 )
 * > | - 소요예산 백만원: 2,600
 * > | ○ 소요예산 없음:
 */
import type { Line } from '../../lines';
import { isSpaceCode } from '../../lines';
import type { MoneyUnit } from '../../money';
import { canonicalSources, findAmounts, moneyUnitOf, parseSources, roundMoney } from '../../money';
import { undoubleLine } from './glyphs';

/** Bullet level of a statement: `○` item, `-`/`▸` sub-item, or none. */
export type BulletLevel = 'item' | 'sub' | 'none';

export interface BudgetStatement {
  index: number;
  level: BulletLevel;
  /** Amount in 천원; null for `없음`/`비예산` or an unreadable figure. */
  thousandWon: number | null;
  nonBudget: boolean;
  /** `소요예산 총`: the writer marked it as the total. */
  markedTotal: boolean;
  /** Under `○ 사업개요`, where a `-` line is the task's own figure. */
  inOverview: boolean;
  sources: string[];
  bySource: Record<string, number>;
  raw: string;
}

/** A budget statement is one short line; longer text is prose (and is not scanned, to stay linear). */
const MAX_STATEMENT_LENGTH = 400;

const BULLET_RE = /^\s*([○〇●◦•]|[-‐–▸▶·])?\s*/;
// Label at the start of the statement; `예 산 액` is letter-spaced in some tables.
const LABEL_RE = /^(소\s?요\s?예\s?산|사\s?업\s?예\s?산|사\s?업\s?비|예\s?산\s?액)/;
const UNIT_WORD_RE = /(백\s?만\s?원|천\s?원|억\s?원|원)/;

/** Read one line as a budget statement, or null when it is not one (no label at its start, no colon). */
export function readBudgetStatement(text: string, index: number): BudgetStatement | null {
  if (text.length > MAX_STATEMENT_LENGTH) return null;
  if (!opensWithLabelLetter(text)) return null; // runs per body line: most are turned away here
  const bullet = BULLET_RE.exec(text);
  const bulletChar = bullet?.[1] ?? '';
  const body = text.slice(bullet ? bullet[0].length : 0);
  const label = LABEL_RE.exec(body);
  if (!label) return null;
  const afterLabel = body.slice(label[0].length);
  const colon = afterLabel.search(/[:：]/);
  // > | 예산액 천원( ) 비예산       (a no-budget cell without a colon)
  if (colon < 0 && !/비예산/.test(afterLabel)) return null;
  const beforeColon = colon < 0 ? afterLabel : afterLabel.slice(0, colon);
  const afterColon = colon < 0 ? '' : afterLabel.slice(colon + 1);
  const level: BulletLevel = !bulletChar ? 'none' : /[○〇●◦•]/.test(bulletChar) ? 'item' : 'sub';
  const statement: BudgetStatement = {
    index,
    level,
    thousandWon: null,
    nonBudget: false,
    markedTotal: /(^|\s)총(\s|$)/.test(beforeColon),
    inOverview: false,
    sources: [],
    bySource: {},
    raw: text.trim(),
  };
  const unit = statedUnit(beforeColon, afterColon);
  const amounts = findAmounts(afterColon, unit);
  const figure = amounts[0];
  if (!figure) {
    statement.nonBudget = /비예산|없음/.test(beforeColon + afterColon);
    return statement;
  }
  statement.thousandWon = figure.thousandWon;
  const rest = afterColon.slice(figure.end);
  statement.sources = canonicalSources([...parseSources(beforeColon), ...parseSources(rest)]);
  statement.bySource = splitBySource(statement.sources, figure.thousandWon, rest, unit);
  return statement;
}

/**
 * True when the letter after the optional bullet (BULLET_RE) is 소, 사 or 예, the first letter of
 * every label LABEL_RE reads: a character test instead of the two regexes.
 */
function opensWithLabelLetter(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i < text.length && BULLET_CHARS.includes(text[i])) {
    i++;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  }
  const c = text[i];
  return c === '소' || c === '사' || c === '예';
}

/** The characters of BULLET_RE's bullet group. */
const BULLET_CHARS = '○〇●◦•-‐–▸▶·';

/** The unit word before the colon, else the one right before the figure (`: 천원629,165`); 천원 by default. */
function statedUnit(beforeColon: string, afterColon: string): MoneyUnit {
  const own = UNIT_WORD_RE.exec(beforeColon) ?? UNIT_WORD_RE.exec(afterColon.split(/\d/, 1)[0] ?? '');
  return (own && moneyUnitOf(own[1])) || '천원';
}

/**
 * Amounts per source from the parenthesis after the figure, in the order the sources were named:
 * > | 시비 천원 구비 천원: 39,812 ( 28,312 , 11,500 )   → 시비 28,312, 구비 11,500
 * > | 천원: 114,000 국 구 ( 50%, 50%)                  → 국비 57,000, 구비 57,000
 */
function splitBySource(sources: string[], total: number, rest: string, unit: MoneyUnit): Record<string, number> {
  const out: Record<string, number> = {};
  if (sources.length === 1) {
    out[sources[0]] = total;
    return out;
  }
  const paren = /\(([^)]*)\)/.exec(rest);
  if (!paren || sources.length === 0) return out;
  const percents = [...paren[1].matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
  if (percents.length === sources.length) {
    sources.forEach((s, k) => (out[s] = roundMoney((total * percents[k]) / 100)));
    return out;
  }
  const parts = findAmounts(paren[1], unit).map((a) => a.thousandWon);
  if (parts.length === sources.length) sources.forEach((s, k) => (out[s] = parts[k]));
  return out;
}

/** Every budget statement in lines[from, to); a `-` statement under `○ 사업개요` is marked inOverview. */
export function findBudgetStatements(lines: Line[], from: number, to: number): BudgetStatement[] {
  const out: BudgetStatement[] = [];
  let lastItemIsOverview = false;
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    if (/^\s*[○〇●◦•]/.test(text)) lastItemIsOverview = /^[○〇●◦•]사업개요/.test(lines[i].squashed);
    const s = readBudgetStatement(text, i);
    if (!s) continue;
    s.inOverview = s.level === 'sub' && lastItemIsOverview;
    out.push(s);
  }
  return out;
}

export interface TaskBudgetChoice {
  total: BudgetStatement | null;
  /** Figures stated for parts of the task when no single total is stated. */
  parts: number[];
  nonBudget: boolean;
}

/**
 * The task's own total: a statement at `○` level, marked 총, or under `○ 사업개요`, when it is the
 * only budget statement of the task (or the only one marked 총). Anything else is a list of parts:
 * > | - 소요예산 천원: 15,000      (three sub-activities, no total → parts [15000, 10000, 20000])
 */
export function chooseTaskBudget(statements: BudgetStatement[]): TaskBudgetChoice {
  const withFigure = statements.filter((s) => s.thousandWon != null);
  const nonBudget = statements.length > 0 && withFigure.length === 0 && statements.some((s) => s.nonBudget);
  const qualifies = (s: BudgetStatement) => s.level === 'item' || s.markedTotal || s.inOverview;
  if (withFigure.length === 1 && qualifies(withFigure[0])) return { total: withFigure[0], parts: [], nonBudget: false };
  const marked = withFigure.filter((s) => s.markedTotal);
  if (marked.length === 1) return { total: marked[0], parts: [], nonBudget: false };
  return { total: null, parts: withFigure.map((s) => s.thousandWon as number), nonBudget };
}

/**
 * Sources of a total read from a breakdown table of the task, when the statement names none:
 * > | 연연번번 세세  부부  내내  역역 총총계계 시시비비 구구비비   (doubled header → 연번 세부내역 총계 시비 구비)
 * > | 총      계 241,686 100,000 141,686
 * The row whose first amount equals the total gives one amount per source column; `-` means none.
 */
export function sourcesFromBreakdownTable(lines: Line[], from: number, to: number, total: number): Record<string, number> {
  for (let i = from; i < to; i++) {
    const header = undoubleLine(lines[i].text);
    if (!header.includes('계') || header.includes(':') || header.includes('：')) continue;
    const headerSources = parseSources(header);
    if (headerSources.length === 0) continue;
    for (let j = i + 1; j < Math.min(to, i + 6); j++) {
      const cells = undoubleLine(lines[j].text).split(/\s+/).filter((c) => /^(\d[\d,]*(\.\d+)?|-)$/.test(c));
      if (cells.length !== headerSources.length + 1) continue;
      const first = Number(cells[0].replace(/,/g, ''));
      if (Math.abs(first - total) > Math.max(1, total * 0.005)) continue;
      const out: Record<string, number> = {};
      headerSources.forEach((s, k) => {
        const cell = cells[k + 1];
        const value = cell === '-' ? 0 : Number(cell.replace(/,/g, ''));
        if (value > 0) out[s] = value;
      });
      return out;
    }
  }
  return {};
}
