import { useState } from 'react';
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

type Route = { screen: 'library' } | { screen: 'sessions' } | { screen: 'followups' } | { screen: 'exchange'; section?: 'orphans' } | { screen: 'secretary'; sessionId?: string } | { screen: 'document'; id: string; focus?: { projectId: string; nonce: number } };
type Overlay = null | 'search' | 'help' | 'add-member';

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [prefs, setPrefs] = usePrefs();
  const members = useMembers();
  const firstRun = members.loaded && !members.error && members.list.length === 0;
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
        member={<MemberSwitcher members={members.list} current={members.current} onSwitch={(id) => void members.switchTo(id)} onAdd={() => setOverlay('add-member')} />}
      />
      <main id="main" tabIndex={-1}>
        {route.screen === 'exchange' ? (
          <ExchangeScreen member={members.current} section={route.section} />
        ) : route.screen === 'followups' ? (
          <FollowUpScreen />
        ) : route.screen === 'sessions' ? (
          <SessionsScreen onOpenTable={(sessionId) => setRoute({ screen: 'secretary', sessionId })} />
        ) : route.screen === 'secretary' ? (
          <SecretaryScreen sessionId={route.sessionId} currentMemberId={members.current?.id} onSessionChange={(sessionId) => setRoute({ screen: 'secretary', sessionId })} />
        ) : route.screen === 'library' ? (
          <LibraryScreen onOpen={(id) => setRoute({ screen: 'document', id })} />
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
