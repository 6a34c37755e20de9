/**
 * Annotations on projects. One record per annotation with author, version and a tombstone, so
 * that autosave, undo and (later) merging bundles from several laptops never lose a word.
 */
import { randomUUID } from 'node:crypto';
import type { ApiArgs } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import { ANNOTATION_LIST_LIMIT, defaultVisibility } from '@shared/model/annotation';
import type { StoreData } from '@shared/model/store';
import type { Member } from '@shared/model/member';
import { annotationText } from '@shared/text/annotations';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { findProject } from './library';
import { requireCurrentMember } from './members';
import { isStaff } from '@shared/model/member';

export async function createAnnotation(ctx: ServiceContext, args: ApiArgs<'annotation:create'>): Promise<Annotation> {
  const author = requireCurrentMember(ctx);
  const earlier = args.id ? ctx.store.read().annotations.find((a) => a.id === args.id) : undefined;
  if (earlier) {
    if (earlier.authorId !== author.id) throw new ServiceError('conflict', annotationText.notAuthor, 'id');
    return earlier;
  }
  const found = await findProject(ctx, args.projectId);
  if (!found) throw new ServiceError('not-found', annotationText.projectNotFound, 'projectId');
  const { project } = found;
  const now = new Date().toISOString();
  const annotation: Annotation = {
    id: args.id ?? randomUUID(),
    documentId: found.record.id,
    projectId: args.projectId,
    anchor: { unit: project.unit, section: project.section, number: project.number, title: project.title },
    quote: args.quote?.trim() || undefined,
    type: args.type,
    body: args.body,
    status: '미답변',
    starred: args.starred ?? false,
    tags: normaliseTags(args.tags ?? []),
    authorId: author.id,
    authorName: author.name,
    visibility: args.visibility ?? defaultVisibility(args.type),
    sessionId: ctx.store.read().currentSessionId,
    createdAt: now,
    updatedAt: now,
    version: 1,
    deleted: false,
  };
  await ctx.store.write((data) => {
    data.annotations.push(annotation);
  });
  return annotation;
}

export async function updateAnnotation(ctx: ServiceContext, args: ApiArgs<'annotation:update'>): Promise<Annotation> {
  const member = requireCurrentMember(ctx);
  const { id, ...changes } = args;
  return ctx.store.write((data) => applyChanges(data, member, findLive(data, id), changes));
}

/** The secretary's bulk edit: status and answer fields only, all or nothing. */
export async function bulkUpdateAnnotations(ctx: ServiceContext, args: ApiArgs<'annotation:bulk-update'>): Promise<{ updated: number }> {
  const member = requireCurrentMember(ctx);
  return ctx.store.write((data) => {
    for (const id of new Set(args.ids)) applyChanges(data, member, findLive(data, id), args.changes);
    return { updated: new Set(args.ids).size };
  });
}

type Changes = Omit<ApiArgs<'annotation:update'>, 'id'>;

function applyChanges(data: StoreData, member: Member, current: Annotation, changes: Changes): Annotation {
  const authorOnly = (['body', 'type', 'quote', 'visibility', 'tags', 'starred'] as const).some((k) => changes[k] !== undefined);
  // The author edits the note; committee staff may also record answers and status on it.
  const staff = isStaff(member);
  if (current.authorId !== member.id && (authorOnly || !staff)) throw new ServiceError('forbidden', annotationText.notAuthor);
  const next: Annotation = {
    ...current,
    ...changes,
    tags: changes.tags ? normaliseTags(changes.tags) : current.tags,
    answer: changes.answer ? { ...current.answer, ...changes.answer } : current.answer,
    updatedAt: new Date().toISOString(),
    version: current.version + 1,
  };
  data.annotations[positionOf(data.annotations, current)] = next;
  return next;
}

/** Deletes by tombstone, so `annotation:restore` can undo it. */
export async function deleteAnnotation(ctx: ServiceContext, args: ApiArgs<'annotation:delete'>): Promise<{ id: string; deleted: true }> {
  await setDeleted(ctx, args.id, true);
  return { id: args.id, deleted: true };
}

export async function restoreAnnotation(ctx: ServiceContext, args: ApiArgs<'annotation:restore'>): Promise<Annotation> {
  return setDeleted(ctx, args.id, false);
}

async function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Promise<Annotation> {
  const member = requireCurrentMember(ctx);
  return ctx.store.write((data) => {
    const current = noteById(data.annotations, id);
    if (!current || current.deleted === deleted) throw new ServiceError('not-found', annotationText.notFound, 'id');
    if (current.authorId !== member.id) throw new ServiceError('forbidden', annotationText.notAuthor);
    const next = { ...current, deleted, updatedAt: new Date().toISOString(), version: current.version + 1 };
    data.annotations[positionOf(data.annotations, current)] = next;
    return next;
  });
}

/** Shared annotations, plus the current member's private ones; never anyone else's private notes. */
export async function listAnnotations(ctx: ServiceContext, args: ApiArgs<'annotation:list'>): Promise<Annotation[]> {
  const data = ctx.store.read();
  const me = data.currentMemberId;
  const limit = Math.min(args.limit ?? ANNOTATION_LIST_LIMIT, ANNOTATION_LIST_LIMIT);
  const found: Annotation[] = [];
  // One pass that stops at the limit: no copy of the visible notes first; a document's notes are
  // looked up (opening a document lists them, twice, from 100,000).
  for (const a of args.documentId ? notesOnDocument(data, args.documentId) : data.annotations) {
    if (!isVisibleTo(a, me)) continue;
    if ((args.documentId && a.documentId !== args.documentId) || (args.projectId && a.projectId !== args.projectId) || (args.sessionId && a.sessionId !== args.sessionId)) continue;
    found.push(a);
    if (found.length >= limit) break;
  }
  return found;
}

export function visibleAnnotations(data: Readonly<StoreData>): Annotation[] {
  const me = data.currentMemberId;
  return data.annotations.filter((a) => isVisibleTo(a, me));
}

const notesByDocument = new WeakMap<readonly Annotation[], Map<string, Annotation[]>>();

/** The notes on one document, grouped in one pass per version of the notes list (the store keeps a list until a write). */
export function notesOnDocument(data: Readonly<StoreData>, documentId: string): readonly Annotation[] {
  let groups = notesByDocument.get(data.annotations);
  if (!groups) {
    groups = new Map();
    for (const a of data.annotations) {
      const list = groups.get(a.documentId);
      if (list) list.push(a);
      else groups.set(a.documentId, [a]);
    }
    notesByDocument.set(data.annotations, groups);
  }
  return groups.get(documentId) ?? [];
}

/** Shown to `me`: not deleted, and shared or their own. */
export function isVisibleTo(a: Annotation, me: string | undefined): boolean {
  return !a.deleted && (a.visibility === 'shared' || a.authorId === me);
}

function findLive(data: StoreData, id: string): Annotation {
  const found = noteById(data.annotations, id);
  if (!found || found.deleted) throw new ServiceError('not-found', annotationText.notFound, 'id');
  return found;
}

/**
 * Where each note sits in the notes list, by id, so finding a note does not read 100,000 records
 * scattered over the heap on every autosave. Replacing a note or pushing one keeps every other
 * note's position, so the map outlives versions of the list; a position is checked before use,
 * new notes are looked for at the end first, and anything else (a sort, a removal) rebuilds it.
 */
const positions = new Map<string, number>();
/** The app locked: not even the notes' ids stay in memory. */
export function forgetNotePositions(): void {
  positions.clear();
}

/** How far back from the end a note missing from the map is looked for before rebuilding. */
const RECENT = 1_000;

function noteById(list: readonly Annotation[], id: string): Annotation | undefined {
  const known = positions.get(id);
  if (known !== undefined && list[known]?.id === id) return list[known];
  for (let i = list.length - 1; i >= Math.max(0, list.length - RECENT); i--) {
    if (list[i]!.id !== id) continue;
    positions.set(id, i);
    return list[i];
  }
  positions.clear();
  list.forEach((a, i) => positions.set(a.id, i));
  const at = positions.get(id);
  return at === undefined ? undefined : list[at];
}

/** The position of a note just found in `list` (noteById put it in the map). */
function positionOf(list: readonly Annotation[], note: Annotation): number {
  const at = positions.get(note.id);
  return at !== undefined && list[at] === note ? at : list.indexOf(note);
}

function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
}
