import { useEffect, useRef, useState } from 'react';
import { uiText } from '@shared/text/ui';

interface Props {
  busy: boolean;
  progress: { label: string; fraction: number } | null;
  onFiles: (files: File[]) => void;
}

/** The import button (file dialog) and the whole-window drop target, with a progress bar. */
export function ImportControl({ busy, progress, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const t = uiText.import;

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);

  return (
    <div className="import-control">
      <button type="button" className="primary" onClick={() => input.current?.click()} disabled={busy}>
        {t.button}
      </button>
      <input
        ref={input}
        type="file"
        className="sr-only"
        accept={t.accept}
        multiple
        tabIndex={-1}
        aria-label={t.button}
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <p className="hint">{t.hint}</p>
      {progress ? (
        <div className="progress" role="status">
          <span>{t.progress(progress.label)}</span>
          <progress max={1} value={progress.fraction} aria-label={t.progress(progress.label)} />
        </div>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t.dropHere}
        </div>
      ) : null}
    </div>
  );
}
