/**
 * Review bundles (.crb): a member's notes carried from laptop to laptop by file, offline.
 *
 *  - `bundle:export` writes one member's notes (tombstones included, so deletions travel; private
 *    notes only the member's own and only when asked), the profiles of their authors, the sessions
 *    and document references they point at and, optionally, the document texts.
 *  - `bundle:preview` reads a bundle and says, per document, what importing it would do.
 *  - `bundle:import` applies it in one write: a union of both sides with one record per note, the
 *    newer version winning (shared/merge/annotations.ts). Importing the same bundle twice changes
 *    nothing; no import overwrites a newer version or another author's note.
 *
 * With a password, the exported file is an encrypted envelope (crypto/envelope.ts: scrypt with the
 * bundle's own salt, AES-256-GCM); preview and import open it with the same password first.
 *
 * A bundle is checked completely before anything is written: base64, size, JSON, format, version,
 * checksum, schema (shared/merge/bundleSchema.ts) and references. A rejected bundle leaves the
 * data file untouched. Bundle strings are never used as paths: ids must match SAFE_ID, and a
 * carried document's text is stored under an id that passed that check.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ApiArgs, ApiValue } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import type {
  BundleConflict,
  BundleCounts,
  BundleDocument,
  BundleDocumentPreview,
  BundleImportReport,
  BundlePreview,
  DocumentRef,
  ReviewBundle,
} from '@shared/model/bundle';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_LIMITS, BUNDLE_VERSION } from '@shared/model/bundle';
import type { DocumentRecord } from '@shared/model/library';
import type { Member } from '@shared/model/member';
import type { Session } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import type { StoreData } from '@shared/model/store';
import { canonicalJson } from '@shared/merge/canonical';
import { decide } from '@shared/merge/annotations';
import { bundleSchema } from '@shared/merge/bundleSchema';
import { parsePlan } from '@shared/parser/index';
import { projectListFromText } from '@shared/sheet/projectList';
import type { PlanDocument, ProjectNode } from '@shared/parser/types';
import { bundleText } from '@shared/text/bundles';
import type { ServiceContext } from './context';
import { EnvelopeError, isEnvelope, openWithPassword, sealWithPassword } from './crypto/envelope';
import { readDocumentText, writeDocumentText } from './documentFiles';
import { ServiceError } from './errors';
import { recordFor, rememberTree } from './library';
import { correctionsOf, refreshCorrected } from './corrections';
import type { CorrectionRecord } from '@shared/model/corrections';
import { compareCorrections, mergeCorrections } from '@shared/merge/corrections';
import { requireCurrentMember } from './members';
import { latestVersionOf, linkRevision, projectsOf, reattachOne } from './revisions';
import { sessionKey } from './stableIds';
import { APP_VERSION } from './version';
import { uiText } from '@shared/text/ui';

const APP_NAME = uiText.appName;
const MB = 1024 * 1024;

// ───────────────────────────── export ─────────────────────────────

export async function exportBundle(ctx: ServiceContext, args: ApiArgs<'bundle:export'>): Promise<ApiValue<'bundle:export'>> {
  const data = ctx.store.read();
  const me = requireCurrentMember(ctx);
  const member = args.memberId ? data.members.find((m) => m.id === args.memberId) : me;
  if (!member) throw new ServiceError('not-found', bundleText.memberNotFound, 'memberId');
  const self = member.id === me.id;
  if (args.includePrivate && !self) throw new ServiceError('forbidden', bundleText.privateNotAllowed, 'includePrivate');
  const session = args.sessionId ? data.sessions.find((s) => s.id === args.sessionId) : undefined;
  if (args.sessionId && !session) throw new ServiceError('not-found', bundleText.sessionNotFound, 'sessionId');

  // Someone else's private note never leaves this laptop; the member's own only when they ask.
  const annotations = data.annotations.filter(
    (a) =>
      a.authorId === member.id &&
      (!args.sessionId || a.sessionId === args.sessionId) &&
      (a.visibility === 'shared' || (self && args.includePrivate === true)),
  );
  // The documents of the notes, and those the member corrected: their corrections travel with them.
  const corrected = correctionsOf(data).filter((c) => c.authorId === member.id).map((c) => c.documentId);
  const documentIds = [...new Set([...annotations.map((a) => a.documentId), ...corrected])].filter((id) => data.documents.some((d) => d.id === id) || data.documentRefs?.[id]);
  const records = new Map(data.documents.map((d) => [d.id, d]));
  const documentRefs = documentIds
    .map((id) => {
      const record = records.get(id);
      return record ? refOf(record) : data.documentRefs?.[id];
    })
    .filter((r): r is DocumentRef => r !== undefined);
  const sessionIds = new Set(annotations.map((a) => a.sessionId).filter(Boolean));
  // Everyone's corrections of these documents: the notes hang on the projects they make.
  const exportedDocs = new Set(documentIds);
  const corrections = correctionsOf(data).filter((c) => exportedDocs.has(c.documentId));
  const payload: Omit<ReviewBundle, 'checksum'> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: new Date().toISOString(),
    app: { name: APP_NAME, version: APP_VERSION },
    author: member,
    ...(args.sessionId ? { sessionId: args.sessionId } : {}),
    annotations,
    members: [member],
    sessions: data.sessions.filter((s) => sessionIds.has(s.id)),
    documentRefs,
    ...(corrections.length ? { corrections } : {}),
  };
  if (args.includeDocuments) {
    const documents: BundleDocument[] = [];
    for (const id of documentIds) {
      const record = records.get(id);
      if (!record) continue;
      const text = await readDocumentText(ctx.dataDir, id);
      if (text === null) continue;
      documents.push({
        record: {
          ...refOf(record),
          family: record.family,
          format: /^[a-z0-9]{1,10}$/.test(record.format) ? record.format : undefined,
          ...(record.committee ? { committee: record.committee } : {}),
          ...(record.session ? { session: record.session } : {}),
          ...(record.previousVersionId ? { previousVersionId: record.previousVersionId } : {}),
          ...(record.projectList ? { projectList: record.projectList } : {}),
        },
        text,
      });
    }
    payload.documents = documents;
  }
  const bundle: ReviewBundle = { ...payload, checksum: checksumOf(payload) };
  let bytes: Buffer = Buffer.from(JSON.stringify(bundle), 'utf8');
  if (args.password !== undefined) bytes = await sealWithPassword(args.password, bytes);
  if (bytes.byteLength > BUNDLE_LIMITS.maxBytes) throw new ServiceError('too-large', bundleText.exportTooLarge(BUNDLE_LIMITS.maxBytes / MB));
  return {
    fileName: bundleFileName(member, session, payload.createdAt),
    dataBase64: bytes.toString('base64'),
    annotationCount: annotations.length,
    documentCount: payload.documents?.length ?? 0,
    encrypted: args.password !== undefined,
  };
}

function refOf(record: DocumentRecord): DocumentRef {
  return { id: record.id, sha256: record.sha256, title: record.title, issuer: record.issuer, date: record.date, fileName: record.fileName };
}

/** SHA-256 of the canonical JSON of the payload (everything but `checksum`). */
export function checksumOf(payload: object): string {
  const { checksum: _ignored, ...rest } = payload as { checksum?: unknown };
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

/** `의정검토-김의원-제331회_임시회-2024-01-16.crb`: only characters every file system accepts, no spaces. */
export function bundleFileName(member: Pick<Member, 'name'>, session: Pick<Session, 'number' | 'kind'> | undefined, createdAt: string): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').trim().replace(/\s+/g, '_').slice(0, 40);
  const parts = [bundleText.fileNamePrefix, clean(member.name) || 'member', session ? clean(sessionLabel(session)) : '', createdAt.slice(0, 10)];
  return parts.filter(Boolean).join('-') + BUNDLE_EXTENSION;
}

// ───────────────────────────── reading ─────────────────────────────

/**
 * Decodes and checks a bundle completely; throws a Korean ServiceError for anything wrong. An
 * encrypted bundle is opened with `password` first (`field: 'password'` when it is missing or wrong).
 */
export async function readBundle(dataBase64: string, password?: string): Promise<ReviewBundle> {
  const compact = dataBase64.replace(/\s+/g, '');
  if (compact.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new ServiceError('bad-input', bundleText.badBase64, 'dataBase64');
  }
  if (Math.floor((compact.length * 3) / 4) > BUNDLE_LIMITS.maxBytes + 2) {
    throw new ServiceError('too-large', bundleText.tooLarge(BUNDLE_LIMITS.maxBytes / MB), 'dataBase64');
  }
  let bytes: Buffer = Buffer.from(compact, 'base64');
  if (bytes.byteLength > BUNDLE_LIMITS.maxBytes) throw new ServiceError('too-large', bundleText.tooLarge(BUNDLE_LIMITS.maxBytes / MB), 'dataBase64');
  if (isEnvelope(bytes)) bytes = await openBundle(bytes, password);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ServiceError('bad-input', bundleText.notJson, 'dataBase64');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ServiceError('bad-input', bundleText.notJson, 'dataBase64');
  const head = raw as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT) throw new ServiceError('bad-input', bundleText.wrongFormat, 'dataBase64');
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw new ServiceError('bad-input', bundleText.badSchema('version'), 'dataBase64');
  }
  if (head.version > BUNDLE_VERSION) throw new ServiceError('bad-input', bundleText.futureVersion(head.version), 'dataBase64');
  if (Array.isArray(head.annotations) && head.annotations.length > BUNDLE_LIMITS.maxAnnotations) {
    throw new ServiceError('too-large', bundleText.tooManyRecords(BUNDLE_LIMITS.maxAnnotations), 'dataBase64');
  }
  if (typeof head.checksum !== 'string' || head.checksum !== checksumOf(head)) {
    throw new ServiceError('bad-input', bundleText.badChecksum, 'dataBase64');
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    const unsafe = issue?.message === 'unsafe-id' || issue?.message === 'unsafe-name' || issue?.message === 'control-character';
    throw new ServiceError('bad-input', unsafe ? bundleText.unsafeName(where) : bundleText.badSchema(where), 'dataBase64');
  }
  const bundle = parsed.data as unknown as ReviewBundle;
  checkReferences(bundle);
  return bundle;
}

async function openBundle(bytes: Buffer, password: string | undefined): Promise<Buffer> {
  if (!password) throw new ServiceError('bad-input', bundleText.passwordNeeded, 'password');
  try {
    return await openWithPassword(password, bytes);
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    if (error.reason === 'auth') throw new ServiceError('bad-input', bundleText.wrongPassword, 'password');
    throw new ServiceError('bad-input', error.reason === 'version' ? bundleText.encryptedNewer : bundleText.notJson, 'dataBase64');
  }
}

/** Checks that need more than one field: project ids, authors, carried document texts. */
function checkReferences(bundle: ReviewBundle): void {
  const authors = new Set([bundle.author.id, ...bundle.members.map((m) => m.id)]);
  bundle.annotations.forEach((a, i) => {
    const where = `annotations.${i}`;
    if (!a.projectId.startsWith(`${a.documentId}:`) || a.projectId.length === a.documentId.length + 1) {
      throw new ServiceError('bad-input', bundleText.unsafeName(`${where}.projectId`), 'dataBase64');
    }
    if (!authors.has(a.authorId)) throw new ServiceError('bad-input', bundleText.badSchema(`${where}.authorId`), 'dataBase64');
  });
  for (const d of bundle.documents ?? []) {
    const hash = createHash('sha256').update(d.text).digest('hex');
    if (hash !== d.record.sha256) throw new ServiceError('bad-input', bundleText.documentHashMismatch(d.record.title), 'dataBase64');
  }
}

// ───────────────────────────── planning ─────────────────────────────

interface ImportPlan {
  preview: BundlePreview;
  /** Incoming notes, already pointed at this laptop's document and session ids, and what to keep. */
  winners: Map<string, Annotation>;
  /** Ids whose stored record changes (new, updated, or a conflict the incoming side won). */
  changed: Set<string>;
  members: Member[];
  sessions: Session[];
  /** Carried documents this laptop lacks, with the id they get here. */
  documents: { id: string; doc: BundleDocument }[];
  /** References to documents neither here nor carried: remembered so a later import takes the id. */
  refs: DocumentRef[];
  /** Carried documents that are newer versions of a document here: [old id here, new id]. */
  revisions: [string, string][];
  /** Incoming corrections, pointed at this laptop's document ids, that change the stored ones. */
  corrections: CorrectionRecord[];
}

const zero = (): BundleCounts => ({ new: 0, updated: 0, unchanged: 0, conflicting: 0 });

/** What importing `bundle` into `data` would do. Pure with respect to the store. */
export function planImport(data: Readonly<StoreData>, bundle: ReviewBundle): ImportPlan {
  // Documents: same id and text, else same text under another id, else carried, else missing.
  const localById = new Map(data.documents.map((d) => [d.id, d]));
  const localBySha = new Map(data.documents.map((d) => [d.sha256, d]));
  const carried = new Map((bundle.documents ?? []).map((d) => [d.record.id, d]));
  const refs = new Map<string, DocumentRef>();
  for (const r of bundle.documentRefs) refs.set(r.id, r);
  for (const d of bundle.documents ?? []) refs.set(d.record.id, d.record);
  const documentMap = new Map<string, string>();
  const status = new Map<string, { title: string; included: boolean; present: boolean }>();
  const documents: ImportPlan['documents'] = [];
  const missing: DocumentRef[] = [];
  const takenIds = new Set(localById.keys());
  for (const ref of refs.values()) {
    const same = localById.get(ref.id);
    const bySha = ref.sha256 ? localBySha.get(ref.sha256) : undefined;
    let target: string;
    if (same && (!ref.sha256 || same.sha256 === ref.sha256)) target = same.id;
    else if (bySha) target = bySha.id;
    else {
      // An id here already names another text: the carried or missing one gets its own.
      target = takenIds.has(ref.id) ? freeDocumentId(ref.sha256, takenIds) : ref.id;
      takenIds.add(target);
      const doc = carried.get(ref.id);
      if (doc) documents.push({ id: target, doc });
      else missing.push({ ...ref, id: target });
    }
    documentMap.set(ref.id, target);
    const local = localById.get(target);
    status.set(target, { title: local?.title ?? ref.title, included: carried.has(ref.id), present: Boolean(local) || carried.has(ref.id) });
  }

  // Members and sessions: add what is not here; a session with the same committee, number and kind is the same session.
  const memberIds = new Set(data.members.map((m) => m.id));
  const members: Member[] = [];
  for (const m of [bundle.author, ...bundle.members]) {
    if (!memberIds.has(m.id)) {
      memberIds.add(m.id);
      members.push(m);
    }
  }
  const sessionMap = new Map<string, string>();
  const sessions: Session[] = [];
  const knownDocuments = new Set([...localById.keys(), ...documents.map((d) => d.id)]);
  for (const s of bundle.sessions) {
    const local = data.sessions.find((x) => x.id === s.id) ?? data.sessions.find((x) => sessionKey(x) === sessionKey(s));
    const added = sessions.find((x) => x.id === s.id || sessionKey(x) === sessionKey(s));
    if (local ?? added) {
      sessionMap.set(s.id, (local ?? added)!.id);
      continue;
    }
    sessions.push({
      ...s,
      memberIds: s.memberIds.filter((id) => memberIds.has(id)),
      agenda: s.agenda
        .map((item) => ({ ...item, documentId: documentMap.get(item.documentId) ?? item.documentId }))
        .filter((item) => knownDocuments.has(item.documentId)),
    });
    sessionMap.set(s.id, s.id);
  }

  // Notes: re-pointed at this laptop's ids, then merged record by record.
  const localNotes = new Map(data.annotations.map((a) => [a.id, a]));
  const perDocument = new Map<string, BundleCounts>();
  const totals = { ...zero(), annotations: bundle.annotations.length, skipped: 0 };
  const winners = new Map<string, Annotation>();
  const changed = new Set<string>();
  const conflicts: BundleConflict[] = [];
  for (const incoming of bundle.annotations) {
    // Someone else's private note has no business in this bundle; a note id here owned by another
    // author is never overwritten.
    const local = localNotes.get(incoming.id);
    if ((incoming.visibility === 'private' && incoming.authorId !== bundle.author.id) || (local && local.authorId !== incoming.authorId)) {
      totals.skipped++;
      continue;
    }
    const documentId = documentMap.get(incoming.documentId) ?? incoming.documentId;
    const note: Annotation = {
      ...incoming,
      documentId,
      projectId: documentId + incoming.projectId.slice(incoming.documentId.length),
      ...(incoming.sessionId ? { sessionId: sessionMap.get(incoming.sessionId) ?? incoming.sessionId } : {}),
    };
    const held = winners.get(note.id) ?? local;
    const decision = decide(held, note);
    const counts = perDocument.get(documentId) ?? zero();
    perDocument.set(documentId, counts);
    counts[decision.outcome]++;
    totals[decision.outcome]++;
    if (decision.outcome === 'conflicting' && conflicts.length < 500) {
      conflicts.push({ annotationId: note.id, documentId, localVersion: held!.version, incomingVersion: note.version, kept: decision.kept! });
    }
    winners.set(note.id, decision.result);
    if (decision.result !== local) changed.add(note.id);
    else changed.delete(note.id);
  }
  for (const documentId of perDocument.keys()) {
    if (!status.has(documentId)) {
      const local = localById.get(documentId);
      status.set(documentId, { title: local?.title ?? data.documentRefs?.[documentId]?.title ?? '', included: false, present: Boolean(local) });
    }
  }
  const documentPreviews: BundleDocumentPreview[] = [...status.entries()]
    .filter(([id, s]) => perDocument.has(id) || s.included)
    .map(([documentId, s]) => ({ documentId, title: s.title, included: s.included, present: s.present, ...(perDocument.get(documentId) ?? zero()) }));

  const revisions: [string, string][] = [];
  for (const { id, doc } of documents) {
    const previous = doc.record.previousVersionId ? documentMap.get(doc.record.previousVersionId) ?? doc.record.previousVersionId : undefined;
    const old = previous ? localById.get(previous) : undefined;
    if (old && !old.supersededBy) revisions.push([old.id, id]);
  }

  const localCorrections = new Map(correctionsOf(data).map((c) => [c.id, c]));
  const corrections: CorrectionRecord[] = [];
  for (const incoming of bundle.corrections ?? []) {
    const c = { ...incoming, documentId: documentMap.get(incoming.documentId) ?? incoming.documentId };
    const held = localCorrections.get(c.id);
    if (!held || compareCorrections(c, held) > 0) corrections.push(c);
  }

  return {
    preview: {
      author: { id: bundle.author.id, name: bundle.author.name, role: bundle.author.role, ...(bundle.author.committee ? { committee: bundle.author.committee } : {}) },
      createdAt: bundle.createdAt,
      app: { name: bundle.app.name, version: bundle.app.version },
      totals,
      documents: documentPreviews,
      documentsIncluded: documents.map((d) => d.doc.record.title),
      documentsMissing: missing.filter((r) => perDocument.has(r.id)).map((r) => r.title),
      conflicts,
      membersNew: members.length,
      sessionsNew: sessions.length,
    },
    winners,
    changed,
    members,
    sessions,
    documents,
    refs: missing,
    revisions,
    corrections,
  };
}

// ───────────────────────────── API ─────────────────────────────

export async function previewBundle(ctx: ServiceContext, args: ApiArgs<'bundle:preview'>): Promise<BundlePreview> {
  return planImport(ctx.store.read(), await readBundle(args.dataBase64, args.password)).preview;
}

export async function importBundle(ctx: ServiceContext, args: ApiArgs<'bundle:import'>): Promise<BundleImportReport> {
  const bundle = await readBundle(args.dataBase64, args.password);
  const task = 'bundle:import';
  ctx.emit('progress', { task, fraction: 0.1, label: bundle.author.name });
  const plan = planImport(ctx.store.read(), bundle);

  // Carried documents: parse (nothing stored yet), then write their texts under checked ids.
  const parsed = plan.documents.map(({ id, doc }) => ({ id, doc, tree: doc.record.projectList ? projectListFromText(doc.text, doc.record.projectList) : parsePlan(doc.text) }));
  for (const { id, doc } of parsed) await writeDocumentText(ctx.dataDir, id, doc.text);
  ctx.emit('progress', { task, fraction: 0.5, label: bundle.author.name });

  // Notes on an old version of a document here go onto its newest version, as on a revision import.
  const latestProjects = new Map<string, ProjectNode[]>();
  const data = ctx.store.read();
  for (const id of plan.changed) {
    const note = plan.winners.get(id)!;
    const latest = latestVersionOf(data, note.documentId);
    if (latest !== note.documentId && !latestProjects.has(latest)) latestProjects.set(latest, await projectsOf(ctx, latest));
  }

  const nothingToDo =
    plan.changed.size === 0 && plan.members.length === 0 && plan.sessions.length === 0 && parsed.length === 0 && plan.corrections.length === 0 &&
    plan.refs.every((r) => isSameRef(data.documentRefs?.[r.id], r));
  const reattached = nothingToDo ? 0 : await ctx.store.write((draft) => {
    for (const m of plan.members) if (!draft.members.some((x) => x.id === m.id)) draft.members.push(m);
    for (const s of plan.sessions) if (!draft.sessions.some((x) => x.id === s.id)) draft.sessions.push(s);
    for (const { id, doc, tree } of parsed) {
      if (draft.documents.some((d) => d.id === id)) continue;
      draft.documents.push(carriedRecord(id, doc, tree));
      delete draft.documentRefs[id];
    }
    for (const ref of plan.refs) if (!draft.documents.some((d) => d.id === ref.id)) draft.documentRefs[ref.id] = ref;
    if (plan.corrections.length) draft.corrections = mergeCorrections(correctionsOf(draft), plan.corrections);

    const now = new Date().toISOString();
    let moved = 0;
    const index = new Map(draft.annotations.map((a, i) => [a.id, i]));
    for (const id of plan.changed) {
      let note = plan.winners.get(id)!;
      const latest = latestVersionOf(draft, note.documentId);
      const projects = latestProjects.get(latest);
      if (latest !== note.documentId && projects) {
        const result = reattachOne(note, latest, projects, now);
        if (result) {
          note = result.annotation;
          moved++;
        }
      }
      const at = index.get(id);
      if (at === undefined) draft.annotations.push(note);
      else draft.annotations[at] = note;
    }
    // One order on every laptop, whatever order bundles arrived in.
    if (plan.changed.size > 0) draft.annotations.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return moved;
  });
  for (const { id, tree } of parsed) rememberTree(ctx, id, tree);
  // Carried and local documents whose corrections changed are read again with them.
  const stored = new Set(correctionsOf(ctx.store.read()).map((c) => c.documentId));
  const corrected = new Set([...plan.corrections.map((c) => c.documentId), ...parsed.map((p) => p.id).filter((id) => stored.has(id))]);
  if (corrected.size) await refreshCorrected(ctx, corrected);

  let reattachedByRevision = 0;
  for (const [oldId, newId] of plan.revisions) reattachedByRevision += (await linkRevision(ctx, oldId, newId, true)).reattached;
  ctx.emit('progress', { task, fraction: 1, label: bundle.author.name });
  return { ...plan.preview, applied: true, reattached: reattached + reattachedByRevision };
}

function freeDocumentId(sha256: string, taken: ReadonlySet<string>): string {
  const id = `doc-${sha256.slice(0, 32)}`;
  return sha256 && !taken.has(id) ? id : randomUUID();
}

function carriedRecord(id: string, doc: BundleDocument, tree: PlanDocument): DocumentRecord {
  const r = doc.record;
  const record = recordFor(id, r.fileName || `${r.title}.txt`, r.format ?? 'text', tree, r.sha256, false);
  return { ...record, title: r.title || record.title, ...(r.projectList ? { projectList: r.projectList } : {}) };
}

function isSameRef(a: DocumentRef | undefined, b: DocumentRef): boolean {
  return a !== undefined && canonicalJson(a) === canonicalJson(b);
}
