/**
 * Family 이행계획 (implementation plan, PDF-extracted): topic area → goal → sub-goal → coded tasks
 * `1-1-➊`, each task page closed by `담당 <부서> <팀>`. The responsible department is the project's
 * unit; the area/goal/sub-goal path is its group. Modules under ./implementationPlan/ hold the rules.
 */
import type { Line } from '../lines';
import { isBlank, joinLines } from '../lines';
import { createKeyMaker, diagnosticAt, emptyBudget } from '../nodes';
import { spanLines } from '../position';
import type { Budget, FieldNode, PlanDocument, ProjectNode, TableNode, UnitNode } from '../types';
import { parserFamiliesText as say } from '../../text/parserFamilies';
import { documentFromCover } from './coverMetadata';
import type { FamilyParser } from './types';
import { chooseTaskBudget, findBudgetStatements, sourcesFromBreakdownTable } from './implementationPlan/budget';
import { buildDepartmentSpelling, lastAssignment, readAssignment } from './implementationPlan/departments';
import { departmentLevel } from './orgUnits';
import { undoubleLine } from './implementationPlan/glyphs';
import { isTaskLabelLine, readAreaLine } from './implementationPlan/headers';
import type { FieldLabel } from './implementationPlan/labels';
import { findFieldLabels } from './implementationPlan/labels';
import type { TaskPage } from './implementationPlan/pages';
import { findTaskPages } from './implementationPlan/pages';
import { findDoubledHeaderTables } from './implementationPlan/tables';
import { readTaskCode } from './implementationPlan/tasks';

/**
 * Confidence from the family's marks: `이 행 계 획` task lines, area header lines and circled task
 * codes. Work reports have none of them.
 */
export function detectImplementationPlan(lines: Line[]): number {
  let taskLabels = 0;
  let areaLines = 0;
  let codes = 0;
  for (const line of lines) {
    if (isTaskLabelLine(line)) taskLabels++;
    else if (readAreaLine(line)) areaLines++;
    if (codes < 20 && line.text.includes('-') && /\d\s*-\s*\d\s*-/.test(line.text) && readTaskCode(line.text)?.raw.match(/[^\d-]/)) codes++;
    if (taskLabels >= 5 && areaLines >= 5 && codes >= 5) return 1; // certain: the score cannot rise further
  }
  if (taskLabels === 0) return 0;
  return Math.min(1, 0.4 * Math.min(1, taskLabels / 5) + 0.3 * Math.min(1, areaLines / 5) + 0.3 * Math.min(1, codes / 5));
}

export function parseImplementationPlan(lines: Line[], text: string): PlanDocument {
  const doc = documentFromCover('implementation-plan', lines);

  const pages = findTaskPages(lines);
  const assignments = pages.map((p) => lastAssignment(lines, p.labelIndex, p.end + 1));
  const spelling = buildDepartmentSpelling(
    assignments.flatMap((a) => (a ? [a.department] : [])),
    text,
  );
  for (const [written, used] of spelling) {
    const at = assignments.find((a) => a?.department === written);
    if (at) doc.diagnostics.push(diagnosticAt(lines, at.index, 'parser:department-spelling', say.departmentSpelling(written, used), 'info'));
  }

  const makeKey = createKeyMaker();
  pages.forEach((page, k) => {
    const assignment = assignments[k];
    const department = assignment ? spelling.get(assignment.department) ?? assignment.department : '';
    const shared = readPageContent(lines, page, assignment?.index ?? page.end);
    for (const task of page.tasks) {
      const end = page.end;
      const project: ProjectNode = {
        type: 'project',
        key: makeKey(`${department}|plans|${task.code.number}`),
        number: task.code.number,
        title: task.title,
        unit: department,
        group: [page.area?.value.name, page.goal?.value.name, page.subGoal?.value.name].filter((x): x is string => !!x),
        section: 'plans',
        summary: shared.summary,
        fields: shared.fields.map(cloneField),
        budget: { ...shared.budget, sources: [...shared.budget.sources], bySource: { ...shared.budget.bySource } },
        tables: shared.fields.flatMap((f) => f.tables),
        body: joinLines(lines, task.index, end + 1),
        position: spanLines(lines, task.index, end),
      };
      if (task.code.displaced) project.titleExtra = task.code.displaced;
      if (!page.area) doc.diagnostics.push(diagnosticAt(lines, task.index, 'parser:task-header', say.taskNoHeader(task.code.raw)));
      if (!department) doc.diagnostics.push(diagnosticAt(lines, task.index, 'parser:task-department', say.taskNoDepartment(task.code.raw)));
      if (shared.budgetParts) doc.diagnostics.push(diagnosticAt(lines, task.index, 'parser:budget-parts', say.taskBudgetParts(task.code.raw), 'info'));
      doc.projects.push(project);
    }
  });

  doc.units = collectUnits(lines, pages, doc.projects);
  if (pages.length) {
    doc.sections.push({ type: 'section', kind: 'plans', heading: '이행계획', position: spanLines(lines, pages[0].labelIndex, pages[pages.length - 1].end) });
  }
  if (!doc.projects.length) doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-projects', say.noProjects));
  return doc;
}

interface PageContent {
  fields: FieldNode[];
  budget: Budget;
  budgetParts: boolean;
  summary?: string;
}

/** Fields and budget of one page; several tasks on one page share them. */
function readPageContent(lines: Line[], page: TaskPage, lastLine: number): PageContent {
  const firstBodyLine = (page.tasks.length ? page.tasks[page.tasks.length - 1].lastIndex : page.labelIndex) + 1;
  const labels = findFieldLabels(lines, firstBodyLine, lastLine);
  const fields = labels.map((label, k) => buildField(lines, label, k + 1 < labels.length ? labels[k + 1].index : lastLine));
  // Indicator targets (`예산 550,284`) are not the task's budget: stop before the indicator block.
  const indicator = labels.find((l) => l.key === 'indicator');
  const budgetEnd = indicator ? indicator.index : lastLine;
  const statements = findBudgetStatements(lines, firstBodyLine, budgetEnd);
  const choice = chooseTaskBudget(statements);
  const budget = emptyBudget();
  budget.nonBudget = choice.nonBudget;
  if (choice.total) {
    budget.thousandWon = choice.total.thousandWon;
    budget.sources = choice.total.sources;
    budget.bySource = choice.total.bySource;
    budget.raw = choice.total.raw;
    budget.position = spanLines(lines, choice.total.index);
    if (!budget.sources.length && budget.thousandWon != null) {
      budget.bySource = sourcesFromBreakdownTable(lines, firstBodyLine, budgetEnd, budget.thousandWon);
      budget.sources = Object.keys(budget.bySource);
    }
  } else if (choice.parts.length) {
    budget.parts = choice.parts;
  }
  const purpose = fields.find((f) => f.key === 'purpose');
  return { fields, budget, budgetParts: !choice.total && choice.parts.length > 0, summary: purpose ? firstStatement(purpose.text) : undefined };
}

function buildField(lines: Line[], label: FieldLabel, end: number): FieldNode {
  const from = label.lastIndex + 1;
  const textLines: string[] = [];
  for (let i = from; i < end; i++) {
    if (readAssignment(lines[i], i)) break;
    textLines.push(undoubleLine(lines[i].text));
  }
  const text = textLines.join('\n').trim();
  const tables: TableNode[] = label.key === 'indicator' && text ? [indicatorTable(lines, from, end)] : findDoubledHeaderTables(lines, from, end);
  return { type: 'field', key: label.key, label: label.label, text, tables, position: spanLines(lines, label.index, Math.max(label.lastIndex, end - 1)) };
}

/**
 * The indicator block as a table, one row per non-blank line:
 * > | 자활사업 참여자 수1-1-2-1
 * > | 2022 2023 2024 2025 2026
 * > | 명303 명320 명330 명340 명350
 */
function indicatorTable(lines: Line[], from: number, end: number): TableNode {
  const rows: string[][] = [];
  let last = from;
  for (let i = from; i < end; i++) {
    if (isBlank(lines[i])) continue;
    if (readAssignment(lines[i], i)) break;
    rows.push(undoubleLine(lines[i].text).trim().split(/\s+/));
    last = i;
  }
  return { type: 'table', rows, position: spanLines(lines, from, last) };
}

function firstStatement(text: string): string | undefined {
  const first = text.split('\n').find((l) => l.trim());
  return first ? first.replace(/^\s*[○〇●◦•\-]\s*/, '').trim() : undefined;
}

function cloneField(f: FieldNode): FieldNode {
  return { ...f, tables: f.tables.map((t) => ({ ...t, rows: t.rows.map((r) => [...r]) })) };
}

/** Areas (level 'area', first page) and departments (first 담당 line naming them). */
function collectUnits(lines: Line[], pages: TaskPage[], projects: ProjectNode[]): UnitNode[] {
  const units: UnitNode[] = [];
  const seenAreas = new Set<string>();
  for (const page of pages) {
    const area = page.area;
    if (!area || seenAreas.has(area.value.name)) continue;
    seenAreas.add(area.value.name);
    units.push({ type: 'unit', name: area.value.name, level: 'area', position: spanLines(lines, area.index) });
  }
  const seenDepartments = new Set<string>();
  for (const p of projects) {
    if (!p.unit || seenDepartments.has(p.unit)) continue;
    seenDepartments.add(p.unit);
    units.push({ type: 'unit', name: p.unit, level: departmentLevel(p.unit), position: p.position });
  }
  return units;
}

export const implementationPlanParser: FamilyParser = {
  family: 'implementation-plan',
  detect: detectImplementationPlan,
  parse: parseImplementationPlan,
};

