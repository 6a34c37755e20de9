import type { ProjectNode } from '@shared/parser/types';
import { uiText } from '@shared/text/ui';
import type { OutlineUnit } from './outlineModel';

interface Props {
  units: OutlineUnit[];
  selectedKey: string | null;
  onSelect: (project: ProjectNode) => void;
}

/** Units with their projects, each with its budget. A list of buttons: Tab and Enter work. */
export function Outline({ units, selectedKey, onSelect }: Props) {
  const t = uiText.document;
  return (
    <nav className="outline" aria-label={t.outline}>
      {units.map((unit) => (
        <section key={unit.name} className="outline-unit">
          <h2>
            <span>{unit.name}</span>
            <span className="muted">
              {t.projects(unit.projects.length)}
              {unit.budgetThousandWon ? ` · ${uiText.money.short(unit.budgetThousandWon)}` : ''}
            </span>
          </h2>
          <ul>
            {unit.projects.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  className={p.key === selectedKey ? 'outline-item selected' : 'outline-item'}
                  aria-current={p.key === selectedKey ? 'true' : undefined}
                  onClick={() => onSelect(p)}
                >
                  <span className="item-no">{p.number}</span>
                  <span className="item-title">{p.title}</span>
                  <span className="item-meta">
                    {t.sections[p.section]}
                    {p.budget.thousandWon != null ? ` · ${uiText.money.short(p.budget.thousandWon)}` : p.budget.nonBudget ? ` · ${t.nonBudget}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
