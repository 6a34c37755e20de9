import { useState } from 'react';
import { uiText } from '@shared/text/ui';
import { AppHeader } from './components/common/AppHeader';
import { usePrefs } from './state/prefs';
import { DocumentScreen } from './screens/DocumentScreen';
import { LibraryScreen } from './screens/LibraryScreen';

type Route = { screen: 'library' } | { screen: 'document'; id: string };

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [prefs, setPrefs] = usePrefs();
  return (
    <>
      <a className="skip-link" href="#main">
        {uiText.skipToContent}
      </a>
      <AppHeader prefs={prefs} onPrefs={setPrefs} onHome={() => setRoute({ screen: 'library' })} />
      <main id="main" tabIndex={-1}>
        {route.screen === 'library' ? (
          <LibraryScreen onOpen={(id) => setRoute({ screen: 'document', id })} />
        ) : (
          <DocumentScreen id={route.id} onBack={() => setRoute({ screen: 'library' })} />
        )}
      </main>
    </>
  );
}
