import { useEffect, useId, useRef } from 'react';
import { ANNOTATION_TYPES } from '@shared/model/annotation';
import type { AnnotationType } from '@shared/model/annotation';
import { workspaceText } from '@shared/text/workspace';
import type { DraftFields } from '../../state/drafts';
import type { SaveState } from '../../state/editor';
import { SaveStatus } from './SaveStatus';

interface Props {
  fields: DraftFields;
  editing: boolean;
  restored: boolean;
  saveState: SaveState;
  onChange: (change: Partial<DraftFields>) => void;
  /** Save now (blur, retry). */
  onFlush: () => void;
  onDone: () => void;
}

/** Writes one annotation; every change is saved on its own (see state/editor.ts). */
export function AnnotationEditor({ fields, editing, restored, saveState, onChange, onFlush, onDone }: Props) {
  const t = workspaceText.editor;
  const id = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  useEffect(() => body.current?.focus(), []);
  return (
    <section className="editor" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{editing ? t.editing : t.heading}</h3>
      {restored ? <p className="notice notice-info">{t.restoredDraft}</p> : null}
      {fields.quote ? (
        <figure className="quote">
          <figcaption>{t.quote}</figcaption>
          <blockquote>{fields.quote}</blockquote>
          <button type="button" className="ghost small" onClick={() => onChange({ quote: undefined })}>
            {t.removeQuote}
          </button>
        </figure>
      ) : null}
      <div className="editor-row">
        <label className="field-inline">
          <span>{t.type}</span>
          <select value={fields.type} onChange={(e) => onChange({ type: e.target.value as AnnotationType })} data-testid="annotation-type">
            {ANNOTATION_TYPES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={fields.visibility === 'private'} onChange={(e) => onChange({ visibility: e.target.checked ? 'private' : 'shared' })} />
          {t.visibility}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={fields.starred} onChange={(e) => onChange({ starred: e.target.checked })} />
          {t.star}
        </label>
      </div>
      <label className="field-block">
        <span>{t.body}</span>
        <textarea ref={body} rows={6} value={fields.body} placeholder={t.bodyPlaceholder} onChange={(e) => onChange({ body: e.target.value })} onBlur={onFlush} />
      </label>
      <label className="field-block">
        <span>{t.tags}</span>
        <input
          type="text"
          defaultValue={fields.tags.join(', ')}
          placeholder={t.tagsPlaceholder}
          onChange={(e) => onChange({ tags: e.target.value.split(/[,，]/).map((x) => x.trim()).filter(Boolean) })}
          onBlur={onFlush}
        />
      </label>
      <div className="editor-foot">
        <SaveStatus state={saveState} onRetry={onFlush} />
        <button type="button" className="primary" onClick={onDone}>
          {t.done}
        </button>
      </div>
    </section>
  );
}
