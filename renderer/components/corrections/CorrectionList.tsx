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
  return (
    <section className="correction-list" aria-labelledby="correction-list-heading">
      <div className="correction-list-head">
        <h3 id="correction-list-heading">{t.listHeading(entries.length)}</h3>
        {entries.length ? (
          <button type="button" className="small" disabled={busy} onClick={() => onUndo()} aria-keyshortcuts="Control+Z">
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
              <button type="button" className="small" disabled={busy} onClick={() => onUndo(e.id)} aria-label={`${t.undo}: ${label}`}>
                {t.undo}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
