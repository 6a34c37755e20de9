/**
 * Electron main process: wires the window, the IPC loop and the service layer. Logic lives in
 * electron/service/ (no electron imports there), so all of it also runs in browser mode and tests.
 */
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAppService } from './appService';
import { resolveDataDir } from './service/paths';
import { registerIpc } from './main/ipc';
import { createMainWindow, hardenSession } from './main/window';
import { cliText } from '@shared/text/cli';
import { uiText } from '@shared/text/ui';

const dataDir = resolveDataDir();
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => contents.setWindowOpenHandler(() => ({ action: 'deny' })));

  app.whenReady().then(async () => {
    const rendererIndexUrl = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
    hardenSession();
    // Takes the data folder's lock too (electron/service/lock.ts): browser mode or the CLI on the
    // same folder stops this start with a Korean message in the error box below.
    const { ctx, dispatch } = await openAppService(
      {
        dataDir,
        seedsDir: join(app.getAppPath(), 'seeds'),
        transport: 'electron',
        emit: (event, payload) => win?.webContents.send(`council:event:${event}`, payload),
        // The sync password goes to the OS keychain where Electron can reach one.
        ...(safeStorage.isEncryptionAvailable()
          ? { secrets: { seal: (plain: string) => safeStorage.encryptString(plain).toString('base64'), open: (sealed: string) => safeStorage.decryptString(Buffer.from(sealed, 'base64')) } }
          : {}),
      },
      import.meta.dirname,
    );
    app.on('will-quit', () => void ctx.store.close());
    registerIpc(dispatch, rendererIndexUrl);
    win = createMainWindow(join(import.meta.dirname, '../preload/preload.cjs'), rendererIndexUrl);
  }).catch((error: unknown) => {
    dialog.showErrorBox(uiText.appName, cliText.startFailed(String((error as Error)?.message ?? error)));
    app.quit();
  });
}
