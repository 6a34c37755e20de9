import { useEffect, useState } from 'react';
import { exchangeText } from '@shared/text/exchange';
import { send } from '../../api/client';
import { orphansOfDocument } from '../../state/exchange';

/** A small notice on the document screen when notes of this document lost their project. */
export function OrphanNotice({ documentId, onOpen }: { documentId: string; onOpen?: () => void }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    // Only this document's notes (and its older versions'): checking the whole archive on every open took seconds at scale.
    send('annotation:orphans', { documentId }).then(
      (list) => live && setCount(orphansOfDocument(list, documentId).length),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [documentId]);
  if (!count) return null;
  const t = exchangeText.orphans;
  return (
    <div className="notice notice-info xc-orphan-notice" role="status" data-testid="orphan-notice">
      <strong>{t.notice(count)}</strong>
      {onOpen ? (
        <button type="button" className="small" onClick={onOpen}>
          {t.noticeOpen}
        </button>
      ) : null}
    </div>
  );
}
