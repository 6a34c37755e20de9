import { useRef } from 'react';
import type { CorrectionEntry } from '@shared/model/corrections';
import { correctionText as t } from '@shared/text/corrections';
import { workspaceText } from '@shared/text/workspace';

interface Props {
  entries: CorrectionEntry[];
  busy: boolean;
  onUndo: (id?: string) => void;
}

/** The document's corrections, newest first, each with its own 되돌리기; the last one also by Ctrl+Z. */
export function CorrectionList({ entries, busy, onUndo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The row (and its button) goes away: focus stays in the list, on its heading.
  const undoOne = (id: string) => {
    onUndo(id);
    heading.current?.focus();
  };
  return (
    <section className="correction-list" aria-labelledby="correction-list-heading" aria-busy={busy}>
      <div className="correction-list-head">
        <h3 id="correction-list-heading" ref={heading} tabIndex={-1}>{t.listHeading(entries.length)}</h3>
        {entries.length ? (
          <button type="button" className="small" onClick={() => onUndo()} aria-keyshortcuts="Control+Z">
            {t.undoLast}
          </button>
        ) : null}
      </div>
      {entries.length === 0 ? <p className="muted small">{t.listEmpty}</p> : null}
      <ol reversed>
        {[...entries].reverse().map((e) => {
          const label = t.describe(e.change);
          return (
            <li key={e.id} className={e.applied ? undefined : 'not-applied'}>
              <span>{label}</span>
              <span className="muted small"> {t.by(e.authorName, workspaceText.time(e.createdAt))}</span>
              {e.applied ? null : <strong className="danger-text small"> {t.notApplied(t.skip[e.reason ?? 'invalid'])}</strong>}
              <button type="button" className="small" onClick={() => undoOne(e.id)} aria-label={`${t.undo}: ${label}`}>
                {t.undo}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
