import type { ReactNode } from 'react';
import { workspaceText } from '@shared/text/workspace';

type Tab = 'read' | 'budget';
const TABS: Tab[] = ['read', 'budget'];

/** Two views of a document: project-by-project review and the budget at a glance (ARIA tabs, ←/→ switch). */
export function DocumentTabs({ tab, onTab, children }: { tab: Tab; onTab: (t: Tab) => void; children: ReactNode }) {
  const t = workspaceText.tabs;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t.label}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls="tab-panel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => onTab(name)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(TABS.indexOf(name) + 1) % TABS.length];
              onTab(next);
              requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
            }}
          >
            {t[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
        {children}
      </div>
    </>
  );
}
