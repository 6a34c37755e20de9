import { useEffect, useId, useRef, useState } from 'react';
import type { SecurityStatus } from '@shared/api';
import { securityText } from '@shared/text/security';
import { uiText } from '@shared/text/ui';
import { ApiCallError, messageOf, send } from '../api/client';
import type { Prefs } from '../state/prefs';
import { stepTextScale } from '../state/prefs';

interface Props {
  status: SecurityStatus;
  onStatus: (status: SecurityStatus) => void;
  prefs: Prefs;
  onPrefs: (change: Partial<Prefs>) => void;
}

/**
 * Shown instead of the whole app while the PIN lock is closed: one large masked field, Enter
 * submits, the error and the back-off countdown are announced. Nothing of the data is on screen.
 */
export function LockScreen({ status, onStatus, prefs, onPrefs }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(status.retryAfterSeconds);

  useEffect(() => setWait(status.retryAfterSeconds), [status.retryAfterSeconds]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => Math.max(0, w - 1)), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  useEffect(() => {
    if (wait === 0 && !busy) input.current?.focus();
  }, [wait, busy]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!secret || busy || wait > 0) return;
    setBusy(true);
    setError(null);
    try {
      const next = await send('security:unlock', { secret });
      setSecret('');
      onStatus(next);
    } catch (err) {
      setSecret('');
      setError(messageOf(err));
      if (err instanceof ApiCallError) {
        const now = await send('security:status', {}).catch(() => null);
        if (now) {
          setWait(now.retryAfterSeconds);
          if (!now.locked) onStatus(now);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const t = uiText.settings;
  return (
    <div className="sec-lock-page">
      <header className="sec-lock-header">
        <span className="app-name">{uiText.appName}</span>
        <div className="header-tools" role="group" aria-label={t.label}>
          <button type="button" onClick={() => onPrefs({ textScale: stepTextScale(prefs.textScale, -1) })} aria-label={t.smaller} disabled={prefs.textScale <= 100}>
            {securityText.textSmallerGlyph}
          </button>
          <button type="button" onClick={() => onPrefs({ textScale: stepTextScale(prefs.textScale, 1) })} aria-label={t.larger} disabled={prefs.textScale >= 200}>
            {securityText.textLargerGlyph}
          </button>
        </div>
      </header>
      <main id="main" className="sec-lock-screen">
        <form className="sec-lock-card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
          <svg className="sec-lock-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="48" height="48">
            <rect x="4.5" y="10.5" width="15" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="16" r="1.6" fill="currentColor" />
          </svg>
          <h1 id={`${id}-title`}>{securityText.lockHeading}</h1>
          <p id={`${id}-intro`}>{securityText.lockIntro}</p>
          <label htmlFor={`${id}-secret`} className="sec-lock-label">
            {securityText.secretLabel}
          </label>
          <input
            id={`${id}-secret`}
            ref={input}
            className="pin-input pin-input-large"
            type="password"
            value={secret}
            autoComplete="current-password"
            inputMode={status.kind === 'password' ? 'text' : 'numeric'}
            maxLength={256}
            autoFocus
            spellCheck={false}
            disabled={busy}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-intro`, error ? `${id}-error` : '', wait > 0 ? `${id}-wait` : ''].filter(Boolean).join(' ')}
            onChange={(e) => (setSecret(e.target.value), setError(null))}
          />
          <p id={`${id}-error`} className="form-error sec-lock-error" role="alert">
            {error ?? ''}
          </p>
          {wait > 0 ? (
            <p id={`${id}-wait`} className="sec-lock-wait" data-testid="lock-wait">
              {securityText.waitCountdown(wait)}
            </p>
          ) : null}
          <button type="submit" className="primary pin-submit" disabled={busy || wait > 0 || secret.length === 0}>
            {busy ? securityText.unlocking : securityText.unlock}
          </button>
          <p className="muted sec-lock-foot">{securityText.forgotten}</p>
        </form>
      </main>
    </div>
  );
}
