import { useId, useState } from 'react';
import { ANNOTATION_STATUSES, ANNOTATION_TYPES } from '@shared/model/annotation';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import type { FilterOptions, Filters } from '../../state/filters';
import { activeFilterCount } from '../../state/filters';

interface Props {
  filters: Filters;
  options: FilterOptions;
  shown: number;
  total: number;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** The outline's filter box and, behind a disclosure button, the conditions (also used by the annotation lists). */
export function FilterBar({ filters, options, shown, total, onChange, onClear }: Props) {
  const t = workspaceText.filters;
  const id = useId();
  const [open, setOpen] = useState(activeFilterCount(filters) > 0);
  const active = activeFilterCount(filters);
  const select = (key: keyof Filters, label: string, values: { value: string; label: string }[]) => (
    <label className="filter-field">
      <span>{label}</span>
      <select value={filters[key]} onChange={(e) => onChange({ [key]: e.target.value } as Partial<Filters>)}>
        <option value="">{t.any}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));
  return (
    <div className="filter-bar">
      <label className="filter-text">
        <span className="sr-only">{workspaceText.outline.filterLabel}</span>
        <input type="search" value={filters.text} placeholder={workspaceText.outline.filterPlaceholder} onChange={(e) => onChange({ text: e.target.value })} />
      </label>
      <div className="filter-summary">
        <span role="status">{workspaceText.outline.showing(shown, total)}</span>
        <button type="button" className="ghost small" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
          {active ? t.active(active) : t.toggle} {open ? '▲' : '▼'}
        </button>
      </div>
      {open ? (
        <div className="filter-panel" id={`${id}-panel`}>
          {select('unit', t.unit, plain(options.units))}
          {select(
            'section',
            t.section,
            ['status', 'results', 'plans', 'other'].map((s) => ({ value: s, label: uiText.document.sections[s] })),
          )}
          {select('annotationType', t.annotationType, plain(ANNOTATION_TYPES))}
          {select('status', t.status, plain(ANNOTATION_STATUSES))}
          {select('member', t.member, options.members.map((m) => ({ value: m.id, label: m.name })))}
          {select('tag', t.tag, plain(options.tags))}
          {select('budget', t.budget, [
            { value: 'yes', label: t.budgetYes },
            { value: 'no', label: t.budgetNo },
          ])}
          {select('annotated', t.annotated, [
            { value: 'yes', label: t.annotatedYes },
            { value: 'no', label: t.annotatedNo },
          ])}
          <button type="button" className="small" onClick={onClear} disabled={active === 0 && !filters.text}>
            {t.clear}
          </button>
        </div>
      ) : null}
    </div>
  );
}
