/**
 * Budget at a glance: per responsible unit, the sum of its projects' budgets, and — where the
 * document has the unit's own budget table (일반현황 › 예산 현황, "합 계" row) — whether that table's
 * total agrees with the sum of the unit's plans projects. Pure functions over the parsed tree.
 */
import type { PlanDocument, ProjectNode, TableNode } from './parser/types';

export interface UnitBudgetTable {
  /** 천원. */
  total: number;
  line: number;
}

export interface UnitBudget {
  unit: string;
  /** Grouping path ending with the unit (e.g. 문화행정국 › 행정지원과). */
  label: string;
  /** Sum of all project budgets of the unit, 천원. */
  total: number;
  withBudget: number;
  projectCount: number;
  /** Sum of the plans (추진계획) projects, which the unit's budget table covers; 천원. */
  plansTotal: number;
  table?: UnitBudgetTable;
  /** The unit's table total and its plans projects' sum disagree. */
  mismatch: boolean;
  /** Project on which a question about the mismatch hangs (the 예산 현황 item, else the first project). */
  questionProjectKey: string;
  firstProjectKey: string;
}

const TOTAL_LABELS = new Set(['합계', '계', '총계', '총합계']);

/** `311,736` → 311736; `△4,786` or `-4,786` → -4786; anything else → null. */
export function parseAmount(cell: string): number | null {
  const m = /^\s*([△▲-]?)\s*([\d,]+(?:\.\d+)?)\s*$/.exec(cell);
  if (!m) return null;
  const n = Number(m[2].replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return m[1] === '△' || m[1] === '-' ? -n : n;
}

/** The total of a budget table in 천원, or null when the table is not a budget table with a total row. */
export function budgetTableTotal(table: TableNode): number | null {
  const units = table.unitsLine ?? '';
  const multiplier = /백만\s*원/.test(units) ? 1000 : /천\s*원/.test(units) ? 1 : null;
  if (multiplier === null) return null;
  const header = (table.rows[0] ?? []).join(' ').replace(/\s/g, '');
  if (!header.includes('예산')) return null;
  for (const row of table.rows.slice(1)) {
    if (!TOTAL_LABELS.has((row[0] ?? '').replace(/\s/g, ''))) continue;
    for (const cell of row.slice(1)) {
      const n = parseAmount(cell);
      if (n !== null) return Math.round(n * multiplier);
    }
  }
  return null;
}

function groupLabel(p: ProjectNode): string {
  const path = [...p.group];
  if (p.unit && path[path.length - 1] !== p.unit) path.push(p.unit);
  return path.join(' › ') || p.unit;
}

/** Which unit a line belongs to: the last unit heading at or before it. */
function unitAt(doc: PlanDocument, line: number): string | null {
  let found: string | null = null;
  for (const u of doc.units) if (u.position.start.line <= line) found = u.name;
  return found;
}

export function unitBudgetTables(doc: PlanDocument): Map<string, UnitBudgetTable> {
  const tables = new Map<number, TableNode>();
  for (const t of doc.tables) tables.set(t.position.start.offset, t);
  for (const p of doc.projects) if (p.section === 'status') for (const t of p.tables) tables.set(t.position.start.offset, t);
  const out = new Map<string, UnitBudgetTable>();
  for (const t of [...tables.values()].sort((a, b) => a.position.start.line - b.position.start.line)) {
    const total = budgetTableTotal(t);
    const unit = total === null ? null : unitAt(doc, t.position.start.line);
    if (unit && total !== null && !out.has(unit)) out.set(unit, { total, line: t.position.start.line });
  }
  return out;
}

export function budgetByUnit(doc: PlanDocument): UnitBudget[] {
  const tables = unitBudgetTables(doc);
  const units = new Map<string, UnitBudget>();
  for (const p of doc.projects) {
    const name = p.unit || '—';
    let u = units.get(name);
    if (!u) {
      u = { unit: name, label: groupLabel(p), total: 0, withBudget: 0, projectCount: 0, plansTotal: 0, mismatch: false, questionProjectKey: p.key, firstProjectKey: p.key };
      units.set(name, u);
    }
    u.projectCount++;
    const amount = p.budget.thousandWon;
    if (amount != null) {
      u.total += amount;
      u.withBudget++;
      if (p.section === 'plans') u.plansTotal += amount;
    }
  }
  for (const u of units.values()) {
    const table = tables.get(u.unit);
    if (!table) continue;
    u.table = table;
    u.mismatch = table.total !== u.plansTotal;
    const holder = doc.projects.find((p) => p.unit === u.unit && p.section === 'status' && p.position.start.line <= table.line && table.line <= p.position.end.line);
    if (holder) u.questionProjectKey = holder.key;
  }
  return [...units.values()];
}
