import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: mock exactly its boundary and check what the main process asks of it.
const created: { options: Record<string, unknown>; handlers: Record<string, (...a: unknown[]) => unknown>; windowOpen?: (d: unknown) => unknown }[] = [];
const sessionHooks: Record<string, (...a: unknown[]) => unknown> = {};

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const entry: (typeof created)[number] = { options, handlers: {} };
      created.push(entry);
      this.webContents = {
        on: (name: string, fn: (...a: unknown[]) => unknown) => (entry.handlers[name] = fn),
        setWindowOpenHandler: (fn: (d: unknown) => unknown) => (entry.windowOpen = fn),
      };
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (fn: (...a: unknown[]) => unknown) => (sessionHooks.headers = fn),
        onBeforeRequest: (fn: (...a: unknown[]) => unknown) => (sessionHooks.request = fn),
      },
      setPermissionRequestHandler: (fn: (...a: unknown[]) => unknown) => (sessionHooks.permission = fn),
      setPermissionCheckHandler: (fn: (...a: unknown[]) => unknown) => (sessionHooks.permissionCheck = fn),
    },
  };
  return { BrowserWindow, session, default: { BrowserWindow, session } };
});

const { createMainWindow, hardenSession, isAppUrl } = await import('../../../electron/main/window');
const INDEX = 'file:///opt/app/resources/app.asar/out/renderer/index.html';

describe('Electron main window security', () => {
  beforeEach(() => (created.length = 0));

  it('should isolate and sandbox the renderer with no Node access', () => {
    createMainWindow('/opt/app/preload.cjs', INDEX);
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/app/preload.cjs',
    });
  });

  it('should block navigation away from the app and every new window', () => {
    createMainWindow('/p.cjs', INDEX);
    const { handlers, windowOpen } = created[0]!;
    const away = { preventDefault: vi.fn() };
    handlers['will-navigate']!(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    handlers['will-navigate']!(home, INDEX);
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(windowOpen!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('should send a strict CSP, deny permissions and cancel remote requests', () => {
    hardenSession();
    let headers: Record<string, string[]> = {};
    sessionHooks.headers!({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
    const csp = headers['Content-Security-Policy']![0]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    let allowed: boolean | undefined;
    sessionHooks.permission!({}, 'media', (ok: boolean) => (allowed = ok));
    expect(allowed).toBe(false);
    let cancelled: boolean | undefined;
    sessionHooks.request!({ url: 'https://tracker.example/x.js' }, (r: { cancel: boolean }) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
    sessionHooks.request!({ url: INDEX }, (r: { cancel: boolean }) => (cancelled = r.cancel));
    expect(cancelled).toBe(false);
  });

  it('should recognise only the packaged index page as the app', () => {
    expect(isAppUrl(INDEX, INDEX)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', INDEX)).toBe(false);
    expect(isAppUrl('not a url', INDEX)).toBe(false);
  });
});
