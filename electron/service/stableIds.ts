/**
 * Ids that come out the same on every laptop, so notes exchanged in review bundles point at the
 * same document and session without any mapping: a document's id derives from the hash of its
 * text, a session's from its committee, number and kind. Older data keeps its random ids; bundle
 * import still matches those by text hash and by (committee, number, kind).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { StoreData } from '@shared/model/store';

/**
 * The id a newly imported text gets: the id notes from a bundle already use for it (documentRefs),
 * else `doc-` and the first 32 hex digits of its SHA-256; a random id only if that is taken.
 */
export function documentIdFor(data: Readonly<StoreData>, sha256: string): string {
  const taken = new Set(data.documents.map((d) => d.id));
  for (const [id, ref] of Object.entries(data.documentRefs ?? {})) {
    if (ref.sha256 === sha256 && !taken.has(id)) return id;
  }
  const id = `doc-${sha256.slice(0, 32)}`;
  return taken.has(id) ? randomUUID() : id;
}

/** The natural key of a session: the same 회기 of the same committee on every laptop. */
export function sessionKey(s: { committee: string; number: number; kind: string }): string {
  return `${s.committee.trim().normalize('NFC')}|${s.number}|${s.kind}`;
}

/** `ses-` and a hash of the session's natural key; a random id only if that is taken. */
export function sessionIdFor(data: Readonly<StoreData>, s: { committee: string; number: number; kind: string }): string {
  const id = `ses-${createHash('sha256').update(sessionKey(s)).digest('hex').slice(0, 32)}`;
  return data.sessions.some((x) => x.id === id) ? randomUUID() : id;
}
