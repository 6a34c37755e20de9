import type { ReactNode } from 'react';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import type { Prefs } from '../../state/prefs';
import { stepTextScale } from '../../state/prefs';

interface Props {
  prefs: Prefs;
  onPrefs: (change: Partial<Prefs>) => void;
  onHome: () => void;
  onSearch: () => void;
  onHelp: () => void;
  /** The profile switcher. */
  member: ReactNode;
  /** The screen switcher (문서 목록 · 회기 · 질의답변 정리). */
  nav?: ReactNode;
  /** 지금 잠그기, when the PIN lock is on. */
  lock?: ReactNode;
}

export function AppHeader({ prefs, onPrefs, onHome, onSearch, onHelp, member, nav, lock }: Props) {
  const t = uiText.settings;
  return (
    <header className="app-header">
      <button type="button" className="app-title" onClick={onHome}>
        <span className="app-name">{uiText.appName}</span>
        <span className="app-tagline">{uiText.appTagline}</span>
      </button>
      {nav}
      <div className="header-tools">
        <button type="button" onClick={onSearch} aria-keyshortcuts="Control+K /">
          {workspaceText.search.open}
        </button>
        {member}
        {lock}
        <button type="button" className="ghost" onClick={onHelp} aria-keyshortcuts="?" aria-label={workspaceText.help.open}>
          ?
        </button>
      </div>
      <div className="header-tools" role="group" aria-label={t.label}>
        <span className="text-size" aria-live="polite">
          {t.textSize} {t.textSizeValue(prefs.textScale)}
        </span>
        <button type="button" onClick={() => onPrefs({ textScale: stepTextScale(prefs.textScale, -1) })} aria-label={t.smaller} disabled={prefs.textScale <= 100}>
          가−
        </button>
        <button type="button" onClick={() => onPrefs({ textScale: stepTextScale(prefs.textScale, 1) })} aria-label={t.larger} disabled={prefs.textScale >= 200}>
          가+
        </button>
        <label className="toggle">
          <input type="checkbox" checked={prefs.highContrast} onChange={(e) => onPrefs({ highContrast: e.target.checked })} />
          {t.highContrast}
        </label>
      </div>
    </header>
  );
}
