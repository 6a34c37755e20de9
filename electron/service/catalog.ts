/**
 * What the minutes, follow-ups and orphan checks need of every project, for every document: its
 * key, unit, number, title, group and budget. Parsed trees are cached for a few documents only
 * (treeCache.ts), so without this a follow-up list over 400 documents parsed them all again on
 * each call (10 s). Filled by every parse (`loadTree`), a few megabytes for a four-year archive,
 * dropped per document when its corrections change and all at once when the app locks.
 */
import type { ProjectDigest, SectionKind } from '@shared/parser/types';
import { detached } from '@shared/search/entry';

export interface CatalogProject {
  key: string;
  unit: string;
  section: SectionKind;
  number: string;
  title: string;
  group: readonly string[];
  budgetThousandWon: number | null;
}

export class ProjectCatalog {
  private readonly byDocument = new Map<string, ReadonlyMap<string, CatalogProject>>();

  /** The document's projects by key, if it was parsed since the data opened. */
  get(documentId: string): ReadonlyMap<string, CatalogProject> | undefined {
    return this.byDocument.get(documentId);
  }

  set(documentId: string, projects: readonly ProjectDigest[]): ReadonlyMap<string, CatalogProject> {
    // Own copies: the parse's strings are slices of the document's text (see detached).
    const entries = new Map(
      projects.map((p) => [
        p.key,
        {
          key: detached(p.key),
          unit: detached(p.unit),
          section: p.section,
          number: detached(p.number),
          title: detached(p.title),
          group: p.group.map(detached),
          budgetThousandWon: p.budget.thousandWon,
        },
      ]),
    );
    this.byDocument.set(documentId, entries);
    return entries;
  }

  delete(documentId: string): void {
    this.byDocument.delete(documentId);
  }

  clear(): void {
    this.byDocument.clear();
  }
}
