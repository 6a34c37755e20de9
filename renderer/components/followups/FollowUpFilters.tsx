import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { followUpUiText } from '@shared/text/exchange';
import type { FollowUpFilters as Filters } from '../../state/followups';

interface Props {
  filters: Filters;
  sessions: SessionEntry[];
  committees: string[];
  units: string[];
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

export function FollowUpFilters({ filters, sessions, committees, units, onChange, onClear }: Props) {
  const t = followUpUiText.filters;
  const withCurrent = (list: string[], value: string) => (value && !list.includes(value) ? [value, ...list] : list);
  return (
    <fieldset className="fu-filters">
      <legend>{t.legend}</legend>
      <div className="fu-filter">
        <label htmlFor="fu-f-session">{t.session}</label>
        <select id="fu-f-session" value={filters.sessionId} onChange={(e) => onChange({ sessionId: e.target.value })}>
          <option value="">{t.all}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {`${sessionLabel(s)} ${s.committee}`}
            </option>
          ))}
        </select>
      </div>
      <div className="fu-filter">
        <label htmlFor="fu-f-committee">{t.committee}</label>
        <select id="fu-f-committee" value={filters.committee} onChange={(e) => onChange({ committee: e.target.value })}>
          <option value="">{t.all}</option>
          {withCurrent(committees, filters.committee).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="fu-filter">
        <label htmlFor="fu-f-unit">{t.unit}</label>
        <select id="fu-f-unit" value={filters.unit} onChange={(e) => onChange({ unit: e.target.value })}>
          <option value="">{t.all}</option>
          {withCurrent(units, filters.unit).map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <label className="xc-check fu-open-only">
        <input type="checkbox" checked={filters.openOnly} onChange={(e) => onChange({ openOnly: e.target.checked })} />
        {t.openOnly}
      </label>
      <button type="button" onClick={onClear}>
        {t.clear}
      </button>
    </fieldset>
  );
}
