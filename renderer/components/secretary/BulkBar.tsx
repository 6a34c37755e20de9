import { useId, useState } from 'react';
import type { ActionStatus, AnnotationStatus } from '@shared/model/annotation';
import { ACTION_STATUSES, ANNOTATION_STATUSES } from '@shared/model/annotation';
import { secretaryText } from '@shared/text/secretary';

interface Props {
  count: number;
  busy: boolean;
  onActionStatus: (s: ActionStatus) => void;
  onStatus: (s: AnnotationStatus) => void;
  onClear: () => void;
}

/** Bulk edit of the selected rows: 조치상태 or 답변상태 (annotation:bulk-update). */
export function BulkBar({ count, busy, onActionStatus, onStatus, onClear }: Props) {
  const t = secretaryText.bulk;
  const id = useId();
  const [action, setAction] = useState<ActionStatus>('완료');
  const [status, setStatus] = useState<AnnotationStatus>('답변완료');
  const disabled = busy || count === 0;
  return (
    <fieldset className="sec-bulk" aria-describedby={`${id}-count`}>
      <legend>{t.legend}</legend>
      <span id={`${id}-count`} className="sec-bulk-count" aria-live="polite">
        {t.selected(count)}
      </span>
      <div className="sec-bulk-group">
        <label htmlFor={`${id}-action`}>{t.actionStatus}</label>
        <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={disabled} onClick={() => onActionStatus(action)}>
          {t.applyAction(count)}
        </button>
      </div>
      <div className="sec-bulk-group">
        <label htmlFor={`${id}-status`}>{t.status}</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as AnnotationStatus)}>
          {ANNOTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" disabled={disabled} onClick={() => onStatus(status)}>
          {t.applyStatus(count)}
        </button>
      </div>
      <button type="button" className="ghost" disabled={count === 0} onClick={onClear}>
        {t.clear}
      </button>
    </fieldset>
  );
}
