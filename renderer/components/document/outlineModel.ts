import type { ProjectHead } from '@shared/model/library';

/**
 * The outline as one flat list of equal-height rows (group → section → project), so that the list
 * can be windowed: only the rows in view are in the DOM, even for 2,000 projects.
 */
export type OutlineRow =
  | { kind: 'group'; id: string; label: string; count: number; budgetThousandWon: number; annotations: number }
  | { kind: 'section'; id: string; section: string; count: number }
  | { kind: 'project'; id: string; project: ProjectHead; annotations: number };

/** `문화행정국 › 행정지원과`: the grouping path, ending with the responsible unit. */
export function groupLabel(p: ProjectHead, fallback: string): string {
  const path = [...p.group];
  if (p.unit && path[path.length - 1] !== p.unit) path.push(p.unit);
  return path.length ? path.join(' › ') : fallback;
}

export function buildOutlineRows(projects: readonly ProjectHead[], annotationCount: (p: ProjectHead) => number, fallbackGroup: string): OutlineRow[] {
  const rows: OutlineRow[] = [];
  let group: Extract<OutlineRow, { kind: 'group' }> | null = null;
  let section: Extract<OutlineRow, { kind: 'section' }> | null = null;
  for (const p of projects) {
    const label = groupLabel(p, fallbackGroup);
    if (!group || group.label !== label) {
      group = { kind: 'group', id: `g:${rows.length}`, label, count: 0, budgetThousandWon: 0, annotations: 0 };
      rows.push(group);
      section = null;
    }
    if (!section || section.section !== p.section) {
      section = { kind: 'section', id: `s:${rows.length}`, section: p.section, count: 0 };
      rows.push(section);
    }
    const n = annotationCount(p);
    group.count++;
    group.budgetThousandWon += p.budget.thousandWon ?? 0;
    group.annotations += n;
    section.count++;
    rows.push({ kind: 'project', id: p.key, project: p, annotations: n });
  }
  return rows;
}

/** Which rows are in view: the window plus a few rows of overscan either side. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 6): [number, number] {
  if (rowHeight <= 0) return [0, Math.min(total, 50)];
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, last];
}
