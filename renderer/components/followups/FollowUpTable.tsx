import type { FollowUpItem } from '@shared/model/followup';
import { followUpUiText } from '@shared/text/exchange';
import { StatusChip } from './StatusChip';

/** The register: one row per item, overdue rows marked in words as well as colour. */
export function FollowUpTable({ items, caption = followUpUiText.caption }: { items: FollowUpItem[]; caption?: string }) {
  const t = followUpUiText;
  const c = t.columns;
  return (
    <div className="fu-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="fu-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="fu-num">{c.seq}</th>
            <th scope="col">{c.session}</th>
            <th scope="col">{c.project}</th>
            <th scope="col">{c.type}</th>
            <th scope="col">{c.body}</th>
            <th scope="col">{c.due}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.result}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.annotationId} data-annotation-id={i.annotationId} className={i.overdue ? 'fu-overdue' : i.open ? undefined : 'fu-closed'}>
              <td className="fu-num" data-label={c.seq}>{i.seq || '—'}</td>
              <td data-label={c.session} className="fu-nowrap">
                {i.sessionLabel || '—'}
                {i.committee ? <span className="fu-sub">{i.committee}</span> : null}
              </td>
              <th scope="row" data-label={c.project} className="fu-project">
                <span className="fu-sub">{i.unit}</span>
                {i.projectNumber ? <span className="fu-pno">{i.projectNumber}. </span> : null}
                {i.projectTitle}
              </th>
              <td data-label={c.type}>
                <span className="fu-type">{i.type}</span>
              </td>
              <td data-label={c.body} className="fu-body">
                <span className="fu-text">{i.body}</span>
                <span className="fu-sub">{t.by(i.authorName)}</span>
              </td>
              <td data-label={c.due} className="fu-nowrap">
                {i.dueDate ?? t.noDue}
                {i.overdue ? <strong className="fu-overdue-flag">{t.overdue}</strong> : null}
              </td>
              <td data-label={c.status}>
                <StatusChip status={i.actionStatus} />
                {i.type === '자료요구' && i.received !== undefined ? <span className="fu-sub">{i.received ? t.received : t.notReceived}</span> : null}
              </td>
              <td data-label={c.result} className="fu-body">
                <span className="fu-text">{i.result ?? ''}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
