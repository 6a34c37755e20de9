import type { ApiArgs, ApiEvent, ApiEvents, ApiMethod, ApiResponse } from './api';

/**
 * The object the renderer sees as `window.council`, whichever transport backs it: the Electron
 * preload (IPC) or the browser-mode client (HTTP). Outside tools and tests drive the app through it.
 */
export interface CouncilBridge {
  invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResponse<M>>;
  /** Subscribe to a service event; returns the unsubscribe function. */
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

declare global {
  interface Window {
    council: CouncilBridge;
  }
}
