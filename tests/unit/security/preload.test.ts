/**
 * Checklist 19 (and 3): the preload exposes exactly one small object, `window.council`, with
 * `invoke` and `on` for a closed list of events; ipcRenderer itself never reaches the page.
 */
import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const ipc = { invoke: vi.fn(async () => 'answer'), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => {
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) };
  return { contextBridge, ipcRenderer: ipc, default: { contextBridge, ipcRenderer: ipc } };
});

await import('../../../electron/preload');
const council = exposed.council as Record<string, (...a: unknown[]) => unknown>;

describe('preload bridge', () => {
  it('exposes only window.council with invoke and on, both plain functions', () => {
    expect(Object.keys(exposed)).toEqual(['council']);
    expect(Object.keys(council).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(council).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(council)).not.toContain(ipc);
  });

  it('sends every call over the one invoke channel', async () => {
    expect(await council.invoke!('library:list', {})).toBe('answer');
    expect(ipc.invoke).toHaveBeenCalledWith('council:invoke', 'library:list', {});
  });

  it('subscribes only to known events and never hands the IPC event object to the page', () => {
    expect(() => council.on!('anything', () => undefined)).toThrow();
    expect(() => council.on!('__proto__', () => undefined)).toThrow();
    const listener = vi.fn();
    const off = council.on!('progress', listener) as () => void;
    const [channel, wrapped] = ipc.on.mock.calls[0] as unknown as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe('council:event:progress');
    wrapped({ sender: 'ipc internals' }, { fraction: 0.5 });
    expect(listener).toHaveBeenCalledWith({ fraction: 0.5 });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith('council:event:progress', wrapped);
  });
});
