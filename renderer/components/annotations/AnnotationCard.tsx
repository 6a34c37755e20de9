import { ANNOTATION_STATUSES } from '@shared/model/annotation';
import type { Annotation, AnnotationStatus } from '@shared/model/annotation';
import { workspaceText } from '@shared/text/workspace';

interface Props {
  annotation: Annotation;
  /** The current member wrote it: may edit, delete, star. */
  mine: boolean;
  /** May change the status (the author, or committee staff). */
  canSetStatus: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onStatus: (status: AnnotationStatus) => void;
  onStar: (starred: boolean) => void;
}

/** One annotation with its type, visibility, status, star, tags, author and times. */
export function AnnotationCard({ annotation: a, mine, canSetStatus, onEdit, onDelete, onStatus, onStar }: Props) {
  const t = workspaceText.annotations;
  return (
    <article className={`note note-${a.visibility}`} aria-label={`${a.type} · ${a.visibility === 'private' ? t.private : t.shared} · ${a.authorName}`}>
      <header className="note-head">
        <span className={`type-chip type-${a.type}`}>{a.type}</span>
        <span className={`vis-chip vis-${a.visibility}`}>{a.visibility === 'private' ? t.private : t.shared}</span>
        {mine ? (
          <button type="button" className="ghost small star" aria-pressed={a.starred} aria-label={t.starLabel} onClick={() => onStar(!a.starred)}>
            {a.starred ? '★' : '☆'}
          </button>
        ) : a.starred ? (
          <span className="star" aria-label={t.starred}>
            ★
          </span>
        ) : null}
      </header>
      {a.quote ? <blockquote className="note-quote">{a.quote}</blockquote> : null}
      <p className="note-body">{a.body}</p>
      {a.tags.length ? (
        <ul className="tags" aria-label={t.tags}>
          {a.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      ) : null}
      <p className="note-meta">
        {a.authorName}
        {mine ? ` (${t.mine})` : ''} · {t.created} {workspaceText.time(a.createdAt)}
        {a.updatedAt !== a.createdAt ? ` · ${t.updated} ${workspaceText.time(a.updatedAt)}` : ''}
      </p>
      <div className="note-actions">
        {canSetStatus ? (
          <label className="field-inline small">
            <span>{t.status}</span>
            <select value={a.status} onChange={(e) => onStatus(e.target.value as AnnotationStatus)}>
              {ANNOTATION_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        ) : (
          <span className="status-chip">
            {t.status}: {a.status}
          </span>
        )}
        {mine ? (
          <>
            <button type="button" className="small" onClick={onEdit} aria-label={t.editLabel(a.type)}>
              {t.edit}
            </button>
            <button type="button" className="small danger-text" onClick={onDelete} aria-label={t.deleteLabel(a.type)}>
              {t.delete}
            </button>
          </>
        ) : null}
      </div>
    </article>
  );
}
