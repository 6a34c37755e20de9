/**
 * How a stored document's text becomes its tree: the parser (or, for a spreadsheet read as a
 * project list, its rows by the remembered mapping), then the user's structure corrections as an
 * overlay. Pure and free of the service context, so a worker thread runs the same steps
 * (readerWorker.ts) as `loadTree` does in the main thread.
 */
import type { CorrectionInput } from '@shared/corrections/apply';
import { applyCorrections } from '@shared/corrections/apply';
import type { CorrectionOutcome } from '@shared/model/corrections';
import type { ProjectListReading } from '@shared/model/projectList';
import { parsePlan } from '@shared/parser/index';
import type { PlanDocument, ProjectDigest, ProjectNode } from '@shared/parser/types';
import { projectListFromText } from '@shared/sheet/projectList';

/** What decides a document's reading besides its text (plain data: it crosses to a worker). */
export interface ReadingPlan {
  projectList?: ProjectListReading;
  /** The document's live corrections, in the order they apply (corrections.ts liveCorrections). */
  corrections: readonly CorrectionInput[];
}

/** What applying the corrections to a tree did, kept beside the tree it made (the corrections view reads it). */
const outcomesOf = new WeakMap<PlanDocument, CorrectionOutcome[]>();

export function correctionOutcomes(tree: PlanDocument): CorrectionOutcome[] {
  return outcomesOf.get(tree) ?? [];
}

export function readStoredText(text: string, plan: ReadingPlan): PlanDocument {
  const parsed = plan.projectList ? projectListFromText(text, plan.projectList) : parsePlan(text);
  if (plan.corrections.length === 0) return parsed;
  const { tree, outcomes } = applyCorrections(parsed, text, plan.corrections);
  outcomesOf.set(tree, outcomes);
  return tree;
}

/** A project's digest as plain data (for structured clone: only the fields lists and search read). */
export function digestOf(p: ProjectNode): ProjectDigest {
  return { key: p.key, unit: p.unit, section: p.section, number: p.number, title: p.title, group: p.group, body: p.body, budget: { thousandWon: p.budget.thousandWon } };
}
