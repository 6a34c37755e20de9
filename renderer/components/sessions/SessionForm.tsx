import { useEffect, useId, useRef, useState } from 'react';
import type { SessionInput } from '@shared/api';
import type { LibraryEntry } from '@shared/model/library';
import type { MemberEntry } from '@shared/model/member';
import { SESSION_KINDS } from '@shared/model/session';
import type { SessionKind } from '@shared/model/session';
import { sessionsUiText } from '@shared/text/secretary';
import { ApiCallError, messageOf } from '../../api/client';
import { AgendaEditor } from './AgendaEditor';
import type { DraftField, FieldErrors, SessionDraft } from './sessionForm';
import { FIELD_LABELS, errorForField, toSessionInput, validateDraft } from './sessionForm';

interface Props {
  heading: string;
  submitLabel: string;
  initial: SessionDraft;
  members: MemberEntry[];
  documents: LibraryEntry[];
  onSubmit: (input: SessionInput) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit a session: number, kind, committee, title, dates, members present, agenda. */
export function SessionForm({ heading, submitLabel, initial, members, documents, onSubmit, onCancel }: Props) {
  const t = sessionsUiText.form;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<SessionDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A corrected field loses its message (the two dates are checked together).
    const cleared: string[] = key === 'startDate' || key === 'endDate' ? ['startDate', 'endDate'] : [key];
    setErrors((e) => (cleared.some((k) => k in e) ? (Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.includes(k))) as FieldErrors) : e));
  };

  useEffect(() => headingRef.current?.focus(), []);

  const fieldId = (f: DraftField) => `${id}-${f}`;
  const errorId = (f: DraftField) => `${id}-${f}-error`;
  const described = (f: DraftField, hint?: string) => [hint, errors[f] ? errorId(f) : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (f: DraftField) =>
    errors[f] ? (
      <p className="session-field-error" id={errorId(f)}>
        {errors[f]}
      </p>
    ) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit(toSessionInput(draft));
    } catch (error) {
      const where = error instanceof ApiCallError ? errorForField(error.error.field, error.message) : { field: null, message: messageOf(error) };
      if (where.field) setErrors({ [where.field]: where.message });
      setFormError(where.message);
      setBusy(false);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const errorList = Object.entries(errors) as [DraftField, string][];
  return (
    <form className="session-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p className="session-hint">{t.newAnnotationsNote}</p>
      {formError || errorList.length ? (
        <div className="session-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <strong>{t.errorsHeading}</strong>
          <ul>
            {errorList.map(([f, message]) => (
              <li key={f}>
                <a href={`#${fieldId(f)}`} onClick={(e) => (e.preventDefault(), document.getElementById(fieldId(f))?.focus())}>
                  {FIELD_LABELS[f]}: {message}
                </a>
              </li>
            ))}
            {formError && !errorList.some(([, m]) => m === formError) ? <li>{formError}</li> : null}
          </ul>
        </div>
      ) : null}

      <div className="session-grid">
        <div className="session-field">
          <label htmlFor={fieldId('number')}>{t.number}</label>
          <input
            id={fieldId('number')}
            type="number"
            inputMode="numeric"
            min={1}
            max={9999}
            value={draft.number}
            placeholder={t.numberHint}
            aria-invalid={errors.number ? true : undefined}
            aria-describedby={described('number')}
            onChange={(e) => set('number', e.target.value)}
          />
          {errorText('number')}
        </div>
        <fieldset className="session-field session-kind">
          <legend>{t.kind}</legend>
          {SESSION_KINDS.map((k) => (
            <label key={k} className="session-check">
              <input type="radio" name={`${id}-kind`} value={k} checked={draft.kind === k} onChange={() => set('kind', k as SessionKind)} />
              {k}
            </label>
          ))}
        </fieldset>
        <div className="session-field">
          <label htmlFor={fieldId('committee')}>{t.committee}</label>
          <input
            id={fieldId('committee')}
            type="text"
            value={draft.committee}
            placeholder={t.committeeHint}
            maxLength={100}
            aria-invalid={errors.committee ? true : undefined}
            aria-describedby={described('committee')}
            onChange={(e) => set('committee', e.target.value)}
          />
          {errorText('committee')}
        </div>
        <div className="session-field session-wide">
          <label htmlFor={fieldId('title')}>{t.title}</label>
          <input
            id={fieldId('title')}
            type="text"
            value={draft.title}
            placeholder={t.titleHint}
            maxLength={200}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title')}
            onChange={(e) => set('title', e.target.value)}
          />
          {errorText('title')}
        </div>
        <div className="session-field">
          <label htmlFor={fieldId('startDate')}>{t.startDate}</label>
          <input
            id={fieldId('startDate')}
            type="date"
            value={draft.startDate}
            aria-invalid={errors.startDate ? true : undefined}
            aria-describedby={described('startDate')}
            onChange={(e) => set('startDate', e.target.value)}
          />
          {errorText('startDate')}
        </div>
        <div className="session-field">
          <label htmlFor={fieldId('endDate')}>{t.endDate}</label>
          <input
            id={fieldId('endDate')}
            type="date"
            value={draft.endDate}
            min={draft.startDate || undefined}
            aria-invalid={errors.endDate ? true : undefined}
            aria-describedby={described('endDate')}
            onChange={(e) => set('endDate', e.target.value)}
          />
          {errorText('endDate')}
        </div>
      </div>

      <fieldset className="session-members" id={fieldId('memberIds')} tabIndex={-1} aria-describedby={described('memberIds')}>
        <legend>{t.members}</legend>
        {errorText('memberIds')}
        {members.length === 0 ? <p className="session-hint">{t.membersNone}</p> : null}
        <div className="session-checks">
          {members.map((m) => (
            <label key={m.id} className="session-check">
              <input
                type="checkbox"
                checked={draft.memberIds.includes(m.id)}
                onChange={(e) => set('memberIds', e.target.checked ? [...draft.memberIds, m.id] : draft.memberIds.filter((x) => x !== m.id))}
              />
              {m.name}
              {m.role !== '의원' ? <span className="muted"> {t.role(m.role)}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>

      <AgendaEditor agenda={draft.agenda} documents={documents} onChange={(agenda) => set('agenda', agenda)} error={errors.agenda} errorId={errorId('agenda')} />

      <div className="session-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t.saving : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
