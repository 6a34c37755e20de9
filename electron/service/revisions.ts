/**
 * Revised documents (GUIDE, complaint 1). Importing a new version of a document — chosen by the
 * user with `replacesDocumentId`, or found by the same title, issuer and family — links the two
 * (`supersededBy` on the old record, `previousVersionId` on the new) and moves every note of the
 * old version (deleted ones and others' private ones too) onto its project in the new version,
 * using shared/merge/reattach.ts. Notes that fit nowhere stay on the old version and are listed by
 * `annotation:orphans` until someone re-attaches them with `annotation:reattach`. Nothing is dropped.
 *
 * Old versions stay in `library:list`, marked with `supersededBy`, and stay readable with
 * `document:get`; the UI decides whether to fold them under the newest version.
 */
import type { ApiArgs } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import { projectId, splitProjectId } from '@shared/model/annotation';
import type { DocumentRecord, ImportSummary, RevisionSummary } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import type { StoreData } from '@shared/model/store';
import { findReattachment, suggestProjects } from '@shared/merge/reattach';
import type { CandidateProject, ReattachMethod } from '@shared/merge/reattach';
import type { ProjectNode } from '@shared/parser/types';
import { annotationText } from '@shared/text/annotations';
import { revisionText } from '@shared/text/bundles';
import { isVisibleTo, notesOnDocument } from './annotations';
import type { ServiceContext } from './context';
import { readDocumentText } from './documentFiles';
import { ServiceError } from './errors';
import { catalogOf, findProject, importFromApi, loadTree, recordsById } from './library';
import { requireCurrentMember } from './members';
import { isStaff } from '@shared/model/member';

/** `library:import` with an optional `replacesDocumentId`: imports, then links and re-attaches notes. */
export async function importWithRevision(ctx: ServiceContext, args: ApiArgs<'library:import'>): Promise<ImportSummary> {
  const { replacesDocumentId, ...file } = args;
  if (replacesDocumentId) {
    const old = ctx.store.read().documents.find((d) => d.id === replacesDocumentId);
    if (!old) throw new ServiceError('not-found', revisionText.replacesNotFound, 'replacesDocumentId');
    if (old.supersededBy) throw new ServiceError('conflict', revisionText.alreadySuperseded, 'replacesDocumentId');
  }
  const summary = await importFromApi(ctx, file);
  const data = ctx.store.read();
  let previous: string | undefined = replacesDocumentId;
  if (previous) {
    if (previous === summary.documentId) throw new ServiceError('bad-input', revisionText.replacesItself, 'replacesDocumentId');
    if (versionChain(data, previous).includes(summary.documentId) || data.documents.find((d) => d.id === summary.documentId)?.previousVersionId) {
      throw new ServiceError('conflict', revisionText.wouldLoop, 'replacesDocumentId');
    }
  } else if (!summary.duplicate) {
    previous = automaticPredecessor(data, summary.documentId);
  }
  if (!previous) return summary;
  const revision = await linkRevision(ctx, previous, summary.documentId, !replacesDocumentId);
  return { ...summary, revision };
}

/** The one current document with the same title, issuer, family (and committee, where both state one). */
function automaticPredecessor(data: Readonly<StoreData>, newId: string): string | undefined {
  const fresh = data.documents.find((d) => d.id === newId);
  if (!fresh || !fresh.title.trim() || !fresh.issuer.trim()) return undefined;
  const same = data.documents.filter(
    (d) =>
      d.id !== newId &&
      !d.supersededBy &&
      d.title === fresh.title &&
      d.issuer === fresh.issuer &&
      d.family === fresh.family &&
      (!d.committee || !fresh.committee || d.committee === fresh.committee),
  );
  return same.length === 1 ? same[0]!.id : undefined;
}

/** `id` and every earlier version of it, newest first (loop-safe). */
export function versionChain(data: Readonly<StoreData>, id: string): string[] {
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  const chain: string[] = [];
  for (let at: string | undefined = id; at && !chain.includes(at); at = byId.get(at)?.previousVersionId) chain.push(at);
  return chain;
}

/** The newest version of a document (following `supersededBy`, loop-safe). */
export function latestVersionOf(data: Readonly<StoreData>, id: string): string {
  const byId = recordsById(data);
  const seen = new Set<string>();
  let at = id;
  for (let next = byId.get(at)?.supersededBy; next && byId.has(next) && !seen.has(next); next = byId.get(at)?.supersededBy) {
    seen.add(at);
    at = next;
  }
  return at;
}

/** Marks `oldId` as replaced by `newId` and moves the old versions' notes onto the new one. */
export async function linkRevision(ctx: ServiceContext, oldId: string, newId: string, automatic: boolean): Promise<RevisionSummary> {
  const projects = await projectsOf(ctx, newId);
  const chain = new Set(versionChain(ctx.store.read(), oldId));
  return ctx.store.write((data) => {
    const old = data.documents.find((d) => d.id === oldId);
    const fresh = data.documents.find((d) => d.id === newId);
    if (!old || !fresh) throw new ServiceError('not-found', revisionText.replacesNotFound, 'replacesDocumentId');
    replaceRecord(data, { ...old, supersededBy: newId });
    replaceRecord(data, { ...fresh, previousVersionId: oldId });
    const summary: RevisionSummary = { previousVersionId: oldId, reattached: 0, byMethod: { key: 0, title: 0, quote: 0 }, orphaned: 0, automatic };
    const now = new Date().toISOString();
    data.annotations = data.annotations.map((a) => {
      if (!chain.has(a.documentId)) return a;
      const moved = reattachOne(a, newId, projects, now);
      if (!moved) {
        if (!a.deleted) summary.orphaned++;
        return a;
      }
      // Tombstones move too (so an undo lands on the right project), but only live notes are counted.
      if (!a.deleted) {
        summary.reattached++;
        summary.byMethod[moved.method]++;
      }
      return moved.annotation;
    });
    return summary;
  });
}

function replaceRecord(data: StoreData, record: DocumentRecord): void {
  data.documents = data.documents.map((d) => (d.id === record.id ? record : d));
}

/** The note moved onto its project in `projects` (of document `documentId`), or null when none fits. */
export function reattachOne(
  a: Annotation,
  documentId: string,
  projects: readonly ProjectNode[],
  now: string,
): { annotation: Annotation; method: ReattachMethod } | null {
  const match = findReattachment({ ...a.anchor, quote: a.quote }, candidates(projects));
  if (!match) return null;
  const project = projects.find((p) => p.key === match.key)!;
  return { annotation: moveTo(a, documentId, project, now), method: match.method };
}

/** A new version of the note, on `project` of `documentId`. */
export function moveTo(a: Annotation, documentId: string, project: ProjectNode, now: string): Annotation {
  return {
    ...a,
    documentId,
    projectId: projectId(documentId, project.key),
    anchor: { unit: project.unit, section: project.section, number: project.number, title: project.title },
    updatedAt: now > a.updatedAt ? now : a.updatedAt,
    version: a.version + 1,
  };
}

/** Projects notes may hang on (general-status tables count too: notes may be written on them). */
function candidates(projects: readonly ProjectNode[]): CandidateProject[] {
  return projects.map((p) => ({ key: p.key, unit: p.unit, section: p.section, number: p.number, title: p.title, body: p.body }));
}

/** The parsed projects of a stored document, or [] when its text is gone. */
export async function projectsOf(ctx: ServiceContext, documentId: string): Promise<ProjectNode[]> {
  const cached = ctx.treeCache.get(documentId);
  if (cached) return cached.projects;
  const text = await readDocumentText(ctx.dataDir, documentId);
  return text === null ? [] : loadTree(ctx, documentId, text).projects;
}

/** The notes on a document and on the older versions it replaced (whose latest version it is). */
function notesOfVersions(data: Readonly<StoreData>, documentId: string): Annotation[] {
  const versions = data.documents.filter((d) => d.id === documentId || latestVersionOf(data, d.id) === documentId);
  return versions.flatMap((d) => notesOnDocument(data, d.id));
}

/** `annotation:orphans`: visible notes whose document is missing, replaced, or lacks their project. */
export async function listOrphans(ctx: ServiceContext, args: ApiArgs<'annotation:orphans'>): Promise<OrphanEntry[]> {
  const data = ctx.store.read();
  const records = new Map(data.documents.map((d) => [d.id, d]));
  const projectsByDocument = new Map<string, ProjectNode[]>();
  const projects = async (id: string) => {
    let list = projectsByDocument.get(id);
    if (!list) projectsByDocument.set(id, (list = await projectsOf(ctx, id)));
    return list;
  };
  const orphans: OrphanEntry[] = [];
  for (const a of args.documentId ? notesOfVersions(data, args.documentId) : data.annotations) {
    if (!isVisibleTo(a, data.currentMemberId)) continue;
    const record = records.get(a.documentId);
    if (!record) {
      orphans.push({ annotation: a, reason: 'document-missing', documentTitle: data.documentRefs?.[a.documentId]?.title ?? '', suggestions: [] });
      continue;
    }
    const latest = latestVersionOf(data, a.documentId);
    if (latest !== a.documentId) {
      orphans.push({ annotation: a, reason: 'superseded', documentTitle: record.title, latestDocumentId: latest, suggestions: suggest(a, latest, await projects(latest)) });
      continue;
    }
    // The catalog answers for every note; whole trees are read only for the few that need suggestions.
    const key = splitProjectId(a.projectId)?.projectKey;
    if (!key || !(await catalogOf(ctx, a.documentId)).has(key)) {
      orphans.push({ annotation: a, reason: 'project-missing', documentTitle: record.title, suggestions: suggest(a, a.documentId, await projects(a.documentId)) });
    }
  }
  return orphans;
}

function suggest(a: Annotation, documentId: string, projects: readonly ProjectNode[]): OrphanEntry['suggestions'] {
  const byKey = new Map(projects.map((p) => [p.key, p]));
  return suggestProjects(a.anchor, candidates(projects)).map(({ key, score }) => {
    const p = byKey.get(key)!;
    return { projectId: projectId(documentId, key), unit: p.unit, number: p.number, title: p.title, score };
  });
}

/** `annotation:reattach`: put a note on another project by hand (its author or committee staff). */
export async function reattachAnnotation(ctx: ServiceContext, args: ApiArgs<'annotation:reattach'>): Promise<Annotation> {
  const member = requireCurrentMember(ctx);
  const found = await findProject(ctx, args.projectId);
  if (!found) throw new ServiceError('not-found', revisionText.projectNotFound, 'projectId');
  return ctx.store.write((data) => {
    const index = data.annotations.findIndex((a) => a.id === args.id && !a.deleted);
    const current = data.annotations[index];
    // Someone else's private note is not even visible here.
    if (!current || (current.visibility === 'private' && current.authorId !== member.id)) {
      throw new ServiceError('not-found', annotationText.notFound, 'id');
    }
    if (current.authorId !== member.id && !isStaff(member)) throw new ServiceError('forbidden', revisionText.notAllowed);
    const next = moveTo(current, found.record.id, found.project, new Date().toISOString());
    data.annotations[index] = next;
    return next;
  });
}
