import type { ReactNode } from 'react';
import { uiText } from '@shared/text/ui';

export interface NoticeData {
  kind: 'info' | 'success' | 'error';
  title: string;
  body?: string;
  /** More than a sentence: a list with links, or a button that acts on the notice (e.g. 그래도 가져오기). */
  detail?: ReactNode;
}

/** A message that screen readers announce; errors are assertive, the rest polite. */
export function Notice({ notice, onClose }: { notice: NoticeData; onClose: () => void }) {
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <strong>{notice.title}</strong>
        {notice.body ? <p>{notice.body}</p> : null}
        {notice.detail}
      </div>
      <button type="button" className="ghost" onClick={onClose} aria-label={uiText.close}>
        ✕
      </button>
    </div>
  );
}
