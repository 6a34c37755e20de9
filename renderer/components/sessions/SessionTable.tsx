import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { sessionsUiText } from '@shared/text/secretary';

interface Props {
  sessions: SessionEntry[];
  onEdit: (s: SessionEntry) => void;
  onSetCurrent: (s: SessionEntry) => void;
  onOpenTable: (s: SessionEntry) => void;
}

export function SessionTable({ sessions, onEdit, onSetCurrent, onOpenTable }: Props) {
  const t = sessionsUiText;
  const c = t.columns;
  return (
    <div className="session-table-wrap" role="region" aria-label={t.count(sessions.length)} tabIndex={0}>
      <table className="doc-table session-table">
        <caption className="sr-only">{t.count(sessions.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.session}</th>
            <th scope="col">{c.committee}</th>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.dates}</th>
            <th scope="col" className="num">
              {c.annotations}
            </th>
            <th scope="col">{c.actions}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const label = sessionLabel(s);
            return (
              <tr key={s.id} className={s.current ? 'session-current-row' : undefined} aria-current={s.current ? 'true' : undefined}>
                <th scope="row" className="session-label">
                  {label}
                  {s.current ? <span className="badge session-current-badge">{t.currentBadge}</span> : null}
                </th>
                <td>{s.committee}</td>
                <td>{s.title}</td>
                <td className="session-nowrap">{t.dateRange(s.startDate, s.endDate)}</td>
                <td className="num">{t.annotationCount(s.annotationCount)}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => onOpenTable(s)} aria-label={t.openTableLabel(label)}>
                      {t.openTable}
                    </button>
                    <button type="button" onClick={() => onEdit(s)} aria-label={t.editLabel(label)}>
                      {t.edit}
                    </button>
                    {s.current ? null : (
                      <button type="button" onClick={() => onSetCurrent(s)} aria-label={t.setCurrentLabel(label)}>
                        {t.setCurrent}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
