import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import type { UnitBudget } from '@shared/unitBudgets';

interface Props {
  units: UnitBudget[];
  onAskQuestion: (u: UnitBudget, body: string) => void;
  onOpenUnit: (u: UnitBudget) => void;
}

/**
 * Per unit, the sum of its projects' budgets as a horizontal bar chart made of plain divs. Each row
 * carries its figures as text, so screen readers read a list, not a picture.
 */
export function BudgetView({ units, onAskQuestion, onOpenUnit }: Props) {
  const t = workspaceText.budget;
  const money = uiText.money;
  const max = Math.max(1, ...units.map((u) => u.total));
  const total = units.reduce((s, u) => s + u.total, 0);
  return (
    <section className="budget-view" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <p className="budget-total">{t.total(money.short(total))}</p>
      <ul className="budget-chart" aria-label={t.chartLabel}>
        {units.map((u) => (
          <li key={u.unit} className={u.mismatch ? 'budget-row mismatch' : 'budget-row'}>
            <div className="budget-label">
              <button type="button" className="link" onClick={() => onOpenUnit(u)} aria-label={t.openUnit(u.unit)}>
                {u.label}
              </button>
              <span className="budget-amount">{u.total ? money.short(u.total) : t.noBudget}</span>
              <span className="muted small">{t.projects(u.withBudget, u.projectCount)}</span>
            </div>
            <div className="bar-track" aria-hidden="true">
              <div className="bar" style={{ width: `${(u.total / max) * 100}%` }} />
            </div>
            {u.table ? (
              u.mismatch ? (
                <div className="budget-flag" role="note">
                  <strong>! {t.mismatch}</strong>
                  <span>{t.mismatchDetail(money.thousandWon(u.table.total), money.thousandWon(u.plansTotal), money.thousandWon(Math.abs(u.table.total - u.plansTotal)))}</span>
                  <button
                    type="button"
                    className="small"
                    onClick={() => onAskQuestion(u, t.questionBody(u.unit, money.thousandWon(u.table!.total), money.thousandWon(u.plansTotal)))}
                  >
                    {t.askQuestion}
                  </button>
                </div>
              ) : (
                <p className="budget-ok">✓ {t.match}</p>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
