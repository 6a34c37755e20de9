import type { ProjectNode } from '@shared/parser/types';
import { uiText } from '@shared/text/ui';

/** One project: heading, unit, section, budget and its body text. */
export function ProjectReader({ project }: { project: ProjectNode }) {
  const t = uiText.document;
  const b = project.budget;
  return (
    <article className="project" aria-labelledby="project-title">
      <p className="project-path">{[...project.group, t.sections[project.section]].filter(Boolean).join(' › ')}</p>
      <h2 id="project-title">
        <span className="item-no">{project.number}</span> {project.title}
      </h2>
      <dl className="project-facts">
        <div>
          <dt>{uiText.library.columns.units}</dt>
          <dd>{project.unit}</dd>
        </div>
        <div>
          <dt>{t.budget}</dt>
          <dd>
            {b.thousandWon != null ? uiText.money.thousandWon(b.thousandWon) : b.nonBudget ? t.nonBudget : t.budgetUnknown}
            {b.sources.length ? ` (${b.sources.join('·')})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t.sourceText}</dt>
          <dd>{t.lines(project.position.start.line, project.position.end.line)}</dd>
        </div>
      </dl>
      <pre className="project-body">{project.body}</pre>
    </article>
  );
}
