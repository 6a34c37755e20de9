import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActionStatus, Annotation, AnnotationStatus } from '@shared/model/annotation';
import type { LibraryEntry } from '@shared/model/library';
import type { MemberEntry } from '@shared/model/member';
import { sessionLabel } from '@shared/model/session';
import { secretaryText } from '@shared/text/secretary';
import { uiText } from '@shared/text/ui';
import { ApiCallError, messageOf, send } from '../api/client';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { Autosaver, applyChanges, mergeLoadedRows, mergeSavedRow } from '../components/secretary/autosave';
import type { RowChanges, RowSaveState } from '../components/secretary/autosave';
import { BulkBar } from '../components/secretary/BulkBar';
import { ExportPanel } from '../components/secretary/ExportPanel';
import { SecretaryFilters } from '../components/secretary/SecretaryFilters';
import { SecretaryTable } from '../components/secretary/SecretaryTable';
import type { Filters, SortState } from '../components/secretary/secretaryModel';
import { DEFAULT_SORT, NO_FILTERS, filterOptions, filterRows, nextSort, sortRows } from '../components/secretary/secretaryModel';
import { useSessions } from '../state/sessions';

interface Props {
  /** The session to show; the current session when missing. */
  sessionId?: string;
  /** Changes when the profile in use changes, so the table (and who may edit) is read again. */
  currentMemberId?: string;
  onSessionChange: (sessionId: string) => void;
}

/** 질의답변 정리: every annotation of a session in one table, answers recorded in place. */
export function SecretaryScreen({ sessionId, currentMemberId, onSessionChange }: Props) {
  const t = secretaryText;
  const id = useId();
  const sessions = useSessions();
  const session = sessions.list.find((s) => s.id === sessionId) ?? sessions.current ?? sessions.list[0] ?? null;
  const [member, setMember] = useState<MemberEntry | null | undefined>(undefined);
  const [documents, setDocuments] = useState<LibraryEntry[]>([]);
  const [rows, setRows] = useState<Map<string, Annotation> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [saveStates, setSaveStates] = useState<Map<string, RowSaveState>>(new Map());
  const [notices, setNotices] = useState<NoticeData[]>([]);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [roleNoticeClosed, setRoleNoticeClosed] = useState(false);
  const notify = useCallback((n: NoticeData) => setNotices((list) => [...list.slice(-2), n]), []);

  const describeError = useCallback((e: unknown) => (e instanceof ApiCallError && e.error.code === 'forbidden' ? `${e.message} ${t.forbidden}` : messageOf(e)), [t.forbidden]);

  const saverRef = useRef<Autosaver | null>(null);
  if (!saverRef.current) {
    saverRef.current = new Autosaver({
      save: (annotationId, changes) => send('annotation:update', { id: annotationId, ...changes }),
      onState: (annotationId, state) => {
        setSaveStates((m) => new Map(m).set(annotationId, state));
        if (state.state === 'saved') setAnnounce(t.save.saved);
        // The row shows a short reason; the whole message is said once at the top.
        if (state.state === 'error' && state.error)
          setNotices((list) => (list.some((n) => n.body === state.error) ? list : [...list.slice(-2), { kind: 'error', title: t.saveFailedTitle, body: state.error }]));
      },
      onSaved: (saved) =>
        setRows((m) => {
          if (!m) return m;
          // Keep what is still on its way (a next request, typing since) on top of the stored record,
          // so a checkbox or field never flickers back to the older value.
          return new Map(m).set(saved.id, mergeSavedRow(m.get(saved.id), saved, saverRef.current?.unconfirmedFor(saved.id)));
        }),
      describeError,
    });
  }
  const saver = saverRef.current;
  // Leaving the screen saves what was typed; nothing waits for the pause.
  useEffect(() => () => void saver.flushAll(), [saver]);

  // Who is using the app: only 전문위원/직원 may answer other members' notes.
  useEffect(() => {
    send('member:list', {}).then(
      (list) => setMember(list.find((m) => m.current) ?? null),
      () => setMember(null),
    );
    setRoleNoticeClosed(false);
    send('library:list', {}).then(setDocuments, () => undefined);
  }, [currentMemberId]);

  const sessionKey = session?.id;
  const loadSeq = useRef(0);
  const load = useCallback(async () => {
    if (!sessionKey) return;
    const seq = ++loadSeq.current;
    await saver.flushAll();
    try {
      const list = await send('annotation:list', { sessionId: sessionKey });
      // Only the latest load counts, and it never takes back an edit made while it ran.
      if (seq !== loadSeq.current) return;
      setRows((prev) => mergeLoadedRows(prev, list, (x) => saver.unconfirmedFor(x)));
      setLoadError(null);
    } catch (e) {
      if (seq !== loadSeq.current) return;
      setLoadError(messageOf(e));
      setRows(new Map());
    }
    setVersion((v) => v + 1);
  }, [sessionKey, saver]);
  useEffect(() => {
    setSelected(new Set());
    void load();
  }, [load, currentMemberId]);

  const all = useMemo(() => (rows ? [...rows.values()] : []), [rows]);
  // The order is fixed when the sort, the filters or the data change, not while typing,
  // so a row does not jump away from the secretary in the middle of an edit.
  const order = useMemo(() => sortRows(filterRows(all, filters), sort, session).map((a) => a.id), [version, sort, filters, session?.id]);
  const shown = order.map((x) => rows?.get(x)).filter((a): a is Annotation => Boolean(a));
  const options = useMemo(() => filterOptions(all), [version]);
  const selectedShown = shown.filter((a) => selected.has(a.id)).map((a) => a.id);

  const change = (annotationId: string, changes: RowChanges, immediate?: boolean) => {
    setRows((m) => (m && m.get(annotationId) ? new Map(m).set(annotationId, applyChanges(m.get(annotationId)!, changes)) : m));
    saver.change(annotationId, changes);
    if (immediate) void saver.flush(annotationId);
  };

  const bulk = async (changes: { status?: AnnotationStatus; answer?: { actionStatus: ActionStatus } }) => {
    const ids = selectedShown;
    if (!ids.length) return;
    setBulkBusy(true);
    try {
      await saver.flushAll();
      const result = await send('annotation:bulk-update', { ids, changes });
      notify({ kind: 'success', title: t.bulk.done(result.updated) });
      setAnnounce(t.bulk.done(result.updated));
      await load();
    } catch (e) {
      notify({ kind: 'error', title: describeError(e) });
    } finally {
      setBulkBusy(false);
    }
  };

  const memberNames = useMemo(() => [...new Set(all.map((a) => a.authorName))].sort((a, b) => a.localeCompare(b, 'ko')), [all]);
  const documentTitles = useMemo(() => {
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const ids = [...(session?.agenda.map((a) => a.documentId) ?? []), ...all.map((a) => a.documentId)];
    return [...new Set(ids.map((x) => titles.get(x)).filter((x): x is string => Boolean(x)))];
  }, [documents, session, all]);

  const label = session ? `${sessionLabel(session)} ${session.committee}` : '';
  const tableLabel = session ? `${label} ${t.heading} · ${t.rowCount(shown.length, all.length)}` : t.heading;

  return (
    <section className="secretary" aria-labelledby="secretary-heading">
      <div className="screen-head">
        <div>
          <h1 id="secretary-heading">{t.heading}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        {sessions.list.length ? (
          <div className="sec-session-pick">
            <label htmlFor={`${id}-session`}>{t.sessionSelect}</label>
            <select id={`${id}-session`} value={session?.id ?? ''} onChange={(e) => onSessionChange(e.target.value)}>
              {sessions.list.map((s) => (
                <option key={s.id} value={s.id}>
                  {`${sessionLabel(s)} ${s.committee} · ${s.title}${s.current ? t.currentSuffix : ''}`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="notices">
        {member === null && !roleNoticeClosed ? <Notice notice={{ kind: 'info', title: t.noMember }} onClose={() => setRoleNoticeClosed(true)} /> : null}
        {member && member.role === '의원' && !roleNoticeClosed ? (
          <Notice notice={{ kind: 'info', title: t.staffOnly(member.name, member.role) }} onClose={() => setRoleNoticeClosed(true)} />
        ) : null}
        {loadError ? <Notice notice={{ kind: 'error', title: loadError }} onClose={() => setLoadError(null)} /> : null}
        {notices.map((n, i) => (
          <Notice key={i} notice={n} onClose={() => setNotices((list) => list.filter((x) => x !== n))} />
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      {!sessions.loaded ? (
        <p>{uiText.loading}</p>
      ) : !session ? (
        <p className="empty">{t.noSessions}</p>
      ) : rows === null ? (
        <p>{uiText.loading}</p>
      ) : (
        <>
          <p className="sec-session-line">
            <strong>{label}</strong> · {session.title} · <span className="sec-count">{t.rowCount(shown.length, all.length)}</span>
            <button type="button" className="ghost" onClick={() => void load()}>
              {t.reload}
            </button>
          </p>
          {all.length === 0 ? (
            <p className="empty">{t.empty}</p>
          ) : (
            <>
              <SecretaryFilters filters={filters} options={options} onChange={setFilters} />
              <BulkBar
                count={selectedShown.length}
                busy={bulkBusy}
                onActionStatus={(s) => void bulk({ answer: { actionStatus: s } })}
                onStatus={(s) => void bulk({ status: s })}
                onClear={() => setSelected(new Set())}
              />
              {shown.length === 0 ? (
                <p className="empty">{t.noMatch}</p>
              ) : (
                <SecretaryTable
                  rows={shown}
                  sort={sort}
                  onSort={(key) => setSort((s) => nextSort(s, key))}
                  selected={selected}
                  onSelect={(ids, on) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      for (const x of ids) if (on) next.add(x);
                      else next.delete(x);
                      return next;
                    })
                  }
                  saveStates={saveStates}
                  onChange={change}
                  onBlurRow={(x) => void saver.flush(x)}
                  onRetry={(x) => void saver.flush(x)}
                  label={tableLabel}
                />
              )}
            </>
          )}
          <ExportPanel key={session.id} sessionId={session.id} memberNames={memberNames} documentTitles={documentTitles} beforeExport={() => saver.flushAll()} onNotice={notify} />
        </>
      )}
    </section>
  );
}
