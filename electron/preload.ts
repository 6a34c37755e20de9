/**
 * Preload (sandboxed, context-isolated): exposes exactly one small object, `window.council`,
 * with `invoke(method, args)` and `on(event, listener)` for a closed list of events.
 * `ipcRenderer` itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_EVENTS } from '@shared/api';
import type { CouncilBridge } from '@shared/bridge';

const bridge: CouncilBridge = {
  invoke: (method, args) => ipcRenderer.invoke('council:invoke', method, args),
  on(event, listener) {
    if (!API_EVENTS.includes(event)) throw new Error(`unknown event ${String(event)}`);
    const channel = `council:event:${event}`;
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
};

contextBridge.exposeInMainWorld('council', bridge);
