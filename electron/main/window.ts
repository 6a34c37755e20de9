/**
 * The main window and its security settings (Electron's security checklist): context isolation,
 * sandbox, no Node in the renderer, web security on, CSP on every response, navigation and new
 * windows blocked, every permission request denied, nothing remote loaded.
 */
import { BrowserWindow, session } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { openExternalSafely, safeExternalUrl } from './external';
import { uiText } from '@shared/text/ui';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    title: uiText.appName,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  };
}

/** True only for the app's own pages, loaded from the packaged renderer folder. */
export function isAppUrl(url: string, rendererIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(rendererIndexUrl);
    return target.protocol === 'file:' && target.pathname === own.pathname;
  } catch {
    return false;
  }
}

export function hardenSession(ses: Session = session.defaultSession): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Nothing remote: any request that is not a local file or devtools is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const local = details.url.startsWith('file:') || details.url.startsWith('devtools:') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !local });
  });
}

/**
 * Navigation stays on the app's page and no window ever opens inside the app; an https link the
 * user follows (a click or window.open) is offered to the system browser after confirmation.
 */
export function hardenContents(
  contents: WebContents,
  rendererIndexUrl: string,
  openExternal: (url: string) => unknown = (url) => openExternalSafely(url),
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, rendererIndexUrl)) return;
    event.preventDefault();
    if (safeExternalUrl(url)) void openExternal(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (safeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(preloadPath: string, rendererIndexUrl: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  hardenContents(win.webContents, rendererIndexUrl, (url) => openExternalSafely(url, win));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererIndexUrl);
  return win;
}
