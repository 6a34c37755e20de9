import { useState } from 'react';
import type { CorrectionChange } from '@shared/model/corrections';
import { correctionText as t } from '@shared/text/corrections';
import { lineNumber } from './correctionModel';

interface Props {
  lines: readonly string[];
  /** Where the line field starts (the current project's heading, or line 1). */
  initialLine: number;
  busy: boolean;
  onCorrect: (change: CorrectionChange) => void;
}

/**
 * The text view's tools: pick a line of the document (arrow keys step through them, the lines
 * around it are shown), then say it is a project heading or a unit.
 */
export function LineTools({ lines, initialLine, busy, onCorrect }: Props) {
  const [value, setValue] = useState(String(initialLine));
  const line = lineNumber(value, lines);
  const from = Math.max(1, (line ?? 1) - 2);
  const context = lines.slice(from - 1, from + 4);
  return (
    <fieldset className="line-tools">
      <legend>{t.lineTools}</legend>
      <label className="field-inline">
        {t.lineLabel}
        <input
          type="number"
          min={1}
          max={lines.length}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="line-preview"
          className="line-number"
        />
      </label>
      <p id="line-preview" className="line-preview" aria-live="polite">
        {line ? t.lineText(line, (lines[line - 1] ?? '').trim()) : t.lineOutOfRange(lines.length)}
      </p>
      {line ? (
        <ol className="source-lines line-context" start={from} aria-label={t.sourceView}>
          {context.map((text, i) => (
            <li key={from + i} className={from + i === line ? 'current' : undefined} aria-current={from + i === line ? 'true' : undefined}>
              {text || '\u00a0'}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="tool-row">
        <button type="button" disabled={!line} onClick={() => line && !busy && onCorrect({ op: 'mark-project', line })}>
          {t.markProject}
        </button>
        <button type="button" disabled={!line} onClick={() => line && !busy && onCorrect({ op: 'mark-unit', line, name: '' })}>
          {t.markUnit}
        </button>
      </div>
    </fieldset>
  );
}
