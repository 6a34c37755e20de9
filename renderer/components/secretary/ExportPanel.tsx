import { useEffect, useId, useState } from 'react';
import type { MinutesSheet } from '@shared/model/minutes';
import { MINUTES_SHEETS } from '@shared/model/minutes';
import { exportText } from '@shared/text/secretary';
import { messageOf, send } from '../../api/client';
import { saveBase64File } from '../../api/download';
import type { NoticeData } from '../common/Notice';

interface Props {
  sessionId: string;
  memberNames: string[];
  documentTitles: string[];
  /** Saves what the secretary typed before the workbook is made. */
  beforeExport: () => Promise<void>;
  onNotice: (n: NoticeData) => void;
}

/** "회의록 엑셀 내보내기" / "CSV로 내보내기" with the export options and a progress bar. */
export function ExportPanel({ sessionId, memberNames, documentTitles, beforeExport, onNotice }: Props) {
  const t = exportText;
  const id = useId();
  const [sheets, setSheets] = useState<MinutesSheet[]>([...MINUTES_SHEETS]);
  const [includePrivate, setIncludePrivate] = useState(false);
  const [members, setMembers] = useState<string[]>([]);
  const [documents, setDocuments] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Subscribe ahead of time: the event stream needs a moment to connect.
  useEffect(
    () =>
      window.council.on('progress', (p) => {
        if (p.task === `minutes:${sessionId}`) setFraction(Math.max(0, Math.min(1, p.fraction)));
      }),
    [sessionId],
  );

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const run = async (format: 'xlsx' | 'csv') => {
    if (format === 'xlsx' && sheets.length === 0) return setError(t.noSheets);
    setError(null);
    setBusy(true);
    setFraction(format === 'xlsx' ? 0 : null);
    try {
      await beforeExport();
      const out = await send('minutes:export', {
        sessionId,
        options: {
          format,
          // Keep the workbook's own order whatever order the boxes were ticked in.
          ...(format === 'xlsx' ? { sheets: MINUTES_SHEETS.filter((s) => sheets.includes(s)) } : {}),
          includePrivate,
          ...(members.length ? { memberNames: members } : {}),
          ...(documents.length ? { documentTitles: documents } : {}),
        },
      });
      setFraction(1);
      saveBase64File(out.fileName, out.dataBase64);
      onNotice({ kind: 'success', title: t.done(out.fileName) });
    } catch (e) {
      setError(messageOf(e));
      onNotice({ kind: 'error', title: t.failed, body: messageOf(e) });
    } finally {
      setBusy(false);
      setFraction(null);
    }
  };

  const percent = Math.round((fraction ?? 0) * 100);
  return (
    <section className="sec-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <p className="session-hint">{t.intro}</p>
      <div className="sec-export-options">
        <fieldset className="session-checks-block">
          <legend>{t.sheets}</legend>
          {MINUTES_SHEETS.map((s) => (
            <label key={s} className="session-check">
              <input type="checkbox" checked={sheets.includes(s)} onChange={(e) => setSheets(toggle(sheets, s, e.target.checked))} />
              {t.sheetNames[s]}
            </label>
          ))}
        </fieldset>
        {memberNames.length > 1 ? (
          <fieldset className="session-checks-block" aria-describedby={`${id}-all`}>
            <legend>{t.members}</legend>
            {memberNames.map((name) => (
              <label key={name} className="session-check">
                <input type="checkbox" checked={members.includes(name)} onChange={(e) => setMembers(toggle(members, name, e.target.checked))} />
                {name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {documentTitles.length > 1 ? (
          <fieldset className="session-checks-block" aria-describedby={`${id}-all`}>
            <legend>{t.documents}</legend>
            {documentTitles.map((title) => (
              <label key={title} className="session-check">
                <input type="checkbox" checked={documents.includes(title)} onChange={(e) => setDocuments(toggle(documents, title, e.target.checked))} />
                {title}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="session-checks-block">
          <label className="session-check">
            <input type="checkbox" checked={includePrivate} aria-describedby={`${id}-private`} onChange={(e) => setIncludePrivate(e.target.checked)} />
            {t.includePrivate}
          </label>
          <p id={`${id}-private`} className="session-hint">
            {t.includePrivateHint}
          </p>
          {memberNames.length > 1 || documentTitles.length > 1 ? (
            <p id={`${id}-all`} className="session-hint">
              {t.allHint}
            </p>
          ) : null}
        </div>
      </div>
      {error ? (
        <p className="session-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="session-form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('xlsx')}>
          {t.xlsx}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          {t.csv}
        </button>
      </div>
      {busy ? (
        <div className="progress sec-export-progress" role="status">
          <span>{fraction === null ? t.working : t.progress(percent)}</span>
          {fraction === null ? <progress aria-label={t.working} /> : <progress max={1} value={fraction} aria-label={t.progress(percent)} />}
        </div>
      ) : null}
    </section>
  );
}
