import { useEffect, useMemo, useRef, useState } from 'react';
import type { FollowUpItem } from '@shared/model/followup';
import { followUpUiText } from '@shared/text/exchange';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../api/client';
import { CarryOver } from '../components/followups/CarryOver';
import { FollowUpFilters } from '../components/followups/FollowUpFilters';
import { FollowUpTable } from '../components/followups/FollowUpTable';
import { ResultImport } from '../components/followups/ResultImport';
import type { FollowUpFilters as Filters } from '../state/followups';
import { countItems, filterChoices, getDefaultFollowUpFilters, listArgs } from '../state/followups';
import { useSessions } from '../state/sessions';

/** 후속조치: the register across sessions, 이월 안건 for the current session, and the 처리결과 import. */
export function FollowUpScreen() {
  const t = followUpUiText;
  const sessions = useSessions();
  const [filters, setFilters] = useState<Filters>(getDefaultFollowUpFilters);
  const [all, setAll] = useState<FollowUpItem[] | null>(null);
  const [items, setItems] = useState<FollowUpItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const importButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    send('followup:list', {}).then(setAll, (e) => setError(messageOf(e)));
  }, [version]);
  useEffect(() => {
    let live = true;
    send('followup:list', listArgs(filters)).then(
      (list) => live && (setItems(list), setError(null)),
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [filters, version]);

  const choices = useMemo(() => filterChoices(all ?? []), [all]);
  const counts = countItems(items ?? []);
  const current = sessions.current;

  return (
    <section className="fu-screen" aria-labelledby="fu-heading">
      <div className="screen-head">
        <div>
          <h1 id="fu-heading">{t.heading}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        {importing ? null : (
          <button type="button" className="primary" ref={importButton} onClick={() => setImporting(true)}>
            {t.importer.open}
          </button>
        )}
      </div>
      {importing ? (
        <ResultImport
          sessions={sessions.list}
          sessionId={filters.sessionId || current?.id || ''}
          onApplied={() => setVersion((v) => v + 1)}
          onClose={() => {
            setImporting(false);
            requestAnimationFrame(() => importButton.current?.focus());
          }}
        />
      ) : null}
      <FollowUpFilters
        filters={filters}
        sessions={sessions.list}
        committees={choices.committees}
        units={choices.units}
        onChange={(c) => setFilters((f) => ({ ...f, ...c }))}
        onClear={() => setFilters(getDefaultFollowUpFilters())}
      />
      {error ? <p role="alert">{error}</p> : null}
      <p className="fu-count" role="status" data-testid="followup-count">
        {items ? t.summary(counts.total, counts.open, counts.overdue) : uiText.loading}
      </p>
      {items === null ? null : items.length === 0 ? (
        <p className="xc-empty">{all && all.length === 0 ? t.none : t.empty}</p>
      ) : (
        <FollowUpTable items={items} />
      )}
      <CarryOver session={current} version={version} />
    </section>
  );
}
