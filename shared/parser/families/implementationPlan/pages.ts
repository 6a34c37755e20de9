/**
 * Split an 이행계획 body into task pages. A page opens with the area / goal / sub-goal header and
 * the `이 행 계 획` line, and closes with its `담당 <부서> <팀>` line (see headers.ts for the shape).
 * Pages whose header was lost keep the previous page's area, goal and sub-goal.
 */
import type { Line } from '../../lines';
import type { AreaHeading, WrappedHeading } from './headers';
import { HEADER_PREFIX, isGoalLine, isSubGoalLine, isTaskLabelLine, readAreaLine, readWrappedHeading } from './headers';
import { firstAssignment } from './departments';
import type { TaskHeading } from './tasks';
import { readTaskHeadings } from './tasks';

export interface Located<T> {
  value: T;
  index: number;
}

export interface TaskPage {
  area: Located<AreaHeading> | null;
  goal: Located<WrappedHeading> | null;
  subGoal: Located<WrappedHeading> | null;
  /** Index of the `이 행 계 획` line. */
  labelIndex: number;
  /** Index of the page's last line (inclusive). */
  end: number;
  tasks: TaskHeading[];
}

/** How far below an area line its goal, sub-goal and task label may sit (wrapped names included). */
const HEADER_WINDOW = 16;
/** Longest page we accept when no later page or 담당 line closes it. */
const MAX_PAGE_LINES = 600;

interface PageHeader {
  area: Located<AreaHeading>;
  goal: Located<WrappedHeading> | null;
  subGoal: Located<WrappedHeading> | null;
  labelIndex: number;
}

/** The header starting at an area line, or null when no task label follows close enough. */
function readPageHeader(lines: Line[], areaIndex: number): PageHeader | null {
  const area = readAreaLine(lines[areaIndex]);
  if (!area) return null;
  let goalIndex = -1;
  let subGoalIndex = -1;
  let labelIndex = -1;
  const limit = Math.min(lines.length, areaIndex + HEADER_WINDOW);
  for (let i = areaIndex + 1; i < limit; i++) {
    const line = lines[i];
    if (isTaskLabelLine(line)) {
      labelIndex = i;
      break;
    }
    if (readAreaLine(line)) break;
    if (subGoalIndex < 0 && isSubGoalLine(line)) subGoalIndex = i;
    else if (goalIndex < 0 && subGoalIndex < 0 && isGoalLine(line)) goalIndex = i;
  }
  if (labelIndex < 0 || (goalIndex < 0 && subGoalIndex < 0)) return null;
  const goalEnd = subGoalIndex >= 0 ? subGoalIndex : labelIndex;
  return {
    area: { value: area, index: areaIndex },
    goal: goalIndex >= 0 ? { value: readWrappedHeading(lines, goalIndex, goalEnd, HEADER_PREFIX.goal, 'goal'), index: goalIndex } : null,
    subGoal:
      subGoalIndex >= 0
        ? { value: readWrappedHeading(lines, subGoalIndex, labelIndex, HEADER_PREFIX.subGoal, 'sub-goal'), index: subGoalIndex }
        : null,
    labelIndex,
  };
}

/** Every task page of the document, in order. */
export function findTaskPages(lines: Line[]): TaskPage[] {
  // Pass 1: page starts (a header's area line, or a bare task label without a header).
  const starts: { start: number; header: PageHeader | null; labelIndex: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = readPageHeader(lines, i);
    if (header) {
      starts.push({ start: i, header, labelIndex: header.labelIndex });
      i = header.labelIndex;
      continue;
    }
    // Without a header only a label carrying its own code counts: a bare `이행계획` line is a chapter title.
    if (isTaskLabelLine(lines[i]) && lines[i].squashed !== '이행계획') starts.push({ start: i, header: null, labelIndex: i });
  }
  // Pass 2: bound each page and read its tasks.
  const pages: TaskPage[] = [];
  let area: Located<AreaHeading> | null = null;
  let goal: Located<WrappedHeading> | null = null;
  let subGoal: Located<WrappedHeading> | null = null;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (s.header) {
      area = s.header.area;
      goal = s.header.goal ?? goal;
      subGoal = s.header.subGoal ?? subGoal;
    }
    const end = pageEnd(lines, s.labelIndex, k + 1 < starts.length ? starts[k + 1].start : -1);
    const tasks = readTaskHeadings(lines, s.labelIndex, end + 1);
    pages.push({ area, goal, subGoal, labelIndex: s.labelIndex, end, tasks });
  }
  return pages;
}

/** Last line of the page at `labelIndex`: before the next page, or its first 담당 line for the last page. */
function pageEnd(lines: Line[], labelIndex: number, nextStart: number): number {
  if (nextStart > labelIndex) return nextStart - 1;
  const cap = Math.min(lines.length, labelIndex + MAX_PAGE_LINES);
  const assignment = firstAssignment(lines, labelIndex + 1, cap);
  return assignment ? assignment.index : cap - 1;
}
