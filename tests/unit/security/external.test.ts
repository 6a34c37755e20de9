/**
 * Checklist 12–14: links leave the app only as https, only after the user confirms, and only in
 * the system browser; navigation and new windows inside the app are refused. Electron is mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
const openExternal = vi.fn();
vi.mock('electron', () => {
  const dialog = { showMessageBox: (...a: unknown[]) => showMessageBox(...a) };
  const shell = { openExternal: (...a: unknown[]) => openExternal(...a) };
  class BrowserWindow {}
  return { dialog, shell, BrowserWindow, session: {}, default: { dialog, shell, BrowserWindow } };
});

const { openExternalSafely, safeExternalUrl } = await import('../../../electron/main/external');
const { hardenContents } = await import('../../../electron/main/window');
const INDEX = 'file:///opt/app/resources/app.asar/out/renderer/index.html';

beforeEach(() => {
  showMessageBox.mockReset();
  openExternal.mockReset().mockResolvedValue(undefined);
});

describe('openExternalSafely', () => {
  it('opens an https link in the system browser after the user confirms, showing the host', async () => {
    showMessageBox.mockResolvedValue({ response: 0 });
    const win = {};
    expect(await openExternalSafely('https://www.law.go.kr/법령/지방자치법', win as never)).toBe(true);
    const [parent, options] = showMessageBox.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({ type: 'question', defaultId: 1, cancelId: 1, buttons: ['브라우저에서 열기', '취소'] });
    expect(options.detail).toContain('사이트: www.law.go.kr');
    expect(openExternal).toHaveBeenCalledWith(new URL('https://www.law.go.kr/법령/지방자치법').href);
  });

  it('does nothing when the user cancels', async () => {
    showMessageBox.mockResolvedValue({ response: 1 });
    expect(await openExternalSafely('https://example.com/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'https://bank.example@evil.example/',
    'https://user:pw@example.com/',
    `https://example.com/${'a'.repeat(3000)}`,
    'https://exa mple.com/',
    'not a url',
    '',
  ])('refuses %s without even asking', async (url) => {
    expect(await openExternalSafely(url)).toBe(false);
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses non-strings and shows punycode for look-alike hosts', async () => {
    expect(safeExternalUrl(42)).toBeNull();
    expect(safeExternalUrl({ href: 'https://x' })).toBeNull();
    expect(safeExternalUrl('https://раураl.com/')?.hostname).toMatch(/^xn--/);
  });

  it('asks one question at a time: a page cannot flood the user with dialogs', async () => {
    let answer: (v: { response: number }) => void = () => undefined;
    showMessageBox.mockReturnValue(new Promise((r) => (answer = r)));
    const first = openExternalSafely('https://example.com/1');
    expect(await openExternalSafely('https://example.com/2')).toBe(false);
    answer({ response: 0 });
    expect(await first).toBe(true);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('navigation and new windows of the main window', () => {
  function contents() {
    const on: Record<string, (...a: unknown[]) => unknown> = {};
    let windowOpen: ((d: { url: string }) => unknown) | undefined;
    const opened: string[] = [];
    hardenContents(
      { on: (name: string, fn: (...a: unknown[]) => unknown) => (on[name] = fn), setWindowOpenHandler: (fn: typeof windowOpen) => (windowOpen = fn) } as never,
      INDEX,
      (url) => opened.push(url),
    );
    return { on, windowOpen: windowOpen!, opened };
  }

  it('keeps the page on the app and offers an https link to the browser instead', () => {
    const { on, opened } = contents();
    const https = { preventDefault: vi.fn() };
    on['will-navigate']!(https, 'https://example.com/');
    expect(https.preventDefault).toHaveBeenCalled();
    expect(opened).toEqual(['https://example.com/']);
    for (const url of ['file:///etc/passwd', 'http://example.com/', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() };
      on['will-navigate']!(event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(opened).toHaveLength(1);
    const home = { preventDefault: vi.fn() };
    on['will-navigate']!(home, INDEX);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window; https ones go to the browser after confirmation', () => {
    const { windowOpen, opened } = contents();
    expect(windowOpen({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'about:blank' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('refuses redirects and <webview>', () => {
    const { on } = contents();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      on[name]!(event, 'https://example.com/');
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });
});
