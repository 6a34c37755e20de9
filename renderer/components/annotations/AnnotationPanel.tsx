import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Annotation, AnnotationStatus } from '@shared/model/annotation';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import { AnnotationCard } from './AnnotationCard';

interface Props {
  annotations: Annotation[];
  /** Notes on this project hidden by the filter conditions. */
  hidden: number;
  currentMemberId: string | null;
  /** Committee staff may set the status of anyone's note. */
  isStaff: boolean;
  /** The open editor, if any. */
  editor: ReactNode;
  editingId: string | null;
  /** Set right after a deletion: offers "되돌리기". */
  undo: { id: string } | null;
  onNew: () => void;
  onEdit: (a: Annotation) => void;
  onDelete: (a: Annotation) => void;
  onUndo: () => void;
  onDismissUndo: () => void;
  onStatus: (a: Annotation, status: AnnotationStatus) => void;
  onStar: (a: Annotation, starred: boolean) => void;
}

/** The right-hand panel: the project's notes, the editor and the undo notice. */
export function AnnotationPanel(props: Props) {
  const { annotations, hidden, currentMemberId, isStaff, editor, editingId, undo } = props;
  const t = workspaceText.annotations;
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  return (
    <aside className="annotations" aria-labelledby="annotations-heading">
      <div className="panel-head">
        <h2 id="annotations-heading">{t.panel}</h2>
        {!editor ? (
          <button type="button" className="primary" onClick={props.onNew} aria-keyshortcuts="N">
            {t.addShortcut}
          </button>
        ) : null}
      </div>
      {undo ? (
        <div className="notice notice-info undo" role="status">
          <span>{t.deleted}</span>
          <button type="button" ref={undoButton} onClick={props.onUndo}>
            {t.undo}
          </button>
          <button type="button" className="ghost small" onClick={props.onDismissUndo} aria-label={uiText.close}>
            ✕
          </button>
        </div>
      ) : null}
      {editor}
      <p className="muted panel-count">{t.heading(annotations.length)}</p>
      {annotations.length === 0 && !editor ? <p className="empty small">{t.none}</p> : null}
      <ul className="note-list">
        {annotations
          .filter((a) => a.id !== editingId)
          .map((a) => (
            <li key={a.id}>
              <AnnotationCard
                annotation={a}
                mine={a.authorId === currentMemberId}
                canSetStatus={a.authorId === currentMemberId || isStaff}
                onEdit={() => props.onEdit(a)}
                onDelete={() => props.onDelete(a)}
                onStatus={(s) => props.onStatus(a, s)}
                onStar={(s) => props.onStar(a, s)}
              />
            </li>
          ))}
      </ul>
      {hidden ? <p className="muted">{t.hiddenByFilter(hidden)}</p> : null}
    </aside>
  );
}
