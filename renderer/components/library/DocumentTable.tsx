import { memo } from 'react';
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

/** Memoised: 400 rows are drawn again only when the list or the handlers change. */
export const DocumentTable = memo(function DocumentTable({ documents, onOpen, onRemove }: Props) {
  const t = uiText.library;
  const c = t.columns;
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
        {documents.map((d) => (
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
