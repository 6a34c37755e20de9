/**
 * How a stored document's text becomes its tree: the parser (or, for a spreadsheet read as a
 * project list, its rows by the remembered mapping), then the user's structure corrections as an
 * overlay; the parse may be kept on disk for the next start (treeFiles.ts). Free of the service
 * context, so a worker thread runs the same steps (readerWorker.ts) as `loadTree` does in the main thread.
 */
import type { CorrectionInput } from '@shared/corrections/apply';
import { applyCorrections } from '@shared/corrections/apply';
import type { CorrectionOutcome } from '@shared/model/corrections';
import type { ProjectListReading } from '@shared/model/projectList';
import { parsePlan } from '@shared/parser/index';
import type { PlanDocument, ProjectDigest, ProjectNode } from '@shared/parser/types';
import { projectListFromText } from '@shared/sheet/projectList';
import type { TreeFile } from './treeFiles';
import { readTreeFile } from './treeFiles';

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
  return withCorrections(parseStoredText(text, plan), text, plan);
}

/** The text as the plan reads it, before the corrections: the parser, or a project list's rows by their mapping. */
function parseStoredText(text: string, plan: ReadingPlan): PlanDocument {
  return plan.projectList ? projectListFromText(text, plan.projectList) : parsePlan(text);
}

function withCorrections(parsed: PlanDocument, text: string | (() => string), plan: ReadingPlan): PlanDocument {
  if (plan.corrections.length === 0) return parsed;
  const { tree, outcomes } = applyCorrections(parsed, typeof text === 'string' ? text : text(), plan.corrections);
  outcomesOf.set(tree, outcomes);
  return tree;
}

/**
 * readStoredText through a parse kept on disk (treeFiles.ts): read from `kept` when it is there,
 * else parsed and handed to `keep`. The text is given as a function so a kept parse of a document
 * without corrections never decodes it (40 ms for the largest report). No `kept`: parsed as always.
 */
export function readStoredTextKept(
  text: string | (() => string),
  plan: ReadingPlan,
  kept: TreeFile | undefined,
  keep: (target: TreeFile, parsed: PlanDocument) => void,
): PlanDocument {
  const stored = kept && readTreeFile(kept);
  if (stored) return withCorrections(stored, text, plan);
  const whole = typeof text === 'string' ? text : text();
  const parsed = parseStoredText(whole, plan);
  if (kept) keep(kept, parsed);
  return withCorrections(parsed, whole, plan);
}

/** A project's digest as plain data (for structured clone: only the fields lists and search read). */
export function digestOf(p: ProjectNode): ProjectDigest {
  return { key: p.key, unit: p.unit, section: p.section, number: p.number, title: p.title, group: p.group, body: p.body, budget: { thousandWon: p.budget.thousandWon } };
}
