import { useState } from 'react';
import type { CorrectionChange } from '@shared/model/corrections';
import type { ProjectHead } from '@shared/model/library';
import { correctionText as t } from '@shared/text/corrections';
import type { ProjectTool } from './correctionModel';
import { changeFor, initialValues, lineNumber } from './correctionModel';

interface Props {
  tool: ProjectTool;
  project: ProjectHead;
  lines: readonly string[];
  busy: boolean;
  onSubmit: (change: CorrectionChange) => void;
  onCancel: () => void;
}

const LABEL: Record<ProjectTool, string> = { 'set-title': t.titleLabel, 'set-number': t.numberLabel, 'set-unit': t.unitLabel, 'set-budget': t.budgetLabel, split: t.splitTitleLabel };

/** The small form of one project tool (제목·번호·단위·예산·나누기); Esc cancels. */
export function ToolForm({ tool, project, lines, busy, onSubmit, onCancel }: Props) {
  const [v, setV] = useState(() => initialValues(tool, project));
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<typeof v>) => setV((x) => ({ ...x, ...change }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const change = changeFor(tool, project, lines, v);
    if ('error' in change) setError(change.error);
    else if (!busy) onSubmit(change);
  };
  const splitLine = tool === 'split' ? lineNumber(v.line, lines) : null;
  return (
    <form className="tool-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())} aria-label={LABEL[tool]}>
      {tool === 'split' ? (
        <>
          <label className="field-block">
            {t.splitLineLabel}
            <input type="number" min={project.position.start.line + 1} max={project.position.end.line} value={v.line} onChange={(e) => set({ line: e.target.value })} autoFocus aria-describedby="split-preview" />
          </label>
          <p id="split-preview" className="line-preview" aria-live="polite">
            {splitLine ? t.lineText(splitLine, (lines[splitLine - 1] ?? '').trim()) : t.lineOutOfRange(project.position.end.line)}
          </p>
        </>
      ) : null}
      {tool === 'set-budget' ? (
        <>
          <label className="field-block">
            {t.budgetLabel}
            <input type="text" inputMode="numeric" value={v.amount} disabled={v.nonBudget} onChange={(e) => set({ amount: e.target.value })} autoFocus />
          </label>
          <label className="field-block">
            {t.sourcesLabel}
            <input type="text" value={v.sources} disabled={v.nonBudget} onChange={(e) => set({ sources: e.target.value })} />
          </label>
          <label className="field-inline">
            <input type="checkbox" checked={v.nonBudget} onChange={(e) => set({ nonBudget: e.target.checked })} />
            {t.nonBudgetLabel}
          </label>
        </>
      ) : (
        <label className="field-block">
          {LABEL[tool]}
          <input type="text" value={v.text} onChange={(e) => set({ text: e.target.value })} maxLength={tool === 'set-number' ? 30 : 300} autoFocus={tool !== 'split'} />
        </label>
      )}
      {error ? (
        <p role="alert" className="danger-text">
          {error}
        </p>
      ) : null}
      <div className="tool-row">
        <button type="submit" className="primary">
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
