import { useRef, useState } from 'react';
import type { ProjectDetail, ProjectHead } from '@shared/model/library';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import { ContinuityNote } from './ContinuityNote';
import { DataTable } from './DataTable';
import { FieldBlock } from './FieldBlock';
import { QuoteButton } from './QuoteButton';
import { SourceLines } from './SourceLines';
import type { DetailState } from '../../state/documentParts';

interface Props {
  project: ProjectHead;
  /** Its fields, tables and source lines (document:project); undefined while they are asked for. */
  detail: DetailState | undefined;
  linked?: ProjectHead;
  linkedDetail?: DetailState;
  onOpenProject: (p: ProjectHead) => void;
  onQuote: (quote: string) => void;
}

function budgetText(p: ProjectHead): string {
  const b = p.budget;
  const t = uiText.document;
  if (b.thousandWon == null) return b.nonBudget ? t.nonBudget : t.budgetUnknown;
  const parts = Object.entries(b.bySource).map(([k, v]) => `${k} ${uiText.money.thousandWon(v)}`);
  const sources = parts.length ? parts.join(', ') : b.sources.join('·');
  return `${uiText.money.thousandWon(b.thousandWon)}${sources ? ` (${sources})` : ''}`;
}

/** The project's fields, each as its own labelled block, plus any table not inside a field. */
function ProjectFields({ detail, level }: { detail: DetailState | undefined; level: 3 | 4 }) {
  if (!detail) return <p className="muted" role="status">{uiText.loading}</p>;
  if ('error' in detail) return <p role="alert">{detail.error}</p>;
  const project: ProjectDetail = detail.detail;
  const inFields = new Set(project.fields.flatMap((f) => f.tables.map((x) => x.position.start.offset)));
  const loose = project.tables.filter((tb) => !inFields.has(tb.position.start.offset));
  return (
    <>
      {project.fields.length === 0 ? <p className="muted">{workspaceText.reader.noFields}</p> : null}
      {project.fields.map((f, i) => (
        <FieldBlock key={i} field={f} headingLevel={level} />
      ))}
      {loose.map((tb, i) => (
        <DataTable key={`t${i}`} table={tb} fallbackCaption={workspaceText.reader.tableCaption(i + 1)} />
      ))}
    </>
  );
}

/** One project: heading, facts, summary, continuity, labelled fields, and the source lines on demand. */
export function ProjectReader({ project, detail, linked, linkedDetail, onOpenProject, onQuote }: Props) {
  const t = workspaceText.reader;
  const ref = useRef<HTMLElement>(null);
  const [showSource, setShowSource] = useState(false);
  const [sideBySide, setSideBySide] = useState(false);
  const { start, end } = project.position;
  return (
    <article className="project" aria-labelledby="project-title" aria-busy={!detail} ref={ref}>
      <p className="project-path">{[...project.group, uiText.document.sections[project.section]].filter(Boolean).join(' › ')}</p>
      <h2 id="project-title" tabIndex={-1}>
        <span className="item-no">{project.number}</span> {project.title}
        {project.titleExtra ? <span className="muted"> {project.titleExtra}</span> : null}
      </h2>
      <dl className="project-facts">
        <div>
          <dt>{t.unit}</dt>
          <dd>{project.unit || '—'}</dd>
        </div>
        <div>
          <dt>{t.section}</dt>
          <dd>{uiText.document.sections[project.section]}</dd>
        </div>
        <div>
          <dt>{t.budget}</dt>
          <dd>{budgetText(project)}</dd>
        </div>
      </dl>
      {project.summary ? (
        <p className="project-summary">
          <span className="sr-only">{t.summary}: </span>
          {project.summary}
        </p>
      ) : null}
      {linked ? <ContinuityNote project={project} linked={linked} sideBySide={sideBySide} onToggleSideBySide={() => setSideBySide(!sideBySide)} onOpen={onOpenProject} /> : null}
      <p className="hint quote-hint">{t.quoteHint}</p>
      {linked && sideBySide ? (
        <div className="side-by-side">
          <div>
            <ProjectFields detail={detail} level={3} />
          </div>
          <section className="linked-project" aria-labelledby="linked-title">
            <h3 id="linked-title">
              {uiText.document.sections[linked.section]} · {linked.number}. {linked.title}
            </h3>
            <ProjectFields detail={linkedDetail} level={4} />
          </section>
        </div>
      ) : (
        <ProjectFields detail={detail} level={3} />
      )}
      <div className="source-toggle">
        <button type="button" aria-expanded={showSource} onClick={() => setShowSource(!showSource)}>
          {showSource ? t.hideSource : t.showSource} ({uiText.document.lines(start.line, end.line)})
        </button>
      </div>
      {showSource && detail && 'detail' in detail ? <SourceLines lines={detail.detail.sourceLines} from={start.line} /> : null}
      <QuoteButton container={ref} onQuote={onQuote} />
    </article>
  );
}
