/**
 * The store's shareable records as CouchDB documents, and documents back into the store.
 *
 * One document per record, `_id` = kind + ':' + record id (answers: with the owner in between):
 *  - `note:<annotation id>`: the note as its author wrote it, without the secretary's fields;
 *    written only by the author's account.
 *  - `answer:<author's account, encodeURIComponent>:<annotation id>`: the note's `status` and
 *    `answer` (the secretary's 질의답변 and the follow-up register's 조치 상태); written by a
 *    `secretary` account, or by the note's author (a member may close their own note). So an
 *    author's edit and a secretary's answer made on two laptops while apart are two documents, and
 *    neither can refuse or overwrite the other.
 *  - `session:<id>`, `member:<id>`.
 * `owner` is the CouchDB account that wrote the document first, except for answer documents: their
 * owner is the note's author's account (so a secretary and an author who both answered offline
 * wrote the same document, one owner), and `writer` names the account of each revision. The
 * server's validate_doc_update (designDoc.ts) checks both, and that an answer's id names its owner:
 * it cannot look up the note, but a laptop reads a note's answer only under the id naming the
 * note's owner, which no other member's account may write. A private 메모 never becomes a document.
 *
 * Each part has its own `version` and `updatedAt`; on a laptop the note is the two parts put back
 * together (`combine`): version = note part's + answer part's, updatedAt the later one. Every
 * local change adds one to the note's version and one to the part it changed, so the sum holds;
 * after two laptops changed different parts, both hold the sum of both. Incoming records are merged
 * with the rules bundle import uses (`decide`: higher version, then later updatedAt, then content
 * hash; tombstones are records like any other), per part between revisions and per note in the
 * store; sessions and member profiles are added when absent, as bundle import does.
 */
import type { Annotation, AnnotationStatus, AnswerRecord } from '@shared/model/annotation';
import type { DocumentRef } from '@shared/model/bundle';
import type { Member } from '@shared/model/member';
import type { Session } from '@shared/model/session';
import type { StoreData } from '@shared/model/store';
import { compareRecords, decide, sameContent } from '@shared/merge/annotations';
import { sessionKey } from '../stableIds';

/** The note without the secretary's fields; its version counts the author's changes. */
export type NotePart = Omit<Annotation, 'status' | 'answer'>;
/** The secretary's fields of a note (`id` is the note's); its version counts their changes. */
export interface AnswerPart {
  id: string;
  status: AnnotationStatus;
  answer?: AnswerRecord;
  version: number;
  updatedAt: string;
  deleted: false;
}

export type SyncDoc =
  | { _id: string; _rev?: string; kind: 'note'; owner: string; record: NotePart; ref?: DocumentRef }
  | { _id: string; _rev?: string; kind: 'answer'; owner: string; writer: string; record: AnswerPart }
  | { _id: string; _rev?: string; kind: 'session'; owner: string; record: Session }
  | { _id: string; _rev?: string; kind: 'member'; owner: string; record: Member };
export type SyncKind = SyncDoc['kind'];
type NoteDoc = Extract<SyncDoc, { kind: 'note' }>;
type AnswerDoc = Extract<SyncDoc, { kind: 'answer' }>;

export const docId = (kind: Exclude<SyncKind, 'answer'>, recordId: string): string => `${kind}:${recordId}`;
/** The id of a note's answer document: the note's owner (its author's account) is part of it, so the server can check it. */
export const answerId = (owner: string, noteId: string): string => `answer:${encodeURIComponent(owner)}:${noteId}`;
/**
 * The annotation id of a `note:` or `answer:<owner>:` document id, else undefined (also for the
 * `answer:<id>` form of builds before the owner was in the id, which is ignored).
 */
export function noteIdOf(id: string): string | undefined {
  if (id.startsWith('note:')) return id.slice(5);
  if (!id.startsWith('answer:')) return undefined;
  const colon = id.indexOf(':', 7); // an encoded account holds no ':'
  return colon === -1 ? undefined : id.slice(colon + 1);
}
/** Whether an answer document's id names its owner and note, as the server requires (else it is ignored). */
const wellFormed = (doc: AnswerDoc): boolean => typeof doc.owner === 'string' && doc._id === answerId(doc.owner, doc.record.id);

/** Whose notes this laptop writes to the server, and as which account. */
export interface Identity {
  account: string;
  memberId: string;
  /** Committee staff (a `secretary` account) also write answers and statuses of other members' notes. */
  staff: boolean;
}

const UNANSWERED: AnnotationStatus = '미답변';

function notePart(a: Annotation, version: number): NotePart {
  const { status: _status, answer: _answer, ...rest } = a;
  return { ...rest, version };
}

function answerPart(a: Annotation, version: number): AnswerPart {
  return { id: a.id, status: a.status, ...(a.answer ? { answer: a.answer } : {}), version, updatedAt: a.updatedAt, deleted: false };
}

/** What the author wrote, without the counters every change moves. */
const noteContent = (r: NotePart | Annotation) => ({ ...notePart(r as Annotation, 0), updatedAt: '' });
const answerContent = (r: { status: AnnotationStatus; answer?: AnswerRecord }) => ({ status: r.status, answer: r.answer });

/** The note as the store keeps it: its author's part with the secretary's part on it. */
export function combine(note: NotePart, answer: AnswerPart | undefined): Annotation {
  const updatedAt = answer && answer.updatedAt > note.updatedAt ? answer.updatedAt : note.updatedAt;
  return {
    ...note,
    status: answer?.status ?? UNANSWERED,
    ...(answer?.answer ? { answer: answer.answer } : {}),
    version: note.version + (answer?.version ?? 0),
    updatedAt,
  };
}

/** Whether this account may write the document (else a conflict on it is left to those who may). */
export function mayWrite(doc: SyncDoc, me: Identity): boolean {
  if (doc.kind === 'answer') return me.staff || doc.owner === me.account;
  if (doc.kind === 'session') return me.staff || doc.owner === me.account;
  return doc.owner === me.account;
}

/**
 * The documents to write for the records of `data` that changed. `held` are the documents already
 * in the local database (from this laptop or the server); `fresh(key, record)` says whether a
 * record is new since the last call (records are replaced on change, so identity tells).
 */
export function shareableDocs(data: Readonly<StoreData>, me: Identity, held: ReadonlyMap<string, SyncDoc>, fresh: (key: string, record: object) => boolean = () => true): SyncDoc[] {
  const out: SyncDoc[] = [];
  const self = data.members.find((m) => m.id === me.memberId);
  const add = (doc: SyncDoc) => {
    // Sessions and profiles are added, never replaced (as in bundle import).
    if (!held.has(doc._id)) out.push(doc);
  };
  if (self && fresh(docId('member', self.id), self)) add({ _id: docId('member', self.id), kind: 'member', owner: me.account, record: self });
  for (const s of data.sessions) if (fresh(docId('session', s.id), s)) add({ _id: docId('session', s.id), kind: 'session', owner: me.account, record: s });
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  for (const a of data.annotations) {
    if (a.visibility !== 'shared' || !fresh(docId('note', a.id), a)) continue;
    const hn = held.get(docId('note', a.id)) as NoteDoc | undefined;
    const mine = a.authorId === me.memberId;
    // The answer document lives under the note's owner: the held note's, or this account for its own new note.
    const noteOwner = hn?.owner ?? (mine ? me.account : undefined);
    const ha = noteOwner === undefined ? undefined : (held.get(answerId(noteOwner, a.id)) as AnswerDoc | undefined);
    if (hn && compareRecords(a, combine(hn.record, ha?.record)) <= 0) continue; // not newer than what is held
    const noteDiff = !hn || !sameContent(noteContent(a), noteContent(hn.record));
    const answerDiff = ha ? !sameContent(answerContent(a), answerContent(ha.record)) : a.status !== UNANSWERED || a.answer !== undefined;
    // A newer record with the same words and answer (saved again, or a clock put right) travels as the author's part.
    const noteChanged = mine && (noteDiff || !answerDiff);
    const answerChanged = noteOwner !== undefined && (me.staff || (mine && noteOwner === me.account)) && answerDiff;
    if (!noteChanged && !answerChanged) continue;
    const nvHeld = hn?.record.version ?? 0;
    const avHeld = ha?.record.version ?? 0;
    const total = Math.max(a.version, nvHeld + avHeld + (noteChanged && answerChanged ? 2 : 1));
    const av = answerChanged ? (noteChanged ? avHeld + 1 : total - nvHeld) : avHeld;
    if (noteChanged) {
      const d = documents.get(a.documentId);
      const ref = d ? { id: d.id, sha256: d.sha256, title: d.title, issuer: d.issuer, date: d.date, fileName: d.fileName } : data.documentRefs?.[a.documentId];
      out.push({ ...(hn?._rev ? { _rev: hn._rev } : {}), _id: docId('note', a.id), kind: 'note', owner: me.account, record: notePart(a, total - av), ...(ref ? { ref } : {}) });
    }
    if (answerChanged) {
      out.push({ ...(ha?._rev ? { _rev: ha._rev } : {}), _id: answerId(noteOwner!, a.id), kind: 'answer', owner: noteOwner!, writer: me.account, record: answerPart(a, av) });
    }
  }
  return out;
}

/**
 * Merges documents into a store draft; answers how many records changed. `changed` are the
 * documents that arrived; a note is put together from the winning `note:` and `answer:` documents
 * `held` for it. A note is taken only if its author's profile document has the same owner (so an
 * account cannot post notes in another member's name), and an answer only from the document whose
 * id and `owner` name the note's owner (which the server lets only that account and secretary
 * accounts write); answer documents under any other account, or with an id not naming their owner,
 * are ignored. Notes whose author's profile or note document is not known yet are answered in
 * `waiting` (the ids of the documents that arrived for them).
 */
export function mergeDocs(
  draft: StoreData,
  changed: readonly SyncDoc[],
  owners: ReadonlyMap<string, string>,
  held: ReadonlyMap<string, SyncDoc>,
): { changed: number; waiting: string[] } {
  let count = 0;
  const waiting: string[] = [];
  const members = new Set(draft.members.map((m) => m.id));
  for (const doc of changed) {
    if (doc.kind !== 'member' || members.has(doc.record.id)) continue;
    draft.members.push(doc.record);
    members.add(doc.record.id);
    count++;
  }
  const documents = new Set(draft.documents.map((d) => d.id));
  for (const doc of changed) {
    if (doc.kind !== 'session') continue;
    const s = doc.record;
    if (draft.sessions.some((x) => x.id === s.id || sessionKey(x) === sessionKey(s))) continue;
    draft.sessions.push({ ...s, memberIds: s.memberIds.filter((id) => members.has(id)), agenda: s.agenda.filter((item) => documents.has(item.documentId)) });
    count++;
  }
  // Per note, the documents of it that arrived.
  const noteIds = new Map<string, string[]>();
  for (const doc of changed) {
    if (doc.kind !== 'note' && !(doc.kind === 'answer' && wellFormed(doc))) continue;
    const ids = noteIds.get(doc.record.id);
    if (ids) ids.push(doc._id);
    else noteIds.set(doc.record.id, [doc._id]);
  }
  const index = new Map(draft.annotations.map((a, i) => [a.id, i]));
  let notes = 0;
  for (const [id, arrived] of noteIds) {
    const hn = held.get(docId('note', id)) as NoteDoc | undefined;
    if (!hn) {
      waiting.push(...arrived); // an answer ahead of its note
      continue;
    }
    if (hn.record.visibility !== 'shared') continue;
    const owner = owners.get(hn.record.authorId);
    if (owner === undefined) {
      waiting.push(hn._id);
      continue;
    }
    if (owner !== hn.owner) continue;
    const ha = held.get(answerId(hn.owner, id)) as AnswerDoc | undefined;
    const answer = ha && ha.kind === 'answer' && wellFormed(ha) && ha.owner === hn.owner ? ha.record : undefined;
    const incoming = combine(hn.record, answer);
    const at = index.get(id);
    const local = at === undefined ? undefined : draft.annotations[at];
    if (local && local.authorId !== incoming.authorId) continue;
    const { result } = decide(local, incoming);
    if (result === local) continue;
    if (at === undefined) {
      index.set(id, draft.annotations.length);
      draft.annotations.push(result);
    } else draft.annotations[at] = result;
    if (hn.ref && !documents.has(hn.ref.id) && !draft.documentRefs[hn.ref.id]) draft.documentRefs[hn.ref.id] = hn.ref;
    notes++;
  }
  // One order on every laptop, as bundle import leaves it.
  if (notes) draft.annotations.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { changed: count + notes, waiting };
}
