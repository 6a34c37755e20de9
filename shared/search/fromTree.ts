import { projectId } from '../model/annotation';
import { stripCellHtml } from '../parser/tables';
import type { ProjectDigest } from '../parser/types';
import { detached } from './entry';
import type { SearchableProject } from './types';

/** A parsed document's projects (or their digests) as the index takes them; project ids are `documentId:key` as in the API. */
export function searchableProjects(documentId: string, documentTitle: string, projects: readonly ProjectDigest[]): SearchableProject[] {
  // One copy shared by the document's entries (the title is sliced from the document's text).
  const title = detached(documentTitle);
  return projects.map((p) => ({
    documentId,
    documentTitle: title,
    projectId: projectId(documentId, p.key),
    unit: p.unit,
    section: p.section,
    number: p.number,
    title: p.title,
    // Converted HWP cells keep tags like <ul style=…>: they are noise in snippets, not words.
    body: stripCellHtml(p.body),
    budgetThousandWon: p.budget.thousandWon,
  }));
}
