/**
 * Runs before the rest of the renderer's code is evaluated (main.tsx imports it first): puts the
 * transport in place and sends the calls every start makes, so their answers are on the way
 * while React and the screens load (~100 ms) instead of after the first render.
 */
import { sendEarly } from './api/client';
import { createHttpBridge, readToken } from './api/httpBridge';

// In Electron the preload has already put `window.council` in place; in browser mode we add the
// HTTP-backed twin, so nothing below can tell the two transports apart.
if (!('council' in window)) {
  (window as Window).council = createHttpBridge(readToken());
}

sendEarly('security:status', {});
sendEarly('library:list', {});
sendEarly('member:list', {});
