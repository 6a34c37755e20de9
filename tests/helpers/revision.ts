import { parsePlan } from '@shared/parser/index';

/**
 * A revised version of a work report: the unit's first plans project removed and the others
 * renumbered (2→1, 3→2 …), as a department resubmits its report.
 */
export function withFirstPlanRemoved(text: string, unit: string): string {
  const plans = parsePlan(text).projects.filter((p) => p.unit === unit && p.section === 'plans');
  const lines = text.split('\n');
  const removed = plans[0]!;
  const next = plans[1]!;
  for (const p of plans.slice(1)) {
    const i = p.position.start.line - 1;
    lines[i] = lines[i]!.replace(/^(\s*)(\d+)\./, (_, space: string, n: string) => `${space}${Number(n) - 1}.`);
  }
  lines.splice(removed.position.start.line - 1, next.position.start.line - removed.position.start.line);
  return lines.join('\n');
}
