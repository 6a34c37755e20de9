import { useEffect, useId, useRef, useState } from 'react';
import type { BundleImportReport, BundlePreview } from '@shared/model/bundle';
import { exchangeText } from '@shared/text/exchange';
import { ApiCallError, fileToBase64, messageOf, send } from '../../api/client';
import { bundleTime, isBundleFileName } from '../../state/exchange';
import { FilePickerButton, useWindowFileDrop } from '../common/fileDrop';
import { BundlePreviewCard } from './BundlePreviewCard';

interface Pending {
  key: string;
  name: string;
  dataBase64: string;
  preview?: BundlePreview;
  error?: string;
  /** The file is encrypted: the preview waits for its password. */
  needsPassword?: boolean;
  password?: string;
}

interface Reported {
  key: string;
  name: string;
  report?: BundleImportReport;
  error?: string;
}

type Phase = 'idle' | 'reading' | 'preview' | 'applying' | 'done';

/** "받은 파일 가져오기": pick or drop `.crb` files → preview of each → 적용 → report. */
export function BundleImport({ onApplied }: { onApplied: () => void }) {
  const t = exchangeText.import;
  const chooseButton = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [reading, setReading] = useState('');
  const [pending, setPending] = useState<Pending[]>([]);
  const [reports, setReports] = useState<Reported[]>([]);

  useEffect(() => {
    if (phase === 'preview') previewHeading.current?.focus();
    if (phase === 'done') reportHeading.current?.focus();
  }, [phase]);

  const readFiles = async (files: File[]) => {
    if (!files.length) return;
    setPhase('reading');
    setReports([]);
    const out: Pending[] = [];
    for (const [i, file] of files.entries()) {
      setReading(file.name);
      const key = `${Date.now()}-${i}-${file.name}`;
      try {
        const dataBase64 = await fileToBase64(file);
        try {
          out.push({ key, name: file.name, dataBase64, preview: await send('bundle:preview', { dataBase64 }) });
        } catch (error) {
          if (error instanceof ApiCallError && error.error.field === 'password') {
            out.push({ key, name: file.name, dataBase64, error: messageOf(error), needsPassword: true });
            continue;
          }
          const hint = isBundleFileName(file.name) ? '' : ` ${t.notCrb}`;
          out.push({ key, name: file.name, dataBase64: '', error: `${messageOf(error)}${hint}` });
        }
      } catch (error) {
        out.push({ key, name: file.name, dataBase64: '', error: messageOf(error) });
      }
    }
    setPending(out);
    setPhase('preview');
  };

  // A file dropped anywhere on this screen is read too (and never opened by the window itself).
  const dragging = useWindowFileDrop((files) => void readFiles(files));

  const unlock = async (key: string, password: string) => {
    const p = pending.find((x) => x.key === key);
    if (!p) return;
    try {
      const preview = await send('bundle:preview', { dataBase64: p.dataBase64, password });
      setPending((list) => list.map((x) => (x.key === key ? { ...x, preview, password, error: undefined, needsPassword: false } : x)));
    } catch (error) {
      setPending((list) => list.map((x) => (x.key === key ? { ...x, error: messageOf(error) } : x)));
    }
  };

  const apply = async () => {
    setPhase('applying');
    const done: Reported[] = [];
    for (const p of pending) {
      if (!p.preview) {
        done.push({ key: p.key, name: p.name, error: p.error });
        continue;
      }
      try {
        done.push({ key: p.key, name: p.name, report: await send('bundle:import', { dataBase64: p.dataBase64, ...(p.password ? { password: p.password } : {}) }) });
      } catch (error) {
        done.push({ key: p.key, name: p.name, error: messageOf(error) });
      }
    }
    setReports(done);
    setPending([]);
    setPhase('done');
    onApplied();
  };

  const cancel = () => {
    setPending([]);
    setPhase('idle');
    requestAnimationFrame(() => chooseButton.current?.focus());
  };

  const usable = pending.filter((p) => p.preview).length;
  return (
    <section className="xc-card" aria-labelledby="xc-import-heading" id="xc-import">
      <h2 id="xc-import-heading">{t.heading}</h2>
      <p className="xc-intro">{t.intro}</p>
      <div className={`xc-drop${dragging ? ' xc-drop-active' : ''}`} data-testid="bundle-drop">
        <FilePickerButton
          label={t.choose}
          accept={t.accept}
          multiple
          testId="bundle-input"
          buttonRef={chooseButton}
          disabled={phase === 'reading' || phase === 'applying'}
          onFiles={(files) => void readFiles(files)}
        />
        <span className="xc-drop-text">{dragging ? t.dropActive : t.drop}</span>
      </div>
      {phase === 'reading' ? (
        <p role="status" className="xc-status">
          {t.reading(reading)}
        </p>
      ) : null}

      {(phase === 'preview' || phase === 'applying') && pending.length ? (
        <div className="xc-preview" data-testid="bundle-preview">
          <h3 ref={previewHeading} tabIndex={-1} id="xc-preview-heading">
            {t.previewHeading}
          </h3>
          <p className="xc-intro">{t.previewIntro}</p>
          {pending.map((p) =>
            p.preview ? (
              <BundlePreviewCard
                key={p.key}
                name={p.name}
                preview={p.preview}
                from={t.from(p.preview.author.name, p.preview.author.committee, bundleTime(p.preview.createdAt))}
                onRemove={pending.length > 1 ? () => setPending((list) => list.filter((x) => x.key !== p.key)) : undefined}
              />
            ) : p.needsPassword ? (
              <PasswordAsk key={p.key} name={p.name} message={p.error ?? ''} onSubmit={(password) => void unlock(p.key, password)} />
            ) : (
              <div key={p.key} className="xc-file-error" role="alert">
                <strong>{t.fileFailed(p.name)}</strong>
                <p>{p.error}</p>
              </div>
            ),
          )}
          <div className="xc-actions">
            <button type="button" className="primary" onClick={() => void apply()} disabled={phase === 'applying' || usable === 0}>
              {phase === 'applying' ? t.applying : t.apply(usable)}
            </button>
            <button type="button" onClick={cancel} disabled={phase === 'applying'}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}

      {phase === 'done' && reports.length ? (
        <div className="xc-report" data-testid="bundle-report">
          <h3 ref={reportHeading} tabIndex={-1}>
            {t.reportHeading}
          </h3>
          <ul>
            {reports.map((r) => (
              <li key={r.key} className={r.error ? 'xc-report-error' : undefined}>
                {r.report ? t.reportLine(r.name, r.report.totals, r.report.reattached) : t.reportFailed(r.name, r.error ?? '')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** An encrypted bundle: the API's message, and a password field that retries the preview. */
function PasswordAsk({ name, message, onSubmit }: { name: string; message: string; onSubmit: (password: string) => void }) {
  const t = exchangeText.import;
  const [password, setPassword] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [message]);
  const id = useId();
  return (
    <form
      className="xc-file xc-file-locked"
      aria-label={name}
      onSubmit={(e) => {
        e.preventDefault();
        if (password) onSubmit(password);
      }}
    >
      <h4>{name}</h4>
      <p role="alert">{message}</p>
      <div className="xc-field xc-password">
        <label htmlFor={id}>{t.password(name)}</label>
        <input id={id} ref={field} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <button type="submit" disabled={!password}>
        {t.open}
      </button>
    </form>
  );
}
