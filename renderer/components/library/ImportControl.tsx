import { uiText } from '@shared/text/ui';
import { FilePickerButton, useWindowFileDrop } from '../common/fileDrop';

interface Props {
  busy: boolean;
  progress: { label: string; fraction: number } | null;
  onFiles: (files: File[]) => void;
}

/** The import button (file dialog) and the whole-window drop target, with a progress bar. */
export function ImportControl({ busy, progress, onFiles }: Props) {
  const dragging = useWindowFileDrop(onFiles);
  const t = uiText.import;
  return (
    <div className="import-control">
      <FilePickerButton label={t.button} accept={t.accept} multiple disabled={busy} testId="import-input" onFiles={onFiles} />
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
