/**
 * Structure corrections (issue 10): a member fixes the reading of a document by hand — marks a
 * line as a project or a unit, says a heading is no project, merges, splits, changes a title,
 * number, unit or budget. Records live in the store's `corrections` collection (a missing field
 * is []), one per change, tombstoned on undo; `loadTree` (library.ts) applies a document's live
 * ones to every parse through `correctedTree`, so the tree cache, `findProject`, search, orphans
 * and the library counts all see the corrected projects.
 */
import { randomUUID } from 'node:crypto';
import type { ApiArgs } from '@shared/api';
import { applyCorrections } from '@shared/corrections/apply';
import type { CorrectionRecord, CorrectionsView } from '@shared/model/corrections';
import type { DocumentRecord } from '@shared/model/library';
import type { StoreData } from '@shared/model/store';
import { correctionOrder } from '@shared/merge/corrections';
import { apiText } from '@shared/text/api';
import { correctionText } from '@shared/text/corrections';
import type { ServiceContext } from './context';
import { readDocumentText } from './documentFiles';
import { ServiceError } from './errors';
import { forgetTree, loadTree, recordFor } from './library';
import { requireCurrentMember } from './members';
import { forgetSearchDocument } from './search';
import { correctionOutcomes } from './reading';
import type { ReadingPlan } from './reading';

/** Per document, so a runaway script cannot grow the data file without end. */
export const MAX_CORRECTIONS_PER_DOCUMENT = 2_000;

/** The store's corrections; older data files have none. */
export function correctionsOf(data: Readonly<StoreData>): CorrectionRecord[] {
  return Array.isArray(data.corrections) ? (data.corrections as CorrectionRecord[]) : [];
}

/** A document's live corrections for its text, in the order they are applied. */
export function liveCorrections(data: Readonly<StoreData>, record: Pick<DocumentRecord, 'id' | 'sha256'>): CorrectionRecord[] {
  return correctionsOf(data)
    .filter((c) => c.documentId === record.id && !c.deleted && (!c.sha256 || !record.sha256 || c.sha256 === record.sha256))
    .sort(correctionOrder);
}

/** How a document is read (reading.ts): its project-list mapping, if any, and its live corrections. */
export function readingPlanOf(data: Readonly<StoreData>, documentId: string): ReadingPlan {
  const record = data.documents.find((d) => d.id === documentId);
  return { projectList: record?.projectList, corrections: record ? liveCorrections(data, record) : [] };
}

export async function correctDocument(ctx: ServiceContext, args: ApiArgs<'document:correct'>): Promise<CorrectionsView> {
  const member = requireCurrentMember(ctx);
  const { record, text } = await documentOf(ctx, args.documentId);
  const data = ctx.store.read();
  if (liveCorrections(data, record).length >= MAX_CORRECTIONS_PER_DOCUMENT) {
    throw new ServiceError('bad-input', correctionText.tooMany(MAX_CORRECTIONS_PER_DOCUMENT));
  }
  // Tried on the reading as it is now: a change that would do nothing is refused, not stored.
  const [outcome] = applyCorrections(loadTree(ctx, record.id, text), text, [{ id: 'new', change: args.change }]).outcomes;
  if (!outcome?.applied) throw new ServiceError('bad-input', correctionText.notApplicable(correctionText.skip[outcome?.reason ?? 'invalid']), 'change');
  const now = new Date().toISOString();
  const correction: CorrectionRecord = {
    id: randomUUID(),
    documentId: record.id,
    sha256: record.sha256,
    change: args.change,
    authorId: member.id,
    authorName: member.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
    deleted: false,
  };
  await ctx.store.write((draft) => {
    draft.corrections = [...correctionsOf(draft), correction];
  });
  return refreshAndView(ctx, record.id);
}

export async function listCorrections(ctx: ServiceContext, args: ApiArgs<'document:corrections'>): Promise<CorrectionsView> {
  const { record, text } = await documentOf(ctx, args.documentId);
  return viewOf(ctx, record, text);
}

/** Tombstones one correction (`id`), or the newest live one of the document. Anyone may undo: structure is shared. */
export async function undoCorrection(ctx: ServiceContext, args: ApiArgs<'document:undo-correction'>): Promise<CorrectionsView> {
  requireCurrentMember(ctx);
  const { record } = await documentOf(ctx, args.documentId);
  const live = liveCorrections(ctx.store.read(), record);
  const target = args.id ? live.find((c) => c.id === args.id) : live[live.length - 1];
  if (!target) throw new ServiceError('not-found', args.id ? correctionText.notFound : correctionText.nothingToUndo, 'id');
  const now = new Date().toISOString();
  await ctx.store.write((draft) => {
    draft.corrections = correctionsOf(draft).map((c) => (c.id === target.id ? { ...c, deleted: true, version: c.version + 1, updatedAt: now } : c));
  });
  return refreshAndView(ctx, record.id);
}

/**
 * After the corrections of documents changed (here or by a bundle): parse anew, recount the
 * library record, and let search re-index the document on its next query.
 */
export async function refreshCorrected(ctx: ServiceContext, documentIds: Iterable<string>): Promise<void> {
  const counts = new Map<string, Pick<DocumentRecord, 'unitCount' | 'projectCount' | 'budgetThousandWon'>>();
  for (const id of new Set(documentIds)) {
    forgetTree(ctx, id);
    forgetSearchDocument(ctx, id);
    const record = ctx.store.read().documents.find((d) => d.id === id);
    const text = record ? await readDocumentText(ctx.dataDir, id) : null;
    if (!record || text === null) continue;
    const { unitCount, projectCount, budgetThousandWon } = recordFor(id, record.fileName, record.format, loadTree(ctx, id, text), record.sha256, record.sample);
    if (unitCount !== record.unitCount || projectCount !== record.projectCount || budgetThousandWon !== record.budgetThousandWon) {
      counts.set(id, { unitCount, projectCount, budgetThousandWon });
    }
  }
  if (counts.size === 0) return;
  await ctx.store.write((draft) => {
    draft.documents = draft.documents.map((d) => (counts.has(d.id) ? { ...d, ...counts.get(d.id) } : d));
  });
}

async function refreshAndView(ctx: ServiceContext, documentId: string): Promise<CorrectionsView> {
  await refreshCorrected(ctx, [documentId]);
  const { record, text } = await documentOf(ctx, documentId);
  return viewOf(ctx, record, text);
}

function viewOf(ctx: ServiceContext, record: DocumentRecord, text: string): CorrectionsView {
  const outcomes = new Map(correctionOutcomes(loadTree(ctx, record.id, text)).map(({ id, ...o }) => [id, o]));
  return {
    documentId: record.id,
    entries: liveCorrections(ctx.store.read(), record).map((c) => ({
      id: c.id,
      change: c.change,
      authorName: c.authorName,
      createdAt: c.createdAt,
      ...(outcomes.get(c.id) ?? { applied: false, reason: 'invalid' as const }),
    })),
  };
}

async function documentOf(ctx: ServiceContext, id: string): Promise<{ record: DocumentRecord; text: string }> {
  const record = ctx.store.read().documents.find((d) => d.id === id);
  const text = record ? await readDocumentText(ctx.dataDir, id) : null;
  if (!record || text === null) throw new ServiceError('not-found', apiText.documentNotFound, 'documentId');
  return { record, text };
}
