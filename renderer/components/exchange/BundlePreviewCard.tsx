import type { BundlePreview } from '@shared/model/bundle';
import { exchangeText } from '@shared/text/exchange';

interface Props {
  name: string;
  preview: BundlePreview;
  from: string;
  onRemove?: () => void;
}

/** One bundle's preview: totals, a per-document table, missing and carried documents, conflicts. */
export function BundlePreviewCard({ name, preview: p, from, onRemove }: Props) {
  const t = exchangeText.import;
  const c = t.columns;
  const people = t.newPeople(p.membersNew, p.sessionsNew);
  return (
    <article className="xc-file" aria-label={name}>
      <div className="xc-file-head">
        <h4>{name}</h4>
        {onRemove ? (
          <button type="button" className="ghost small" onClick={onRemove} aria-label={t.remove(name)}>
            ✕
          </button>
        ) : null}
      </div>
      <p className="xc-muted">{from}</p>
      <p className="xc-totals" data-testid="bundle-totals">
        {t.totals(p.totals)}
      </p>
      {p.documents.length ? (
        <div className="xc-table-wrap" tabIndex={0} role="region" aria-label={`${name} ${t.documentsCaption}`}>
          <table className="xc-table">
            <caption className="sr-only">{t.documentsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.document}</th>
                <th scope="col" className="xc-num">{c.new}</th>
                <th scope="col" className="xc-num">{c.updated}</th>
                <th scope="col" className="xc-num">{c.unchanged}</th>
                <th scope="col" className="xc-num">{c.conflicting}</th>
                <th scope="col">{c.here}</th>
              </tr>
            </thead>
            <tbody>
              {p.documents.map((d) => (
                <tr key={d.documentId}>
                  <th scope="row">{d.title}</th>
                  <td className="xc-num" data-label={c.new}>{d.new}</td>
                  <td className="xc-num" data-label={c.updated}>{d.updated}</td>
                  <td className="xc-num" data-label={c.unchanged}>{d.unchanged}</td>
                  <td className={`xc-num${d.conflicting ? ' xc-warn' : ''}`} data-label={c.conflicting}>{d.conflicting}</td>
                  <td data-label={c.here} className={d.present ? undefined : 'xc-warn'}>
                    {d.present ? (d.included && p.documentsIncluded.includes(d.title) ? t.willImport : t.present) : t.absent}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {p.documentsMissing.length ? (
        <div className="xc-list xc-list-warn">
          <strong>{t.missing}</strong>
          <ul>
            {p.documentsMissing.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.documentsIncluded.length ? (
        <div className="xc-list">
          <strong>{t.included}</strong>
          <ul>
            {p.documentsIncluded.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.totals.conflicting ? (
        <details className="xc-conflicts">
          <summary>{t.conflicts(p.totals.conflicting)}</summary>
          <ul>
            {p.conflicts.slice(0, 50).map((k) => (
              <li key={k.annotationId}>{t.conflictKept(k.localVersion, k.incomingVersion, k.kept)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {people ? <p className="xc-muted">{people}</p> : null}
      {p.totals.skipped ? <p className="xc-muted">{t.skippedNote(p.totals.skipped)}</p> : null}
    </article>
  );
}
