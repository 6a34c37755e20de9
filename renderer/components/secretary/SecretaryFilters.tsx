import { useId } from 'react';
import { secretaryText } from '@shared/text/secretary';
import type { Filters } from './secretaryModel';
import { EMPTY_VALUE, NO_FILTERS } from './secretaryModel';

interface Props {
  filters: Filters;
  options: Record<keyof Filters, string[]>;
  onChange: (f: Filters) => void;
}

const KEYS: (keyof Filters)[] = ['unit', 'member', 'type', 'status', 'actionStatus'];

/** Filter the table by 부서, 의원, 구분, 답변상태, 조치상태. */
export function SecretaryFilters({ filters, options, onChange }: Props) {
  const t = secretaryText.filters;
  const id = useId();
  const active = KEYS.some((k) => filters[k]);
  return (
    <fieldset className="sec-filters">
      <legend>{t.legend}</legend>
      {KEYS.map((key) => (
        <div key={key} className="sec-filter">
          <label htmlFor={`${id}-${key}`}>{t[key]}</label>
          <select id={`${id}-${key}`} value={filters[key]} onChange={(e) => onChange({ ...filters, [key]: e.target.value })}>
            <option value="">{t.all}</option>
            {options[key].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
            {key === 'actionStatus' ? <option value={EMPTY_VALUE}>{t.none}</option> : null}
          </select>
        </div>
      ))}
      <button type="button" className="sec-filter-clear" onClick={() => onChange(NO_FILTERS)} disabled={!active}>
        {t.clear}
      </button>
    </fieldset>
  );
}
