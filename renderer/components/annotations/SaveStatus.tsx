import { workspaceText } from '@shared/text/workspace';
import type { SaveState } from '../../state/editor';

/** 저장 중… / 저장됨 HH:MM, announced politely to screen readers. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = workspaceText.editor;
  const text =
    state.kind === 'saving'
      ? t.saving
      : state.kind === 'saved'
        ? t.saved(workspaceText.hhmm(state.at))
        : state.kind === 'error'
          ? t.failed(state.message)
          : state.kind === 'dirty'
            ? t.notYet
            : t.emptyNotSaved;
  return (
    <div className={`save-status save-${state.kind}`}>
      <span role="status" aria-live="polite" data-testid="save-status">
        {text}
      </span>
      {state.kind === 'error' ? (
        <button type="button" className="small" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
