/**
 * Browser mode's `window.council`: the same interface as the Electron preload, carried over HTTP
 * to the local server. The per-run token arrives in the URL fragment once and is kept for the tab.
 */
import type { ApiError } from '@shared/api';
import { API_EVENTS } from '@shared/api';
import type { CouncilBridge } from '@shared/bridge';
import { uiText } from '@shared/text/ui';

const TOKEN_KEY = 'council-review-token';

export function readToken(): string {
  const match = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    // Keep the secret out of the address bar, history and screenshots.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpBridge(token: string): CouncilBridge {
  const offline = (message: string): ApiError => ({ ok: false, code: 'unavailable', message });
  return {
    async invoke(method, args) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Council-Token': token },
          body: JSON.stringify({ method, args }),
        });
        const body = (await response.json()) as { result?: unknown } & Partial<ApiError>;
        if ('result' in body) return body.result as never;
        return { ok: false, code: body.code ?? 'internal', message: body.message ?? uiText.errors.server } as never;
      } catch {
        return offline(uiText.errors.serverUnreachable) as never;
      }
    },
    on(event, listener) {
      if (!API_EVENTS.includes(event)) throw new Error(`unknown event ${String(event)}`);
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      source.addEventListener(event, handler);
      return () => source.close();
    },
  };
}
