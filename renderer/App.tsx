import { useCallback, useState } from 'react';
import { uiText } from '@shared/text/ui';
import './actions/builtin';
import { useCommandHandlers, useKeyboardCommands } from './actions/keyboard';
import { listActions } from './actions/registry';
import { AppHeader } from './components/common/AppHeader';
import { HelpOverlay } from './components/common/HelpOverlay';
import { MemberSwitcher } from './components/members/MemberSwitcher';
import { ProfileDialog } from './components/members/ProfileDialog';
import { useMembers } from './state/members';
import { usePrefs } from './state/prefs';
import { DocumentScreen } from './screens/DocumentScreen';
import { LibraryScreen } from './screens/LibraryScreen';
import { SearchOverlay } from './screens/SearchOverlay';
import { SecretaryScreen } from './screens/SecretaryScreen';
import { SessionsScreen } from './screens/SessionsScreen';
import { MainNav } from './components/sessions/MainNav';
import { ExchangeScreen } from './screens/ExchangeScreen';
import { FollowUpScreen } from './screens/FollowUpScreen';
import { securityText } from '@shared/text/security';
import { LockScreen } from './screens/LockScreen';
import { SecurityScreen } from './screens/SecurityScreen';
import type { SecurityControls } from './state/security';
import { useSecurity } from './state/security';
import type { Prefs } from './state/prefs';
import type { CheckTarget, DocumentFocus } from './components/check/readingCheckModel';
import { focusOf } from './components/check/readingCheckModel';

type Route = { screen: 'library' } | { screen: 'sessions' } | { screen: 'followups' } | { screen: 'security' } | { screen: 'exchange'; section?: 'orphans' } | { screen: 'secretary'; sessionId?: string } | { screen: 'document'; id: string; focus?: DocumentFocus };
type Overlay = null | 'search' | 'help' | 'add-member';

/**
 * The PIN lock decides first: while locked only the lock screen exists (the workspace and all it
 * loaded are unmounted), and it comes back fresh after unlocking.
 */
export function App() {
  const [prefs, setPrefs] = usePrefs();
  const security = useSecurity();
  if (!security.status) return security.error ? <p className="form-error" role="alert">{security.error}</p> : null;
  if (security.status.locked) return <LockScreen status={security.status} onStatus={security.setStatus} prefs={prefs} onPrefs={setPrefs} />;
  return <Workspace prefs={prefs} setPrefs={setPrefs} security={security} />;
}

function Workspace({ prefs, setPrefs, security }: { prefs: Prefs; setPrefs: (change: Partial<Prefs>) => void; security: SecurityControls }) {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [overlay, setOverlay] = useState<Overlay>(null);
  const members = useMembers();
  const firstRun = members.loaded && !members.error && members.list.length === 0;
  // Stable, so the library's table is not drawn again when only the screen shown changes.
  const openFromLibrary = useCallback(
    (id: string, target?: CheckTarget) => setRoute({ screen: 'document', id, ...(target ? { focus: focusOf(id, target, Date.now()) } : {}) }),
    [],
  );
  useKeyboardCommands();
  useCommandHandlers(firstRun ? {} : { openSearch: () => setOverlay('search'), openHelp: () => setOverlay('help') });

  return (
    <>
      <a className="skip-link" href="#main">
        {uiText.skipToContent}
      </a>
      <AppHeader
        prefs={prefs}
        onPrefs={setPrefs}
        onHome={() => setRoute({ screen: 'library' })}
        onSearch={() => setOverlay('search')}
        onHelp={() => setOverlay('help')}
        nav={<MainNav active={route.screen} onGo={(screen) => setRoute({ screen })} />}
        lock={
          security.status?.enabled ? (
            <button type="button" className="pin-lock-now" onClick={() => void security.lockNow()} aria-label={securityText.lockNowLabel}>
              {securityText.lockNow}
            </button>
          ) : null
        }
        member={<MemberSwitcher members={members.list} current={members.current} onSwitch={(id) => void members.switchTo(id)} onAdd={() => setOverlay('add-member')} />}
      />
      <main id="main" tabIndex={-1}>
        {/* The library stays mounted while another screen shows: going back finds it as it was left
            (scroll, filters), and opening a document does not first tear down 400 rows (40 ms).
            .kept-screen keeps its layout while hidden (app.css). */}
        <div className="kept-screen" hidden={route.screen !== 'library'}>
          <LibraryScreen active={route.screen === 'library'} onOpen={openFromLibrary} />
        </div>
        {route.screen === 'library' ? null : route.screen === 'security' ? (
          security.status ? <SecurityScreen status={security.status} onStatus={security.setStatus} memberName={members.current?.name} /> : null
        ) : route.screen === 'exchange' ? (
          <ExchangeScreen member={members.current} section={route.section} />
        ) : route.screen === 'followups' ? (
          <FollowUpScreen />
        ) : route.screen === 'sessions' ? (
          <SessionsScreen onOpenTable={(sessionId) => setRoute({ screen: 'secretary', sessionId })} />
        ) : route.screen === 'secretary' ? (
          <SecretaryScreen sessionId={route.sessionId} currentMemberId={members.current?.id} onSessionChange={(sessionId) => setRoute({ screen: 'secretary', sessionId })} />
        ) : (
          <DocumentScreen key={route.id} id={route.id} focus={route.focus} member={members.current} onBack={() => setRoute({ screen: 'library' })} onOpenOrphans={() => setRoute({ screen: 'exchange', section: 'orphans' })} />
        )}
      </main>
      {firstRun || overlay === 'add-member' ? (
        <ProfileDialog
          firstRun={firstRun}
          onSubmit={async (profile) => {
            await members.create(profile);
            setOverlay(null);
          }}
          onCancel={() => setOverlay(null)}
        />
      ) : null}
      {overlay === 'search' && !firstRun ? (
        <SearchOverlay
          onClose={() => setOverlay(null)}
          onOpenHit={(hit) => {
            setOverlay(null);
            setRoute({ screen: 'document', id: hit.documentId, focus: { projectId: hit.projectId, nonce: Date.now() } });
          }}
        />
      ) : null}
      {overlay === 'help' ? <HelpOverlay actions={listActions()} onClose={() => setOverlay(null)} /> : null}
    </>
  );
}
