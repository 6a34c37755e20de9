import type { ProjectNode } from '@shared/parser/types';

export interface OutlineUnit {
  name: string;
  projects: ProjectNode[];
  budgetThousandWon: number;
}

/** Groups projects under their responsible unit, in document order of first appearance. */
export function groupByUnit(projects: ProjectNode[]): OutlineUnit[] {
  const units = new Map<string, OutlineUnit>();
  for (const p of projects) {
    const name = p.unit || '—';
    let unit = units.get(name);
    if (!unit) units.set(name, (unit = { name, projects: [], budgetThousandWon: 0 }));
    unit.projects.push(p);
    unit.budgetThousandWon += p.budget.thousandWon ?? 0;
  }
  return [...units.values()];
}
