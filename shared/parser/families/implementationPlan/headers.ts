/**
 * The 4-line header that opens every task page of an 이행계획 body, with numbers displaced to the
 * line ends and names that may wrap:
 * > |  핵심전환분야 인간 웰빙 및 역량강화1.
 * > | 목 표 빈곤감소 및 소득불평등 해소1
 * > | 세 부 목 표 중위소득 이하 인구에 대한 경제적 사회적 지원 확대1-1 50% ․
 * > | 이 행 계 획 빈곤 사각지대 해소를 위한 맞춤형 복지 추진1-1-➊
 */
import type { Line } from '../../lines';
import { firstInteger, firstPairCode, splitDisplacedTail, squeezeSpaces } from './displaced';

/** Squashed prefixes of the header levels. Letter-spaced forms (`세 부 목 표`) squash to these. */
const AREA_PREFIXES = ['핵심전환분야', '전환분야', '핵심분야', '전략분야'];
const GOAL_PREFIX = '목표';
const SUB_GOAL_PREFIX = '세부목표';
const TASK_PREFIXES = ['이행계획'];

/** The first of `prefixes` that `squashed` starts with (a plain loop: it runs on every line). */
function prefixOf(squashed: string, prefixes: readonly string[]): string | undefined {
  const first = squashed.charCodeAt(0);
  for (const p of prefixes) if (p.charCodeAt(0) === first && squashed.startsWith(p)) return p;
  return undefined;
}

/** The text after a letter-spaced prefix: `세 부 목 표 X` → `X` (the prefix may be spaced any way). */
export function afterSpacedPrefix(text: string, squashedPrefix: string): string {
  let matched = 0;
  let i = 0;
  while (i < text.length && matched < squashedPrefix.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch !== squashedPrefix[matched]) return text;
    matched++;
    i++;
  }
  return matched === squashedPrefix.length ? text.slice(i) : text;
}

export interface AreaHeading {
  name: string;
  number: number | null;
}

/**
 * An area line: `핵심전환분야 <name><n>.`. The trailing number is required, which keeps prose such
 * as `핵심전환분야 이행계획 질의사항 부서 검토의견` (a table header) out.
 */
export function readAreaLine(line: Line): AreaHeading | null {
  const prefix = prefixOf(line.squashed, AREA_PREFIXES);
  if (!prefix) return null;
  const rest = afterSpacedPrefix(line.text.trim(), prefix);
  const { head, tail } = splitDisplacedTail(rest);
  if (!head || !/^\d{1,2}\s*\.?$/.test(tail)) return null;
  return { name: head, number: firstInteger(tail) };
}

export function isGoalLine(line: Line): boolean {
  return line.squashed.startsWith(GOAL_PREFIX) && !/^목표(인원|치|값|량|액|연도)/.test(line.squashed);
}

export function isSubGoalLine(line: Line): boolean {
  return line.squashed.startsWith(SUB_GOAL_PREFIX);
}

/**
 * `이 행 계 획 <title><code>` or a bare `이 행 계 획` (tasks on the next lines). Anything else that
 * merely starts with the word (`이행계획(112개)`, prose) is not a task label.
 */
export function isTaskLabelLine(line: Line): boolean {
  const prefix = prefixOf(line.squashed, TASK_PREFIXES);
  if (!prefix) return false;
  if (line.squashed.length === prefix.length) return true;
  return /^\s*[가-힣]/.test(afterSpacedPrefix(line.text.trim(), prefix).replace(/^\s+/, '')) && /\d\s*-\s*\d/.test(line.text);
}

/** The text of a task-label line after `이 행 계 획`. */
export function afterTaskLabel(line: Line): string {
  const prefix = prefixOf(line.squashed, TASK_PREFIXES);
  return prefix ? afterSpacedPrefix(line.text, prefix) : line.text;
}

export interface WrappedHeading {
  name: string;
  /** Goal number (`1`) or sub-goal code (`1-1`) read from the displaced tails, or null. */
  code: string | null;
}

/**
 * A goal or sub-goal whose name may wrap over several lines, each with its own displaced tail:
 * > | 세 부 목 표
 * > | 에너지 효율 향상과 수요관리를 통해 년까지 1-1 2030
 * > |
 * > | 년 평균 최종에너지 소비량 대비 감소2011-2020 30%
 * `lines[from]` holds the label; the heading runs until `to` (exclusive).
 */
export function readWrappedHeading(lines: Line[], from: number, to: number, prefix: string, kind: 'goal' | 'sub-goal'): WrappedHeading {
  const heads: string[] = [];
  const tails: string[] = [];
  for (let i = from; i < to; i++) {
    const text = i === from ? afterSpacedPrefix(lines[i].text.trim(), prefix) : lines[i].text;
    if (!text.trim()) continue;
    const { head, tail } = splitDisplacedTail(text);
    if (head) heads.push(head);
    if (tail) tails.push(tail);
  }
  const tailText = tails.join(' ');
  const code = kind === 'goal' ? intToString(firstInteger(tailText)) : firstPairCode(tailText);
  return { name: squeezeSpaces(heads.join(' ')), code };
}

function intToString(n: number | null): string | null {
  return n == null ? null : String(n);
}

export const HEADER_PREFIX = { goal: GOAL_PREFIX, subGoal: SUB_GOAL_PREFIX } as const;
