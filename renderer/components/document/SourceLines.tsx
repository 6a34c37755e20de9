import { workspaceText } from '@shared/text/workspace';

/** The project's lines of the original text, with their line numbers; `mark` highlights one line. */
export function SourceLines({ lines, from, mark }: { lines: string[]; from: number; mark?: number }) {
  const t = workspaceText.reader;
  return (
    <section className="source" aria-label={t.sourceHeading(from, from + lines.length - 1)}>
      <h3 className="field-label">{t.sourceHeading(from, from + lines.length - 1)}</h3>
      <ol className="source-lines" start={from}>
        {lines.map((line, i) => (
          <li key={i} className={from + i === mark ? 'marked' : undefined} aria-current={from + i === mark ? 'location' : undefined}>
            {line || '\u00a0'}
          </li>
        ))}
      </ol>
    </section>
  );
}
