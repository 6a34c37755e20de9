/**
 * The store's shareable records as CouchDB documents, and documents back into the store.
 *
 * One document per record, `_id` = kind + ':' + record id: `note:<annotation id>` (the secretary's
 * answer and status, hence the follow-up register, live on the note), `session:<id>`, `member:<id>`.
 * `owner` is the CouchDB account that wrote the record first; the server's validate_doc_update
 * (designDoc.ts) keeps it fixed. Only shared notes become documents: a private 메모 never does.
 *
 * Incoming documents are merged with the rules bundle import uses (bundles.ts planImport): notes by
 * `decide` (higher version, then later updatedAt, then content hash; tombstones are records like any
 * other), sessions and member profiles added when absent. So sync and bundles end in the same store.
 */
import type { Annotation } from '@shared/model/annotation';
import type { DocumentRef } from '@shared/model/bundle';
import type { Member } from '@shared/model/member';
import type { Session } from '@shared/model/session';
import type { StoreData } from '@shared/model/store';
import { decide } from '@shared/merge/annotations';
import { sessionKey } from '../stableIds';

export type SyncDoc =
  | { _id: string; _rev?: string; kind: 'note'; owner: string; record: Annotation; ref?: DocumentRef }
  | { _id: string; _rev?: string; kind: 'session'; owner: string; record: Session }
  | { _id: string; _rev?: string; kind: 'member'; owner: string; record: Member };
export type SyncKind = SyncDoc['kind'];

export const docId = (kind: SyncKind, recordId: string): string => `${kind}:${recordId}`;

/** Whose notes this laptop writes to the server, and as which account. */
export interface Identity {
  account: string;
  memberId: string;
  /** Committee staff may also write answers and statuses on other members' notes. */
  staff: boolean;
}

/**
 * The documents this laptop should hold for its records. `held` are the documents already in the
 * local database (from this laptop or the server): a note of another member goes out only when it
 * came from the server (its owner is known) and this member is staff, i.e. an answer to it.
 */
export function shareableDocs(data: Readonly<StoreData>, me: Identity, held: ReadonlyMap<string, SyncDoc>): SyncDoc[] {
  const out: SyncDoc[] = [];
  const self = data.members.find((m) => m.id === me.memberId);
  if (self) out.push({ _id: docId('member', self.id), kind: 'member', owner: me.account, record: self });
  for (const s of data.sessions) out.push({ _id: docId('session', s.id), kind: 'session', owner: me.account, record: s });
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  for (const a of data.annotations) {
    if (a.visibility !== 'shared') continue;
    const _id = docId('note', a.id);
    const owner = a.authorId === me.memberId ? me.account : me.staff ? held.get(_id)?.owner : undefined;
    if (!owner) continue;
    const d = documents.get(a.documentId);
    const ref = d ? { id: d.id, sha256: d.sha256, title: d.title, issuer: d.issuer, date: d.date, fileName: d.fileName } : data.documentRefs?.[a.documentId];
    out.push({ _id, kind: 'note', owner, record: a, ...(ref ? { ref } : {}) });
  }
  return out;
}

/** Whether a local record should be written over the document held for it. */
export function shouldWrite(local: SyncDoc, held: SyncDoc | undefined): boolean {
  if (!held) return true;
  // Sessions and profiles are added, never replaced (as in bundle import).
  if (local.kind !== 'note' || held.kind !== 'note') return false;
  const d = decide(held.record, local.record);
  return d.result === local.record && d.outcome !== 'unchanged';
}

/**
 * Merges documents into a store draft; answers how many records changed. A note is taken only if
 * its author's profile document has the same owner (so an account cannot post notes in another
 * member's name); notes whose author's profile is not known yet are answered in `waiting`.
 */
export function mergeDocs(draft: StoreData, docs: readonly SyncDoc[], owners: ReadonlyMap<string, string>): { changed: number; waiting: string[] } {
  let changed = 0;
  const waiting: string[] = [];
  const members = new Set(draft.members.map((m) => m.id));
  for (const doc of docs) {
    if (doc.kind !== 'member' || members.has(doc.record.id)) continue;
    draft.members.push(doc.record);
    members.add(doc.record.id);
    changed++;
  }
  const documents = new Set(draft.documents.map((d) => d.id));
  for (const doc of docs) {
    if (doc.kind !== 'session') continue;
    const s = doc.record;
    if (draft.sessions.some((x) => x.id === s.id || sessionKey(x) === sessionKey(s))) continue;
    draft.sessions.push({ ...s, memberIds: s.memberIds.filter((id) => members.has(id)), agenda: s.agenda.filter((item) => documents.has(item.documentId)) });
    changed++;
  }
  const index = new Map(draft.annotations.map((a, i) => [a.id, i]));
  let notes = 0;
  for (const doc of docs) {
    if (doc.kind !== 'note' || doc.record.visibility !== 'shared') continue;
    const incoming = doc.record;
    const owner = owners.get(incoming.authorId);
    if (owner === undefined) {
      waiting.push(doc._id);
      continue;
    }
    if (owner !== doc.owner) continue;
    const at = index.get(incoming.id);
    const local = at === undefined ? undefined : draft.annotations[at];
    if (local && local.authorId !== incoming.authorId) continue;
    const { result } = decide(local, incoming);
    if (result === local) continue;
    if (at === undefined) {
      index.set(incoming.id, draft.annotations.length);
      draft.annotations.push(result);
    } else draft.annotations[at] = result;
    if (doc.ref && !documents.has(doc.ref.id) && !draft.documentRefs[doc.ref.id]) draft.documentRefs[doc.ref.id] = doc.ref;
    notes++;
  }
  // One order on every laptop, as bundle import leaves it.
  if (notes) draft.annotations.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { changed: changed + notes, waiting };
}
