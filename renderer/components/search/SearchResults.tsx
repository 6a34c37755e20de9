import { workspaceText } from '@shared/text/workspace';
import type { SearchHit, SearchResult } from '../../state/search';
import { highlightParts } from '../../state/search';

interface Props {
  listId: string;
  result: SearchResult;
  active: number;
  optionId: (index: number) => string;
  onPick: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

/** Hits grouped by document and unit, with highlighted snippets; a listbox driven by the search box. */
export function SearchResults({ listId, result, active, optionId, onPick, onHover }: Props) {
  const t = workspaceText.search;
  let index = -1;
  const groups = result.groups?.length ? result.groups : [{ documentId: '', documentTitle: '', units: [{ unit: '', hits: result.hits }] }];
  return (
    <div className="search-results" role="listbox" id={listId} aria-label={t.count(result.total)}>
      {groups.flatMap((g) =>
        g.units.map((u) => {
          const labelId = `${listId}-${g.documentId}-${u.unit}`.replace(/[^\w-]/g, '_');
          return (
            <div key={labelId} role="group" aria-labelledby={labelId} className="search-group">
              <div id={labelId} className="search-group-label">
                {[g.documentTitle, u.unit].filter(Boolean).join(' › ')}
              </div>
              {u.hits.map((hit) => {
                const i = ++index;
                return (
                  <div
                    key={`${hit.kind}:${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'search-hit active' : 'search-hit'}
                    onMouseMove={() => onHover(i)}
                    onClick={() => onPick(hit)}
                  >
                    <span className={`kind-chip kind-${hit.kind}`}>{hit.kind === 'annotation' ? (hit.annotationType ?? t.kindAnnotation) : t.kindProject}</span>
                    <span className="search-title">{hit.title}</span>
                    <span className="search-snippet">
                      {highlightParts(hit.snippet, hit.highlights ?? []).map((p, k) => (p.mark ? <mark key={k}>{p.text}</mark> : <span key={k}>{p.text}</span>))}
                    </span>
                  </div>
                );
              })}
            </div>
          );
        }),
      )}
    </div>
  );
}
