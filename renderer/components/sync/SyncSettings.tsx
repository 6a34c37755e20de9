import { useEffect, useId, useState } from 'react';
import type { SyncSettingsView, SyncStatus } from '@shared/model/sync';
import { syncFormText, syncText } from '@shared/text/sync';
import { messageOf, send } from '../../api/client';
import { SubmitActions } from '../security/SecretField';

/** 동기화: the council server's address, account, password, on/off, and the live status line. */
export function SyncSettings({ memberName }: { memberName?: string }) {
  const id = useId();
  const [settings, setSettings] = useState<SyncSettingsView | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [url, setUrl] = useState('');
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    void send('sync:settings', {}).then((s) => {
      setSettings(s);
      setUrl(s.url);
      setAccount(s.account);
      setEnabled(s.enabled);
    });
    void send('sync:status', {}).then(setStatus);
    return window.council.on('sync', setStatus);
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      const next = await send('sync:configure', { url, account, enabled, ...(password ? { password } : {}) });
      setSettings(next);
      setPassword('');
      setResult({ ok: true, message: syncFormText.saved });
    } catch (err) {
      setResult({ ok: false, message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sec-form sync-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{syncFormText.heading}</h2>
      <p className="muted">{syncFormText.intro}</p>
      <p className={`sync-status sync-${status?.state ?? 'off'}`} role="status" aria-live="polite" aria-label={syncFormText.statusLabel} data-testid="sync-status">
        {status?.message ?? syncText.stateLabel.off}
      </p>
      <label className="field">
        <span>{syncFormText.url}</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-describedby={`${id}-url`} autoComplete="url" spellCheck={false} />
        <small id={`${id}-url`} className="muted">
          {syncFormText.urlHint}
        </small>
      </label>
      <label className="field">
        <span>{syncFormText.account}</span>
        <input type="text" value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="username" spellCheck={false} />
      </label>
      <label className="field">
        <span>{syncFormText.password}</span>
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" aria-describedby={settings?.hasPassword ? `${id}-pw` : undefined} />
        {settings?.hasPassword && settings.passwordStorage !== 'none' ? (
          <small id={`${id}-pw`} className="muted">
            {syncFormText.passwordKept(settings.passwordStorage)}
          </small>
        ) : null}
      </label>
      <label className="toggle">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {syncFormText.enabled}
      </label>
      {memberName && enabled ? <p className="muted">{syncFormText.boundTo(memberName)}</p> : null}
      <p className={result?.ok ? 'form-ok' : 'form-error'} role="alert">
        {result?.message ?? ''}
      </p>
      <SubmitActions busy={busy} label={syncFormText.save} busyLabel={syncFormText.saving} />
    </form>
  );
}
