/**
 * Checklist 16: the sender of every IPC message is validated. Only the app's own page may call
 * the API; anything else gets `forbidden` and the dispatcher never runs. Electron is mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers: Record<string, (...a: unknown[]) => unknown> = {};
vi.mock('electron', () => {
  const ipcMain = { handle: (channel: string, fn: (...a: unknown[]) => unknown) => (handlers[channel] = fn) };
  return { ipcMain, BrowserWindow: class {}, session: {}, dialog: {}, shell: {}, default: { ipcMain } };
});

const { registerIpc, INVOKE_CHANNEL } = await import('../../../electron/main/ipc');
const INDEX = 'file:///opt/app/resources/app.asar/out/renderer/index.html';
const dispatch = vi.fn(async (method: unknown, args: unknown) => ({ method, args }));

beforeEach(() => {
  dispatch.mockClear();
  registerIpc(dispatch, INDEX);
});

const invoke = (senderFrame: unknown, method: unknown = 'library:list', args: unknown = {}) =>
  handlers[INVOKE_CHANNEL]!({ senderFrame } as never, method, args);

describe('IPC sender validation', () => {
  it('registers exactly one channel', () => {
    expect(Object.keys(handlers)).toEqual([INVOKE_CHANNEL]);
  });

  it("passes calls from the app's own page to the dispatcher", async () => {
    expect(await invoke({ url: INDEX }, 'library:list', { a: 1 })).toEqual({ method: 'library:list', args: { a: 1 } });
    expect(await invoke({ url: `${INDEX}#/library` })).toMatchObject({ method: 'library:list' });
    expect(dispatch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['another local file', { url: 'file:///tmp/evil.html' }],
    ['a file beside the app page', { url: 'file:///opt/app/resources/app.asar/out/renderer/other.html' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['a web page pretending with the path', { url: 'https://evil.example/opt/app/resources/app.asar/out/renderer/index.html' }],
    ['about:blank', { url: 'about:blank' }],
    ['a data: page', { url: 'data:text/html,<script>1</script>' }],
    ['an empty url', { url: '' }],
    ['a destroyed frame (null)', null],
    ['no frame at all', undefined],
  ])('refuses %s with forbidden, without running anything', async (_label, frame) => {
    expect(await invoke(frame)).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/[가-힣]/) });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
