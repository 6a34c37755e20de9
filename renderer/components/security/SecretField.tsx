import { useId } from 'react';
import { IDLE_CHOICES, securityText } from '@shared/text/security';

interface SecretProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'new-password' for a secret being chosen, 'current-password' for one being checked. */
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  invalid?: boolean;
  /** The id of an error message below the form that describes this field. */
  errorId?: string;
  autoFocus?: boolean;
}

/** A labelled PIN/password box: large, masked, numeric keypad on touch screens when it looks like a PIN. */
export function SecretField({ label, value, onChange, autoComplete, hint, invalid, errorId, autoFocus }: SecretProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', invalid && errorId ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field-block pin-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="pin-input"
        type="password"
        value={value}
        autoComplete={autoComplete}
        inputMode={/^\d*$/.test(value) ? 'numeric' : 'text'}
        maxLength={256}
        spellCheck={false}
        autoFocus={autoFocus}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="muted pin-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Minutes before the automatic lock. */
export function IdleSelect({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const id = useId();
  const choices: number[] = [...IDLE_CHOICES];
  if (!choices.includes(value)) choices.unshift(value);
  return (
    <div className="field-block pin-field">
      <label htmlFor={id}>{securityText.idle}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((m) => (
          <option key={m} value={m}>
            {securityText.idleOption(m)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A settings form's submit button, its label saying while it works (`busyLabel`). */
export function SubmitActions({ busy, label, busyLabel, tone = 'primary' }: { busy: boolean; label: string; busyLabel?: string; tone?: 'primary' | 'danger' }) {
  return (
    <div className="sec-actions">
      <button type="submit" className={tone} disabled={busy}>
        {busy && busyLabel ? busyLabel : label}
      </button>
    </div>
  );
}
