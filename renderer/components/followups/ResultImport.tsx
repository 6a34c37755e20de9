import { useEffect, useMemo, useRef, useState } from 'react';
import type { FollowUpColumnMapping, FollowUpField, FollowUpImportPreview, FollowUpImportResult, FollowUpItem } from '@shared/model/followup';
import { FOLLOW_UP_FIELDS } from '@shared/model/followup';
import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { followUpUiText } from '@shared/text/exchange';
import { fileToBase64, messageOf, send } from '../../api/client';
import { ColumnMappingFields } from '../common/ColumnMappingFields';
import { FilePickerButton, useWindowFileDrop } from '../common/fileDrop';
import { SampleTable } from '../common/SampleTable';
import type { RowDecision } from '../../state/followups';
import { acceptedMatches, chooseItem, duplicateTargets, initialDecisions, mappingUsable, setAccepted, setMappingColumn } from '../../state/followups';

interface Props {
  sessions: SessionEntry[];
  /** Session preselected (the list's filter, else the current session). */
  sessionId: string;
  onApplied: () => void;
  onClose: () => void;
}

type Step = 0 | 1 | 2 | 3;

/** 처리결과 표 가져오기: file → column mapping → row review → summary, focus on each step's heading. */
export function ResultImport({ sessions, sessionId: initialSession, onApplied, onClose }: Props) {
  const t = followUpUiText.importer;
  const [step, setStep] = useState<Step>(0);
  const [sessionId, setSessionId] = useState(initialSession);
  const [file, setFile] = useState<{ name: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<FollowUpImportPreview | null>(null);
  const [mapping, setMapping] = useState<FollowUpColumnMapping>({});
  const [firstSource, setFirstSource] = useState<FollowUpImportPreview['mappingSource']>('suggested');
  const [decisions, setDecisions] = useState<RowDecision[]>([]);
  const [items, setItems] = useState<FollowUpItem[]>([]);
  const [result, setResult] = useState<FollowUpImportResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  // Opening the wizard and every step change put focus on the step's heading.
  useEffect(() => {
    stepHeading.current?.focus();
  }, [step]);

  const args = (m?: FollowUpColumnMapping) => ({ fileName: file!.name, dataBase64: file!.dataBase64, ...(m ? { mapping: m } : {}), ...(sessionId ? { sessionId } : {}) });

  const readFile = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    setBusy(t.reading);
    try {
      const dataBase64 = await fileToBase64(f);
      const p = await send('followup:import-preview', { fileName: f.name, dataBase64, ...(sessionId ? { sessionId } : {}) });
      setFile({ name: f.name, dataBase64 });
      setPreview(p);
      setMapping(p.mapping);
      setFirstSource(p.mappingSource);
      setStep(1);
    } catch (e) {
      setError(`${t.failed}: ${messageOf(e)}`);
    }
    setBusy(null);
  };

  // Dropped files: read at the first step, never opened by the window itself.
  const dragging = useWindowFileDrop((files) => {
    if (step === 0 && busy === null) void readFile(files[0]);
  });

  const remap = async (field: FollowUpField, column: number | undefined) => {
    const next = setMappingColumn(mapping, field, column);
    setMapping(next);
    setError(null);
    try {
      setPreview(await send('followup:import-preview', args(next)));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const toReview = async () => {
    setError(null);
    setBusy(t.reading);
    try {
      const p = await send('followup:import-preview', args(mapping));
      const list = await send('followup:list', sessionId ? { sessionId } : {});
      setPreview(p);
      setItems(list);
      setDecisions(initialDecisions(p));
      setStep(2);
    } catch (e) {
      setError(messageOf(e));
    }
    setBusy(null);
  };

  const apply = async () => {
    setError(null);
    setBusy(t.applying);
    try {
      setResult(await send('followup:import-apply', { fileName: file!.name, dataBase64: file!.dataBase64, mapping, matches: acceptedMatches(decisions) }));
      setStep(3);
      onApplied();
    } catch (e) {
      setError(`${t.applyFailed}: ${messageOf(e)}`);
    }
    setBusy(null);
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };

  const byId = useMemo(() => new Map(items.map((i) => [i.annotationId, i])), [items]);
  const twice = useMemo(() => duplicateTargets(decisions), [decisions]);
  const chosen = acceptedMatches(decisions).length;

  return (
    <section className="fu-card fu-import" aria-labelledby="fu-import-heading" data-testid="result-import">
      <div className="fu-import-head">
        <h2 id="fu-import-heading">{t.heading}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t.close}>
          ✕
        </button>
      </div>
      <ol className="fu-steps" aria-label={t.stepsLabel}>
        {t.steps.map((name, i) => (
          <li key={name} aria-current={i === step ? 'step' : undefined} className={i === step ? 'fu-step-now' : i < step ? 'fu-step-done' : undefined}>
            <span className="fu-step-no" aria-hidden="true">
              {i + 1}
            </span>
            {name}
          </li>
        ))}
      </ol>
      <h3 ref={stepHeading} tabIndex={-1} className="fu-step-heading">
        {t.stepOf(step + 1, t.steps.length, t.steps[step]!)}
      </h3>
      {error ? (
        <p className="fu-error" role="alert">
          {error}
        </p>
      ) : null}
      {busy ? (
        <p role="status" className="xc-status">
          {busy}
        </p>
      ) : null}

      {step === 0 ? (
        <div>
          <p className="xc-intro">{t.intro}</p>
          <div className="xc-field fu-session-pick">
            <label htmlFor="fu-import-session">{t.session}</label>
            <select id="fu-import-session" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">{t.sessionAll}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>{`${sessionLabel(s)} ${s.committee}`}</option>
              ))}
            </select>
          </div>
          <div className={`xc-drop${dragging ? ' xc-drop-active' : ''}`}>
            <FilePickerButton label={t.choose} accept={t.accept} testId="result-input" disabled={busy !== null} onFiles={(files) => void readFile(files[0])} />
            <span className="xc-drop-text">{t.drop}</span>
          </div>
        </div>
      ) : null}

      {step === 1 && preview ? (
        <div>
          <p className="xc-intro">{t.mappingIntro(preview.sheetName, preview.headerRow)}</p>
          <p className={`fu-source fu-source-${firstSource}`} data-testid="mapping-source">
            {t.mappingSource[firstSource]}
          </p>
          <ColumnMappingFields
            fields={FOLLOW_UP_FIELDS}
            labels={t.fields}
            columns={preview.columns}
            mapping={mapping}
            idPrefix="fu-map"
            noColumn={t.noColumn}
            columnLabel={t.column}
            onChange={(field, column) => void remap(field, column)}
          />
          {preview.rows.length ? (
            <SampleTable
              caption={t.sample(Math.min(3, preview.rows.length))}
              headers={[t.fields.number, t.fields.unit, t.fields.request, t.fields.result, t.fields.status]}
              rows={preview.rows.slice(0, 3).map((r) => [r.number ?? '', r.unit, r.request, r.result, r.statusText])}
              textColumns={[2, 3]}
            />
          ) : null}
          {mappingUsable(mapping) ? null : <p className="fu-error">{t.needResultOrStatus}</p>}
          <div className="xc-actions">
            <button type="button" className="primary" onClick={() => void toReview()} disabled={!mappingUsable(mapping) || busy !== null}>
              {t.next}
            </button>
            <button type="button" onClick={restart}>
              {t.back}
            </button>
          </div>
        </div>
      ) : null}

      {step === 2 && preview ? (
        <div>
          <p className="xc-intro">{t.reviewIntro(preview.rows.length, preview.candidates)}</p>
          <div className="fu-table-wrap" role="region" aria-label={t.reviewCaption} tabIndex={0}>
            <table className="fu-table fu-review">
              <caption className="sr-only">{t.reviewCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.reviewColumns.accept}</th>
                  <th scope="col" className="fu-num">{t.reviewColumns.row}</th>
                  <th scope="col">{t.reviewColumns.sheet}</th>
                  <th scope="col">{t.reviewColumns.item}</th>
                  <th scope="col" className="fu-num">{t.reviewColumns.score}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => {
                  const m = preview.matches.find((x) => x.row === r.row);
                  const d = decisions.find((x) => x.row === r.row) ?? { row: r.row, annotationId: null, accept: false };
                  const byHand = d.annotationId !== (m?.annotationId ?? null);
                  const flag = (m?.needsReview && !byHand) || (d.annotationId !== null && twice.has(d.annotationId));
                  const item = d.annotationId ? byId.get(d.annotationId) : undefined;
                  return (
                    <tr key={r.row} data-row={r.row} className={flag ? 'fu-needs-review' : undefined}>
                      <td data-label={t.reviewColumns.accept} className="fu-accept">
                        <input type="checkbox" checked={d.accept} disabled={!d.annotationId} aria-label={t.acceptLabel(r.row)} onChange={(e) => setDecisions((list) => setAccepted(list, r.row, e.target.checked))} />
                      </td>
                      <td className="fu-num" data-label={t.reviewColumns.row}>
                        {r.row}
                      </td>
                      <td data-label={t.reviewColumns.sheet} className="fu-body">
                        <span className="fu-sub">
                          {r.number ? `${t.fields.number} ${r.number}` : ''}
                          {r.unit ? ` · ${r.unit}` : ''}
                        </span>
                        <span className="fu-text">
                          <b>{t.sheetRequest}</b> {r.request}
                        </span>
                        <span className="fu-text">
                          <b>{t.sheetResult}</b> {r.result}
                        </span>
                        <span className="fu-text">
                          <b>{t.sheetStatus}</b> {r.statusText}
                          {r.status && r.status !== r.statusText ? ` → ${r.status}` : ''}
                        </span>
                      </td>
                      <td data-label={t.reviewColumns.item} className="fu-body">
                        <select value={d.annotationId ?? ''} aria-label={t.itemLabel(r.row)} onChange={(e) => setDecisions((list) => chooseItem(list, r.row, e.target.value || null))}>
                          <option value="">{t.noItem}</option>
                          {items.map((i) => (
                            <option key={i.annotationId} value={i.annotationId}>
                              {t.itemOption(i.seq, i.unit, i.body)}
                            </option>
                          ))}
                        </select>
                        {item ? <span className="fu-sub">{`${item.type} · ${item.projectNumber ? `${item.projectNumber}. ` : ''}${item.projectTitle}`}</span> : null}
                      </td>
                      <td className="fu-num" data-label={t.reviewColumns.score}>
                        {byHand ? t.byHand : m && m.annotationId ? t.score(m.score) : '—'}
                        {!byHand && m?.method ? <span className="fu-sub">{m.method === 'number' ? t.byNumber : t.byText}</span> : null}
                        {flag ? <strong className="fu-review-flag">{t.needsReview}</strong> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="xc-muted" aria-live="polite">
            {t.selected(chosen, preview.rows.length)}
          </p>
          <div className="xc-actions">
            <button type="button" className="primary" onClick={() => void apply()} disabled={chosen === 0 || busy !== null}>
              {t.apply(chosen)}
            </button>
            <button type="button" onClick={() => setStep(1)}>
              {t.back}
            </button>
          </div>
        </div>
      ) : null}

      {step === 3 && result ? (
        <div data-testid="result-summary">
          <p className="fu-result-line">{result.updated ? t.updated(result.updated) : t.unchanged}</p>
          {result.skipped.length ? (
            <>
              <p>{t.skipped(result.skipped.length)}</p>
              <ul>
                {result.skipped.map((s) => (
                  <li key={s.row}>{t.skippedRow(s.row, s.reason)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="xc-muted">{t.remembered}</p>
          <div className="xc-actions">
            <button type="button" onClick={restart}>
              {t.again}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {t.close}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
