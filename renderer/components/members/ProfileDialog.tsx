import { useEffect, useId, useRef, useState } from 'react';
import { MEMBER_ROLES } from '@shared/model/member';
import type { MemberRole } from '@shared/model/member';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';

interface Props {
  /** First run: the dialog cannot be dismissed until someone is registered. */
  firstRun: boolean;
  onSubmit: (profile: { name: string; committee?: string; role: MemberRole }) => Promise<void>;
  onCancel: () => void;
}

/** "어느 분이 사용하시나요?": name (required), committee and role. */
export function ProfileDialog({ firstRun, onSubmit, onCancel }: Props) {
  const t = workspaceText.members;
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [committee, setCommittee] = useState('');
  const [role, setRole] = useState<MemberRole>('의원');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t.nameRequired);
    setBusy(true);
    try {
      await onSubmit({ name: name.trim(), committee: committee.trim() || undefined, role });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog profile-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        if (!firstRun) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{firstRun ? t.dialogTitle : t.addTitle}</h2>
        <p id={`${id}-intro`}>{t.dialogIntro}</p>
        <label className="field-block">
          <span>{t.name}</span>
          <input
            type="text"
            value={name}
            required
            autoFocus
            maxLength={50}
            placeholder={t.namePlaceholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => (setName(e.target.value), setError(null))}
          />
        </label>
        {error ? (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <label className="field-block">
          <span>{t.committee}</span>
          <input type="text" value={committee} maxLength={100} placeholder={t.committeePlaceholder} onChange={(e) => setCommittee(e.target.value)} />
        </label>
        <fieldset className="role-choice">
          <legend>{t.role}</legend>
          {MEMBER_ROLES.map((r) => (
            <label key={r} className="toggle">
              <input type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
              {r}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          {!firstRun ? (
            <button type="button" onClick={onCancel}>
              {uiText.cancel}
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {firstRun ? t.submit : t.submitAdd}
          </button>
        </div>
      </form>
    </dialog>
  );
}
