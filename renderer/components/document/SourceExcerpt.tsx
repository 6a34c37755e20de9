import { useEffect, useRef } from 'react';
import { readingCheckText } from '@shared/text/readingCheck';
import { excerptRange } from '../check/readingCheckModel';
import { SourceLines } from './SourceLines';

/**
 * A few lines of the source text around one line, that line marked: where the reading check sends
 * the reader for an item no project stands for (a TOC row whose project the body lacks).
 */
export function SourceExcerpt({ lines, line, onClose }: { lines: readonly string[]; line: number; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [line]);
  const { from, to } = excerptRange(lines.length, line);
  return (
    <article className="project source-excerpt" aria-labelledby="source-excerpt-title">
      <h2 id="source-excerpt-title" tabIndex={-1} ref={heading}>
        {readingCheckText.sourceHeading(line)}
      </h2>
      <SourceLines lines={lines.slice(from - 1, to)} from={from} mark={line} />
      <button type="button" onClick={onClose}>
        {readingCheckText.closeSource}
      </button>
    </article>
  );
}
