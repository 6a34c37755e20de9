import { useId, useMemo, useState } from 'react';
import { exchangeText } from '@shared/text/exchange';
import { uiText } from '@shared/text/ui';
import { projectLabel, searchProjects } from '../../state/exchange';

export interface PickerProject {
  id: string;
  unit: string;
  section: string;
  number: string;
  title: string;
}

interface Props {
  projects: PickerProject[];
  value: string;
  onChange: (projectId: string) => void;
}

/** A searchable select: a search box narrowing a list box of projects (keyboard: type, Tab, arrows). */
export function ProjectPicker({ projects, value, onChange }: Props) {
  const t = exchangeText.orphans;
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchProjects(projects, query), [projects, query]);
  return (
    <div className="xc-picker">
      <div className="xc-field">
        <label htmlFor={`${id}-q`}>{t.search}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          aria-describedby={`${id}-hint ${id}-count`}
          aria-controls={`${id}-list`}
          onChange={(e) => {
            const q = e.target.value;
            setQuery(q);
            const next = searchProjects(projects, q);
            if (next.length === 1) onChange(next[0]!.id);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && shown.length) {
              e.preventDefault();
              if (!shown.some((p) => p.id === value)) onChange(shown[0]!.id);
              document.getElementById(`${id}-list`)?.focus();
            }
          }}
        />
        <span id={`${id}-hint`} className="xc-muted xc-small">
          {t.searchHint}
        </span>
      </div>
      <div className="xc-field">
        <label htmlFor={`${id}-list`}>{t.project}</label>
        <select id={`${id}-list`} size={Math.min(8, Math.max(3, shown.length))} value={shown.some((p) => p.id === value) ? value : ''} onChange={(e) => onChange(e.target.value)}>
          {shown.map((p) => (
            <option key={p.id} value={p.id}>
              {projectLabel({ unit: p.unit, number: p.number, title: p.title, sectionName: uiText.document.sections[p.section] })}
            </option>
          ))}
        </select>
        <span id={`${id}-count`} className="xc-muted xc-small" aria-live="polite">
          {shown.length ? t.projectCount(shown.length, projects.length) : t.noMatch}
        </span>
      </div>
    </div>
  );
}
