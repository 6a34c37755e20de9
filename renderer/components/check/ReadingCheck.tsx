import type { ReadingCheck, ReadingDifference } from '@shared/parser/types';
import { readingCheckText } from '@shared/text/readingCheck';
import type { CheckTarget } from './readingCheckModel';
import { confidenceLabel, differenceTarget, differenceText, firstDifferences, targetText } from './readingCheckModel';

type OnGo = (target: CheckTarget) => void;

/** The differing items, each one button that opens it (the project, or the TOC line in the source). */
function DifferenceList({ items, onGo }: { items: ReadingDifference[]; onGo: OnGo }) {
  return (
    <ul className="check-list">
      {items.map((d, i) => {
        const target = differenceTarget(d);
        const text = differenceText(d);
        return (
          <li key={`${d.kind}-${d.line}-${i}`}>
            {target ? (
              <button type="button" className="link check-item" onClick={() => onGo(target)}>
                {text} <span className="check-where">— {targetText(target)}</span>
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A text badge of the confidence (never colour alone). */
export function ConfidenceBadge({ check }: { check: Pick<ReadingCheck, 'confidence'> }) {
  return <span className={`badge check-badge check-${check.confidence}`}>{confidenceLabel(check.confidence)}</span>;
}

/** The check in the import notice: the sentence and the first few differing items. */
export function ReadingCheckSummary({ check, onGo, limit = 5 }: { check: ReadingCheck; onGo: OnGo; limit?: number }) {
  const { shown, more } = firstDifferences(check, limit);
  return (
    <div className="reading-check" data-testid="import-check">
      <p>
        <ConfidenceBadge check={check} /> <span className="check-message">{check.message}</span>
      </p>
      {shown.length ? <DifferenceList items={shown} onGo={onGo} /> : null}
      {more > 0 ? <p className="muted">{readingCheckText.moreDifferences(more)}</p> : null}
    </div>
  );
}

/** The check at the top of the outline: one line, the differing items folded under it. */
export function ReadingCheckBar({ check, onGo }: { check: ReadingCheck; onGo: OnGo }) {
  return (
    <section className="reading-check compact" aria-label={readingCheckText.checkLabel} data-testid="outline-check">
      <p>
        <ConfidenceBadge check={check} /> <span className="check-message">{check.message}</span>
      </p>
      {check.differences.length ? (
        <details>
          <summary>{readingCheckText.showDifferences(check.differences.length)}</summary>
          <DifferenceList items={check.differences} onGo={onGo} />
        </details>
      ) : null}
    </section>
  );
}
