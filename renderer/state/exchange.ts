/**
 * Pure helpers of the 주고받기 screen: which documents a note can be re-attached to, the
 * searchable project list, orphan counts per document. No React, so unit tests run in node.
 */
import type { BundlePreview } from '@shared/model/bundle';
import type { LibraryEntry } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import type { ProjectNode } from '@shared/parser/types';

/** Documents a note may be moved onto: the newest versions only. */
export function currentDocuments(list: readonly LibraryEntry[]): LibraryEntry[] {
  return list.filter((d) => !d.supersededBy);
}

/** The document the re-attach form opens on: the newest version, else the note's own, else the first. */
export function defaultReattachDocument(orphan: OrphanEntry, documents: readonly LibraryEntry[]): string {
  const ids = new Set(documents.map((d) => d.id));
  if (orphan.latestDocumentId && ids.has(orphan.latestDocumentId)) return orphan.latestDocumentId;
  if (ids.has(orphan.annotation.documentId)) return orphan.annotation.documentId;
  return documents[0]?.id ?? '';
}

const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** A project as one line of the picker. */
export function projectLabel(p: Pick<ProjectNode, 'unit' | 'number' | 'title'> & { sectionName?: string }): string {
  return [p.unit, p.sectionName, `${p.number ? `${p.number}. ` : ''}${p.title}`].filter(Boolean).join(' · ');
}

/** Projects whose number, title or unit contain every word of `query` (spaces ignored inside words). */
export function searchProjects<P extends Pick<ProjectNode, 'unit' | 'number' | 'title'>>(projects: readonly P[], query: string): P[] {
  const words = query.split(/\s+/).map(compact).filter(Boolean);
  if (!words.length) return [...projects];
  return projects.filter((p) => {
    const hay = compact(`${p.number}.${p.title}${p.unit}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Orphans that belong to a document: on it, or waiting for it as the newest version. */
export function orphansOfDocument(orphans: readonly OrphanEntry[], documentId: string): OrphanEntry[] {
  return orphans.filter((o) => o.annotation.documentId === documentId || o.latestDocumentId === documentId);
}

/** A bundle file by its name. */
export function isBundleFileName(name: string): boolean {
  return /\.crb$/i.test(name.trim());
}

/** Date and time of a bundle, as a secretary reads it (local time, no seconds). */
export function bundleTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** True when applying would change nothing on this laptop. */
export function previewChangesNothing(p: BundlePreview): boolean {
  return p.totals.new === 0 && p.totals.updated === 0 && p.documentsIncluded.length === 0 && p.membersNew === 0 && p.sessionsNew === 0;
}
