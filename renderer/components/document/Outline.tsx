import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ProjectHead } from '@shared/model/library';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import type { OutlineRow } from './outlineModel';
import { visibleRange } from './outlineModel';

/** Height of every outline row in rem; CSS (`.outline-row`) uses the same value. */
export const ROW_REM = 3.75;

interface Props {
  rows: OutlineRow[];
  selectedKey: string | null;
  onSelect: (project: ProjectHead) => void;
  /** Filter box and conditions, shown above the list. */
  header: React.ReactNode;
  emptyText: string;
}

function rootPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The outline tree (group → section → project) as a windowed list: rows have one fixed height in
 * rem, so positions are `index × ROW_REM` whatever the text size, and only rows in view are mounted.
 */
export function Outline({ rows, selectedKey, onSelect, header, emptyText }: Props) {
  const t = uiText.document;
  const w = workspaceText.outline;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800, row: ROW_REM * 16 });

  const measure = () => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight, row: ROW_REM * rootPx() });
  };
  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el) return;
    // Fires on window resize and on text-size changes (the spacer's height is in rem).
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  // Keep the selected project in view, and keep keyboard focus on it when focus was in the list.
  const selectedIndex = rows.findIndex((r) => r.kind === 'project' && r.id === selectedKey);
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    // view.row is measured (and kept current on text-size changes): no style read here.
    const row = view.row;
    const top = selectedIndex * row;
    // Out of view: bring it near the top (the sticky outline's lower part may be below the window edge).
    if (top < el.scrollTop || top + row > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - 2 * row);
      measure();
    }
    if (el.contains(document.activeElement) && document.activeElement !== el) {
      requestAnimationFrame(() => el.querySelector<HTMLButtonElement>('button[aria-current="true"]')?.focus());
    }
  }, [selectedIndex, view.row]); // eslint-disable-line react-hooks/exhaustive-deps

  const [first, last] = visibleRange(view.top, view.height, view.row, rows.length);
  const projectCount = rows.filter((r) => r.kind === 'project').length;

  return (
    <nav className="outline" aria-label={t.outline}>
      {header}
      {rows.length === 0 ? <p className="outline-empty">{emptyText}</p> : null}
      <div
        className="outline-scroll"
        ref={scroller}
        onScroll={measure}
      >
        <div className="outline-spacer" role="list" aria-label={w.showing(projectCount, projectCount)} style={{ height: `${rows.length * ROW_REM}rem` }}>
          {rows.slice(first, last).map((row, i) => {
            const style = { top: `${(first + i) * ROW_REM}rem` };
            if (row.kind === 'group')
              return (
                <div key={row.id} className="outline-row outline-group" style={style} role="listitem">
                  <span className="group-name">{row.label}</span>
                  <span className="muted">
                    {t.projects(row.count)}
                    {row.budgetThousandWon ? ` · ${uiText.money.short(row.budgetThousandWon)}` : ''}
                    {row.annotations ? ` · ${w.annotated(row.annotations)}` : ''}
                  </span>
                </div>
              );
            if (row.kind === 'section')
              return (
                <div key={row.id} className="outline-row outline-section" style={style} role="listitem">
                  {t.sections[row.section] ?? row.section} · {row.count}
                </div>
              );
            const p = row.project;
            const selected = p.key === selectedKey;
            return (
              <div key={row.id} className="outline-row" style={style} role="listitem">
                <button type="button" className={selected ? 'outline-item selected' : 'outline-item'} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(p)} title={p.title}>
                  <span className="item-no">{p.number}</span>
                  <span className="item-title">{p.title}</span>
                  <span className="item-meta">
                    <span>{p.unit}</span>
                    {p.budget.thousandWon != null ? <span>{uiText.money.short(p.budget.thousandWon)}</span> : p.budget.nonBudget ? <span>{t.nonBudget}</span> : null}
                    {row.annotations ? <span className="note-badge">{w.annotatedBadge(row.annotations)}</span> : null}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}
