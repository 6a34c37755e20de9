import { useEffect, useState } from 'react';
import type { FollowUpCarryover } from '@shared/model/followup';
import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { followUpUiText } from '@shared/text/exchange';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../../api/client';
import { groupByUnit } from '../../state/followups';
import { StatusChip } from './StatusChip';

/** 이월 안건: for the current session, what is still open from earlier sessions, unit by unit. */
export function CarryOver({ session, version }: { session: SessionEntry | null; version: number }) {
  const t = followUpUiText.carry;
  const [data, setData] = useState<FollowUpCarryover | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!session) return;
    let live = true;
    send('followup:carryover', { sessionId: session.id }).then(
      (d) => live && (setData(d), setError(null)),
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [session?.id, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="fu-card" aria-labelledby="fu-carry-heading">
      <h2 id="fu-carry-heading">{t.heading}</h2>
      {!session ? (
        <p className="xc-muted">{t.noCurrent}</p>
      ) : error ? (
        <p role="alert">{error}</p>
      ) : !data ? (
        <p role="status">{uiText.loading}</p>
      ) : (
        <>
          <p className="xc-intro">{t.intro(`${sessionLabel(session)} ${session.committee}`)}</p>
          {data.items.length === 0 ? (
            <p className="xc-empty">{t.none}</p>
          ) : (
            <>
              <p className="xc-muted">{t.from(data.fromSessions.map((s) => s.label))}</p>
              <div className="fu-carry">
                {groupByUnit(data.items, data.units).map((g) => (
                  <section key={g.unit} className="fu-carry-unit" aria-label={g.unit}>
                    <h3>
                      {g.unit} <span className="badge">{t.unitCount(g.items.length)}</span>
                    </h3>
                    <ul>
                      {g.items.map((i) => (
                        <li key={i.annotationId}>
                          <StatusChip status={i.actionStatus} /> <span className="fu-type">{i.type}</span> {i.body}
                          <span className="fu-sub">
                            {i.sessionLabel} · {i.projectNumber ? `${i.projectNumber}. ` : ''}
                            {i.projectTitle}
                            {i.dueDate ? ` · ${i.dueDate}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
