/**
 * The library of plan documents: import (any supported format → text → parsed tree), list,
 * open and remove. Texts are stored as files; the data file keeps each document's record.
 */
import { createHash } from 'node:crypto';
import type { ApiArgs, ApiValue } from '@shared/api';
import type { DocumentOutline, DocumentRecord, DocumentView, ImportSummary, LibraryEntry, ProjectDetail, ProjectOutline } from '@shared/model/library';
import { firstShown } from '@shared/model/library';
import type { StoreData } from '@shared/model/store';
import { parsePlan } from '@shared/parser/index';
import type { PlanDocument, ProjectDigest, ProjectNode, ReadingCheck } from '@shared/parser/types';
import { PARSER_VERSION } from '@shared/parser/version';
import { budgetByUnit } from '@shared/unitBudgets';
import { linkContinuations } from '@shared/continuity';
import { projectId, splitProjectId } from '@shared/model/annotation';
import { apiText } from '@shared/text/api';
import { readingCheckText } from '@shared/text/readingCheck';
import type { ServiceContext } from './context';
import { readDocumentBytes, readDocumentText, writeDocumentText } from './documentFiles';
import { ServiceError } from './errors';
import { MAX_IMPORT_BYTES, extractText } from './importers/index';
import { documentIdFor } from './stableIds';
import { importProjectList, isSpreadsheet } from './projectList';
import { readingPlanOf } from './corrections';
import { readStoredTextKept } from './reading';
import type { ReadingPlan } from './reading';
import type { CatalogProject } from './catalog';
import { fileKey } from './crypto/keyring';
import type { TreeFile } from './treeFiles';
import { removeTreeFile, treeFileOf, writeTreeFile } from './treeFiles';

export async function listLibrary(ctx: ServiceContext): Promise<ApiValue<'library:list'>> {
  const data = ctx.store.read();
  // From the store's manifest: the list answers before the notes themselves are read.
  const annotationsByDocument = ctx.store.counts().byDocument;
  return data.documents.map(
    ({ id, title, issuer, date, family, fileName, format, sample, unitCount, projectCount, budgetThousandWon, supersededBy, previousVersionId, confidence, checkMessage }): LibraryEntry => ({
      ...{ id, title, issuer, date, family, fileName, format, sample, unitCount, projectCount, budgetThousandWon },
      ...(supersededBy ? { supersededBy } : {}),
      ...(previousVersionId ? { previousVersionId } : {}),
      ...(confidence ? { confidence, checkMessage: checkMessage ?? '' } : {}),
      annotationCount: annotationsByDocument.get(id) ?? 0,
    }),
  );
}

export async function importFromApi(ctx: ServiceContext, args: ApiArgs<'library:import'>): Promise<ImportSummary> {
  const bytes = decodeBase64(args.dataBase64);
  if (bytes.byteLength <= MAX_IMPORT_BYTES && isSpreadsheet(args.fileName, bytes)) return importProjectList(ctx, args.fileName, bytes, args.mapping);
  return importDocument(ctx, args.fileName, bytes, { sample: false, asPlainText: args.asPlainText === true });
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(data)) throw new ServiceError('bad-input', apiText.badBase64, 'dataBase64');
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/**
 * Reads, parses and stores one document. Nothing is written unless every step succeeded.
 * A text in which the parser finds no plan structure is refused ('not-a-plan') unless the user
 * asked for it as plain text; samples are ours and always go in.
 */
export async function importDocument(
  ctx: ServiceContext,
  fileName: string,
  bytes: Uint8Array,
  options: { sample: boolean; asPlainText?: boolean },
): Promise<ImportSummary> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ServiceError('too-large', apiText.fileTooLarge(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
  }
  const task = `import:${fileName}`;
  const report = (fraction: number, label: string) => ctx.emit('progress', { task, fraction, label });
  report(0, fileName);
  const extracted = await extractText(fileName, bytes, (f) => report(f * 0.7, fileName));
  if (!extracted.ok) throw new ServiceError('bad-input', extracted.message);
  if (extracted.text.trim() === '') throw new ServiceError('bad-input', apiText.unreadableText);

  const sha256 = createHash('sha256').update(extracted.text).digest('hex');
  const existing = ctx.store.read().documents.find((d) => d.sha256 === sha256);
  if (existing) {
    report(1, fileName);
    return summarise(existing, true, extracted.warnings, loadTree(ctx, existing.id, extracted.text).check);
  }

  const tree = parsePlan(extracted.text);
  if (tree.check?.confidence === 'none' && !options.sample && !options.asPlainText) {
    report(1, fileName);
    throw new ServiceError('not-a-plan', readingCheckText.notAPlan);
  }
  report(0.9, fileName);
  const id = documentIdFor(ctx.store.read(), sha256);
  const record = recordFor(id, fileName, extracted.format, tree, sha256, options.sample);
  await writeDocumentText(ctx.dataDir, id, extracted.text);
  await ctx.store.write((data) => {
    data.documents.push(record);
  });
  rememberTree(ctx, id, tree);
  // Kept for the next start's first open (a new text has no corrections: the parse is the tree);
  // compressed in zlib's threads, and there when the import answers.
  const kept = keptTreeOf(ctx, id, { corrections: [] });
  if (kept) await writeTreeFile(kept, tree);
  report(1, fileName);
  return summarise(record, false, extracted.warnings, tree.check);
}

/** A document's record computed from its parsed tree (also used for texts carried in review bundles). */
export function recordFor(
  id: string,
  fileName: string,
  format: string,
  tree: PlanDocument,
  sha256: string,
  sample: boolean,
): DocumentRecord {
  const unitNames = new Set(tree.projects.map((p) => p.unit).filter(Boolean));
  return {
    id,
    title: tree.title || fileName.replace(/\.[^.]+$/, ''),
    issuer: tree.issuer,
    date: tree.date,
    // No plan structure found (a text imported with asPlainText): a title alone does not make a family.
    family: tree.check?.confidence === 'none' ? 'unknown' : tree.family,
    fileName,
    format,
    importedAt: new Date().toISOString(),
    sample,
    sha256,
    unitCount: unitNames.size,
    projectCount: tree.projects.filter((p) => p.section !== 'status').length,
    budgetThousandWon: tree.projects.reduce((sum, p) => sum + (p.budget.thousandWon ?? 0), 0),
    diagnosticCount: tree.diagnostics.length,
    parserVersion: PARSER_VERSION,
    committee: tree.committee,
    session: tree.session,
    ...(tree.check ? { confidence: tree.check.confidence, checkMessage: tree.check.message } : {}),
  };
}

export function summarise(record: DocumentRecord, duplicate: boolean, warnings: string[], check?: ReadingCheck): ImportSummary {
  return {
    documentId: record.id,
    title: record.title,
    duplicate,
    unitCount: record.unitCount,
    projectCount: record.projectCount,
    budgetThousandWon: record.budgetThousandWon,
    diagnostics: record.diagnosticCount,
    warnings,
    ...(check ? { check } : {}),
  };
}

export async function getDocument(ctx: ServiceContext, args: ApiArgs<'document:get'>): Promise<DocumentView> {
  const { record, bytes, tree } = await openDocument(ctx, args.id);
  const text = bytes.toString('utf8');
  return { id: record.id, record, text, tree: { ...tree, projects: tree.projects.map((p) => ({ ...p, id: projectId(record.id, p.key) })) } };
}

/** The document screen's first paint: no text, and of each project only what its outline row shows. */
export async function getDocumentOutline(ctx: ServiceContext, args: ApiArgs<'document:outline'>): Promise<DocumentOutline> {
  const { record, bytes, tree } = await openDocument(ctx, args.id);
  const { projects, tables: _tables, ...rest } = tree;
  // Nor where a budget was read from (its text and place): the reader shows it with the project.
  const outline = projects.map(({ body: _body, fields: _fields, tables: _t, budget: { raw: _raw, position: _at, ...budget }, ...p }): ProjectOutline => ({
    ...p,
    budget,
    id: projectId(record.id, p.key),
  }));
  const shown = firstShown(projects);
  const first = shown ? { key: shown.key, detail: detailOf(shown, bytes) } : undefined;
  return { id: record.id, record, tree: { ...rest, projects: outline }, ...outlineExtras(tree), ...(first ? { first } : {}) };
}

const extrasOfTrees = new WeakMap<PlanDocument, Pick<DocumentOutline, 'budget' | 'continuity'>>();

/** What the outline computes from a whole tree, once per parse (a tree stays the same object in the cache). */
function outlineExtras(tree: PlanDocument): Pick<DocumentOutline, 'budget' | 'continuity'> {
  let extras = extrasOfTrees.get(tree);
  if (!extras) extrasOfTrees.set(tree, (extras = { budget: budgetByUnit(tree), continuity: linkContinuations(tree.projects) }));
  return extras;
}

/** One project in full, as the reader shows it when it is selected. */
export async function getProjectDetail(ctx: ServiceContext, args: ApiArgs<'document:project'>): Promise<ProjectDetail> {
  const { bytes, tree } = await openDocument(ctx, args.id);
  const project = tree.projects.find((p) => p.key === args.key);
  if (!project) throw new ServiceError('not-found', apiText.projectNotFound, 'key');
  return detailOf(project, bytes);
}

function detailOf(project: ProjectNode, bytes: Buffer): ProjectDetail {
  const { start, end } = project.position;
  return { fields: project.fields, tables: project.tables, sourceLines: linesOf(bytes, start.line, end.line) };
}

export async function getDocumentText(ctx: ServiceContext, args: ApiArgs<'document:text'>): Promise<{ text: string }> {
  return { text: (await storedBytes(ctx, storedRecord(ctx, args.id))).toString('utf8') };
}

/**
 * A stored document: its record, its text's bytes (read once per call) and its tree. The bytes are
 * decoded (40 ms for the largest report) only to parse them, when the tree is neither in the cache
 * nor kept on disk.
 */
async function openDocument(ctx: ServiceContext, id: string): Promise<{ record: DocumentRecord; bytes: Buffer; tree: PlanDocument }> {
  const record = storedRecord(ctx, id);
  const bytes = await storedBytes(ctx, record);
  const tree = ctx.treeCache.get(record.id) ?? loadTree(ctx, record.id, () => bytes.toString('utf8'));
  return { record, bytes, tree };
}

function storedRecord(ctx: ServiceContext, id: string): DocumentRecord {
  const record = recordsById(ctx.store.read()).get(id);
  if (!record) throw new ServiceError('not-found', apiText.documentNotFound, 'id');
  return record;
}

async function storedBytes(ctx: ServiceContext, record: DocumentRecord): Promise<Buffer> {
  const bytes = await readDocumentBytes(ctx.dataDir, record.id);
  if (bytes === null) throw new ServiceError('not-found', apiText.documentNotFound, 'id');
  return bytes;
}

/** Lines `from` … `to` (1-based, inclusive) of a UTF-8 text, decoding only those. */
export function linesOf(bytes: Uint8Array, from: number, to: number): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  for (let line = 1; line < from; line++) {
    const next = text.indexOf(NEWLINE, at);
    if (next < 0) return [];
    at = next + 1;
  }
  if (to < from) return [];
  let end = at - 1; // the newline before line `from`
  for (let line = from; line <= to; line++) {
    const next = text.indexOf(NEWLINE, end + 1);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next;
  }
  return text.toString('utf8', at, end).split('\n');
}

const NEWLINE = 0x0a;

/**
 * The parsed tree of a stored document, from the cache or parsed anew. `keep: false` leaves the
 * cache as it was (the search index's background build reads every document once; it should not
 * push out the ones the user has open).
 */
export function loadTree(ctx: ServiceContext, id: string, text: string | (() => string), { keep = true } = {}): PlanDocument {
  let tree = ctx.treeCache.get(id);
  if (!tree) {
    // A spreadsheet read as a project list is rebuilt from its rows and mapping, not parsed; the
    // user's structure corrections are an overlay on whatever was read (reading.ts).
    const plan = readingPlanOf(ctx.store.read(), id);
    tree = readStoredTextKept(text, plan, keptTreeOf(ctx, id, plan), (target, parsed) => void writeTreeFile(target, parsed));
    rememberTree(ctx, id, tree, { keep });
  }
  return tree;
}

/** Where a document's parse is kept between starts (treeFiles.ts): parsed texts of a folder not encrypted. */
export function keptTreeOf(ctx: ServiceContext, id: string, plan: ReadingPlan): TreeFile | undefined {
  const record = recordsById(ctx.store.read()).get(id);
  if (!record || plan.projectList || fileKey(ctx.dataDir)) return undefined;
  return treeFileOf(ctx.dataDir, id, record.sha256);
}

const recordMaps = new WeakMap<readonly DocumentRecord[], ReadonlyMap<string, DocumentRecord>>();

/**
 * The library's records by id. The store hands out the same frozen list until a write, so the map
 * is built once per version of the list, not once per note of a 100,000-note loop.
 */
export function recordsById(data: Readonly<StoreData>): ReadonlyMap<string, DocumentRecord> {
  let map = recordMaps.get(data.documents);
  if (!map) recordMaps.set(data.documents, (map = new Map(data.documents.map((d) => [d.id, d]))));
  return map;
}

/** A tree just parsed: its projects go to the catalog, and (unless `keep: false`) the tree to the cache. */
export function rememberTree(ctx: ServiceContext, id: string, tree: PlanDocument, { keep = true } = {}): void {
  ctx.catalog.set(id, tree.projects);
  if (keep) ctx.treeCache.set(id, tree);
}

/** Forgets what was read of a document (its corrections changed, or it left the library). */
export function forgetTree(ctx: ServiceContext, id: string): void {
  ctx.treeCache.delete(id);
  ctx.catalog.delete(id);
}

/** A stored document's projects as the catalog has them (read once if not yet); empty when its text is gone. */
export async function catalogOf(ctx: ServiceContext, documentId: string): Promise<ReadonlyMap<string, CatalogProject>> {
  const known = ctx.catalog.get(documentId);
  if (known) return known;
  await readProjects(ctx, documentId);
  return ctx.catalog.get(documentId) ?? new Map();
}

/**
 * A stored document's projects as digests, for lists and the index: the cached tree's, or read by
 * `ctx.reader` (in its worker thread: hundreds of parses leave no garbage here), which also fills
 * the catalog. Null when the document's text is gone.
 */
export async function readProjects(ctx: ServiceContext, documentId: string): Promise<readonly ProjectDigest[] | null> {
  const cached = ctx.treeCache.get(documentId);
  if (cached) {
    if (!ctx.catalog.get(documentId)) ctx.catalog.set(documentId, cached.projects);
    return cached.projects;
  }
  const bytes = await readDocumentBytes(ctx.dataDir, documentId);
  if (bytes === null) return null;
  for (;;) {
    const plan = readingPlanOf(ctx.store.read(), documentId);
    const projects = await ctx.reader.read(bytes, plan, keptTreeOf(ctx, documentId, plan));
    // A correction made while it was read: that reading is already out of date.
    if (!sameReadingPlan(plan, readingPlanOf(ctx.store.read(), documentId))) continue;
    ctx.catalog.set(documentId, projects);
    return projects;
  }
}

/** The store's records are replaced, never edited, so the same records mean the same plan. */
function sameReadingPlan(a: ReadingPlan, b: ReadingPlan): boolean {
  return a.projectList === b.projectList && a.corrections.length === b.corrections.length && a.corrections.every((c, i) => c === b.corrections[i]);
}

/** findProject for lists: the catalog's fields of the project a `documentId:key` id points at, or null. */
export async function findCatalogProject(ctx: ServiceContext, id: string): Promise<CatalogProject | null> {
  const parts = splitProjectId(id);
  if (!parts || !recordsById(ctx.store.read()).has(parts.documentId)) return null;
  return (await catalogOf(ctx, parts.documentId)).get(parts.projectKey) ?? null;
}

export async function removeFromLibrary(ctx: ServiceContext, args: ApiArgs<'library:remove'>): Promise<{ removed: boolean }> {
  const removed = await ctx.store.write((data) => {
    const before = data.documents.length;
    data.documents = data.documents.filter((d) => d.id !== args.id);
    return data.documents.length < before;
  });
  if (!removed) throw new ServiceError('not-found', apiText.documentNotFound, 'id');
  forgetTree(ctx, args.id);
  await removeTreeFile(ctx.dataDir, args.id);
  // The text file stays until no annotation points at it, so annotations can still be read.
  return { removed };
}


/** The document record and parsed project a `documentId:key` project id points at, or null. */
export async function findProject(ctx: ServiceContext, id: string): Promise<{ record: DocumentRecord; project: ProjectNode } | null> {
  const parts = splitProjectId(id);
  if (!parts) return null;
  const record = ctx.store.read().documents.find((d) => d.id === parts.documentId);
  if (!record) return null;
  let tree = ctx.treeCache.get(record.id);
  if (!tree) {
    const text = await readDocumentText(ctx.dataDir, record.id);
    if (text === null) return null;
    tree = loadTree(ctx, record.id, text);
  }
  const project = tree.projects.find((p) => p.key === parts.projectKey);
  return project ? { record, project } : null;
}

/** After a parser upgrade, recompute each document's title and counts once from its stored text. */
export async function refreshParsedRecords(ctx: ServiceContext): Promise<void> {
  const stale = ctx.store.read().documents.filter((d) => d.parserVersion !== PARSER_VERSION);
  if (stale.length === 0) return;
  const fresh = new Map<string, DocumentRecord>();
  for (const record of stale) {
    const text = await readDocumentText(ctx.dataDir, record.id);
    if (text === null) continue;
    const tree = loadTree(ctx, record.id, text, { keep: false });
    const { id, fileName, format, sha256, sample, importedAt } = record;
    fresh.set(id, { ...record, ...recordFor(id, fileName, format, tree, sha256, sample), importedAt });
  }
  await ctx.store.write((data) => {
    data.documents = data.documents.map((d) => fresh.get(d.id) ?? d);
  });
}
