/**
 * Project nodes from selected items: body, summary, fields, budget, tables.
 */
import type { Line } from '../../lines';
import { isBlank, joinLines } from '../../lines';
import { readProjectBudget } from '../../budget';
import { collectFields } from '../../fields';
import { spanLines } from '../../position';
import { collectTables } from '../../tables';
import type { Diagnostic, ProjectNode, SectionKind } from '../../types';
import { isContactLine, readItemHeading, startsWithMarker } from './patterns';
import type { ItemCandidate } from './items';

/**
 * The one-sentence purpose paragraph under a plans heading (it may wrap over lines):
 * > | 3. 친절행정 향상 추진
 * > |
 * > | 구민이 체감하는 친절행정 서비스를 위해 … 추진하고자 함      ← summary
 * > |
 * > | □ 사업개요
 */
export function readSummary(lines: Line[], titleEnd: number, end: number): string | undefined {
  let i = titleEnd + 1;
  // Skip blank and contact lines (`양성평등담당관 : 이성은 ☎…`).
  while (i < end && (isBlank(lines[i]) || isContactLine(lines[i]))) i++;
  const parts: string[] = [];
  for (; i < end; i++) {
    const l = lines[i];
    if (isBlank(l)) break;
    const t = l.text.trim();
    if (l.hasTab || startsWithMarker(t) || readItemHeading(l) || /^\d{1,2}[-.)]/.test(t) || /^[①-⑳]/.test(t)) break;
    parts.push(t);
    if (parts.length >= 4) break;
  }
  const summary = parts.join(' ').replace(/\*\*/g, '').trim();
  return summary.length >= 8 ? summary : undefined;
}

export interface ProjectContext {
  unit: string;
  group: string[];
  section: SectionKind;
}

/** Build one project node from lines[item.index, end). */
export function buildProject(
  lines: Line[],
  item: ItemCandidate,
  end: number,
  ctx: ProjectContext,
  key: string,
  diagnostics: Diagnostic[],
): ProjectNode {
  let last = end - 1;
  while (last > item.index && isBlank(lines[last])) last--;
  const bodyFrom = item.titleEnd + 1;
  const { budget, diagnostics: budgetDiagnostics } = readProjectBudget(lines, bodyFrom, last + 1);
  diagnostics.push(...budgetDiagnostics);
  const project: ProjectNode = {
    type: 'project',
    key,
    number: String(item.head.number),
    title: item.title,
    unit: ctx.unit,
    group: ctx.group,
    section: ctx.section,
    fields: collectFields(lines, bodyFrom, last + 1),
    budget,
    tables: collectTables(lines, bodyFrom, last + 1),
    body: joinLines(lines, item.index, last + 1),
    position: spanLines(lines, item.index, last),
  };
  const summary = ctx.section === 'status' ? undefined : readSummary(lines, item.titleEnd, last + 1);
  if (summary) project.summary = summary;
  return project;
}
