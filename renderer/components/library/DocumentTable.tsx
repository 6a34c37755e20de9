import { memo, startTransition, useEffect, useState } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import { uiText } from '@shared/text/ui';
import { exchangeText } from '@shared/text/exchange';
import { readingCheckText } from '@shared/text/readingCheck';
import { confidenceLabel, isFlagged } from '../check/readingCheckModel';

interface Props {
  documents: LibraryEntry[];
  onOpen: (id: string) => void;
  onRemove: (entry: LibraryEntry) => void;
}

/** Rows drawn at once; the rest right after the first paint (400 rows took 300 ms to draw and lay out). */
const FIRST_ROWS = 40;

/** Memoised: 400 rows are drawn again only when the list or the handlers change. */
export const DocumentTable = memo(function DocumentTable({ documents, onOpen, onRemove }: Props) {
  const t = uiText.library;
  const c = t.columns;
  const [everyRow, setEveryRow] = useState(false);
  useEffect(() => {
    if (everyRow || documents.length <= FIRST_ROWS) return;
    // After the frame that shows the first rows: a timer set in requestAnimationFrame fires after its paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setEveryRow(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [everyRow, documents.length]);
  const shown = everyRow ? documents : documents.slice(0, FIRST_ROWS);
  return (
    <table className="doc-table">
      <caption className="sr-only">{t.count(documents.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{c.title}</th>
          <th scope="col">{c.issuer}</th>
          <th scope="col">{c.date}</th>
          <th scope="col" className="num">{c.units}</th>
          <th scope="col" className="num">{c.projects}</th>
          <th scope="col" className="num">{c.budget}</th>
          <th scope="col" className="num">{c.annotations}</th>
          <th scope="col">{c.actions}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((d) => (
          <tr key={d.id}>
            <th scope="row" className="doc-title">
              <button type="button" className="link" onClick={() => onOpen(d.id)}>
                {d.title}
              </button>
              <span className="doc-kind">{uiText.document.family[d.family] ?? ''}</span>
              {d.sample ? <span className="badge">{t.sample}</span> : null}
              {d.supersededBy ? <span className="badge xc-old-version">{exchangeText.library.oldVersion}</span> : null}
              {isFlagged(d.confidence) ? (
                <span className={`badge check-flag check-${d.confidence}`} title={d.checkMessage} data-testid="check-flag">
                  <span className="sr-only">{readingCheckText.checkLabel}: </span>
                  {confidenceLabel(d.confidence)}
                </span>
              ) : null}
            </th>
            <td data-label={c.issuer}>{d.issuer}</td>
            <td data-label={c.date} className="nowrap">{d.date || t.noDate}</td>
            <td className="num" data-label={c.units}>{d.unitCount}</td>
            <td className="num" data-label={c.projects}>{d.projectCount}</td>
            <td className="num" data-label={c.budget}>{d.budgetThousandWon ? uiText.money.short(d.budgetThousandWon) : '—'}</td>
            <td className="num" data-label={c.annotations}>{d.annotationCount}</td>
            <td>
              <div className="row-actions">
              <button type="button" onClick={() => onOpen(d.id)} aria-label={t.openLabel(d.title)}>
                {t.open}
              </button>
              <button type="button" className="ghost danger-text" onClick={() => onRemove(d)} aria-label={t.removeLabel(d.title)}>
                {t.remove}
              </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
