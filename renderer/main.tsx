import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createHttpBridge, readToken } from './api/httpBridge';
import './styles/app.css';

// In Electron the preload has already put `window.council` in place; in browser mode we add the
// HTTP-backed twin, so nothing below can tell the two transports apart.
if (!('council' in window)) {
  (window as Window).council = createHttpBridge(readToken());
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
