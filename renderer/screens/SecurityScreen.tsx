import { useId, useState } from 'react';
import type { SecurityStatus } from '@shared/api';
import { IDLE_DEFAULT_MINUTES, securityText } from '@shared/text/security';
import { messageOf, send } from '../api/client';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { IdleSelect, SecretField, SubmitActions } from '../components/security/SecretField';
import { SyncSettings } from '../components/sync/SyncSettings';

interface Props {
  status: SecurityStatus;
  onStatus: (status: SecurityStatus) => void;
  /** The member in use: sync posts their notes. */
  memberName?: string;
}

/** Same rule as the service (security.ts secretKind): 4–8 digits, or 8+ characters. */
function secretOk(secret: string): boolean {
  return /^\d{4,8}$/.test(secret) || ([...secret].length >= 8 && secret.trim().length > 0);
}

/** 보안: turn the PIN lock on (with the warning that a forgotten PIN cannot be recovered), change it, or turn it off. */
export function SecurityScreen({ status, onStatus, memberName }: Props) {
  const [notice, setNotice] = useState<NoticeData | null>(null);
  return (
    <section className="sec-settings" aria-labelledby="sec-settings-title">
      <div className="screen-head">
        <div>
          <h1 id="sec-settings-title">{securityText.heading}</h1>
          <p className="lead">{securityText.intro}</p>
        </div>
      </div>
      <p className={`sec-settings-status ${status.enabled ? 'sec-settings-on' : ''}`} data-testid="security-status">
        {status.enabled ? securityText.statusOn(status.kind) : securityText.statusOff}
      </p>
      {notice ? <Notice notice={notice} onClose={() => setNotice(null)} /> : null}
      {status.enabled ? (
        <>
          <ChangeForm status={status} onDone={(s) => (onStatus(s), setNotice({ kind: 'success', title: securityText.changed }))} />
          <DisableForm onDone={(s) => (onStatus(s), setNotice({ kind: 'success', title: securityText.disabled }))} />
        </>
      ) : (
        <EnableForm onDone={(s) => (onStatus(s), setNotice({ kind: 'success', title: securityText.enabled }))} />
      )}
      <SyncSettings memberName={memberName} />
    </section>
  );
}

function Warning() {
  return (
    <div className="sec-warning" role="note" aria-label={securityText.warningTitle}>
      <strong>{securityText.warningTitle}</strong>
      <p>{securityText.warning}</p>
    </div>
  );
}

function FormError({ id, error }: { id: string; error: string | null }) {
  return (
    <p id={id} className="form-error" role="alert">
      {error ?? ''}
    </p>
  );
}

function EnableForm({ onDone }: { onDone: (s: SecurityStatus) => void }) {
  const id = useId();
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(IDLE_DEFAULT_MINUTES);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<{ field: 'secret' | 'again' | 'understood' | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!secretOk(secret)) return setError({ field: 'secret', message: securityText.badSecret });
    if (secret !== again) return setError({ field: 'again', message: securityText.mismatch });
    if (!understood) return setError({ field: 'understood', message: securityText.mustAcknowledge });
    setBusy(true);
    setError(null);
    try {
      onDone(await send('security:enable', { secret, idleMinutes: idle }));
    } catch (err) {
      setError({ field: null, message: messageOf(err) });
      setBusy(false);
    }
  };
  return (
    <form className="sec-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{securityText.enableHeading}</h2>
      <Warning />
      <p className="muted">{securityText.rules}</p>
      <SecretField label={securityText.newSecret} value={secret} onChange={(v) => (setSecret(v), setError(null))} autoComplete="new-password" invalid={error?.field === 'secret'} errorId={`${id}-err`} />
      <SecretField label={securityText.confirmSecret} value={again} onChange={(v) => (setAgain(v), setError(null))} autoComplete="new-password" invalid={error?.field === 'again'} errorId={`${id}-err`} />
      <IdleSelect value={idle} onChange={setIdle} />
      <label className="toggle sec-ack">
        <input
          type="checkbox"
          checked={understood}
          aria-invalid={error?.field === 'understood' ? true : undefined}
          aria-describedby={error?.field === 'understood' ? `${id}-err` : undefined}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        {securityText.understood}
      </label>
      <FormError id={`${id}-err`} error={error?.message ?? null} />
      <SubmitActions busy={busy} label={securityText.enable} busyLabel={securityText.enabling} />
    </form>
  );
}

function ChangeForm({ status, onDone }: { status: SecurityStatus; onDone: (s: SecurityStatus) => void }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(status.idleMinutes);
  const [error, setError] = useState<{ field: 'current' | 'secret' | 'again' | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!current) return setError({ field: 'current', message: securityText.currentRequired });
    if (secret && !secretOk(secret)) return setError({ field: 'secret', message: securityText.badSecret });
    if (secret !== again) return setError({ field: 'again', message: securityText.mismatch });
    if (!secret && idle === status.idleMinutes) return setError({ field: null, message: securityText.nothingToChange });
    setBusy(true);
    setError(null);
    try {
      const next = await send('security:change', { secret: current, ...(secret ? { newSecret: secret } : {}), idleMinutes: idle });
      setCurrent('');
      setSecret('');
      setAgain('');
      onDone(next);
    } catch (err) {
      setError({ field: 'current', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="sec-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{securityText.changeHeading}</h2>
      <SecretField label={securityText.currentSecret} value={current} onChange={setCurrent} autoComplete="current-password" invalid={error?.field === 'current'} errorId={`${id}-err`} />
      <SecretField
        label={securityText.newSecret}
        hint={securityText.keepSecret}
        value={secret}
        onChange={setSecret}
        autoComplete="new-password"
        invalid={error?.field === 'secret'}
        errorId={`${id}-err`}
      />
      <SecretField label={securityText.confirmSecret} value={again} onChange={setAgain} autoComplete="new-password" invalid={error?.field === 'again'} errorId={`${id}-err`} />
      {secret ? <Warning /> : null}
      <IdleSelect value={idle} onChange={setIdle} />
      <FormError id={`${id}-err`} error={error?.message ?? null} />
      <SubmitActions busy={busy} label={securityText.change} />
    </form>
  );
}

function DisableForm({ onDone }: { onDone: (s: SecurityStatus) => void }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!current) return setError(securityText.currentRequired);
    setBusy(true);
    setError(null);
    try {
      onDone(await send('security:disable', { secret: current }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form className="sec-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{securityText.disableHeading}</h2>
      <p>{securityText.disableIntro}</p>
      <SecretField label={securityText.currentSecret} value={current} onChange={setCurrent} autoComplete="current-password" invalid={Boolean(error)} errorId={`${id}-err`} />
      <FormError id={`${id}-err`} error={error} />
      <SubmitActions busy={busy} label={securityText.disable} busyLabel={securityText.disabling} tone="danger" />
    </form>
  );
}
