/** Groups ranked hits by document, then unit, keeping the rank order inside and between groups. */
import type { SearchHit, SearchResult } from './types';

export function groupHits(hits: SearchHit[]): SearchResult['groups'] {
  const groups: SearchResult['groups'] = [];
  const byDocument = new Map<string, { group: SearchResult['groups'][number]; units: Map<string, SearchHit[]> }>();
  for (const hit of hits) {
    let document = byDocument.get(hit.documentId);
    if (!document) {
      document = { group: { documentId: hit.documentId, documentTitle: hit.documentTitle, units: [] }, units: new Map() };
      byDocument.set(hit.documentId, document);
      groups.push(document.group);
    }
    let unitHits = document.units.get(hit.unit);
    if (!unitHits) {
      unitHits = [];
      document.units.set(hit.unit, unitHits);
      document.group.units.push({ unit: hit.unit, hits: unitHits });
    }
    unitHits.push(hit);
  }
  return groups;
}
