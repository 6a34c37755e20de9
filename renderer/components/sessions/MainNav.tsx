import { exchangeNavText } from '@shared/text/exchange';
import { navText } from '@shared/text/secretary';
import { securityText } from '@shared/text/security';

export type NavScreen = 'library' | 'sessions' | 'secretary' | 'followups' | 'exchange' | 'security';

/** The header's screen switcher: 문서 목록 · 회기 · 질의답변 정리. */
export function MainNav({ active, onGo }: { active: string; onGo: (screen: NavScreen) => void }) {
  const items: [NavScreen, string][] = [
    ['library', navText.library],
    ['sessions', navText.sessions],
    ['secretary', navText.secretary],
    ['followups', exchangeNavText.followups],
    ['exchange', exchangeNavText.exchange],
    ['security', securityText.nav],
  ];
  return (
    <nav className="session-nav" aria-label={navText.label}>
      <ul>
        {items.map(([screen, label]) => (
          <li key={screen}>
            <button type="button" className={active === screen ? 'session-nav-active' : undefined} aria-current={active === screen ? 'page' : undefined} onClick={() => onGo(screen)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
