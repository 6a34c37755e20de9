/**
 * Browser mode's HTTP transport: serves the built renderer and the API on 127.0.0.1 only.
 *
 * Every API call must carry the per-run secret token (printed once, in the URL fragment), and
 * requests whose Host or Origin is not this server are refused, so neither another web page
 * (DNS rebinding, cross-origin posts) nor a local program without the URL can drive the app.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiEvent, ApiEvents } from '@shared/api';
import { MAX_BASE64_CHARS, MAX_BUNDLE_BASE64_CHARS } from '@shared/api.schemas';
import { apiText } from '@shared/text/api';
import type { Dispatch } from '../dispatch';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
  port: number;
}

export interface WebServer {
  server: Server;
  url: string;
  port: number;
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
  close(): Promise<void>;
}

// The largest argument any method takes (a review bundle), plus room for the JSON around it.
const MAX_BODY_BYTES = Math.max(MAX_BASE64_CHARS, MAX_BUNDLE_BASE64_CHARS) + 64 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const listeners = new Set<ServerResponse>();
  let port = options.port;
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('web request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: 'internal', message: apiText.internal });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!isOwnHost(req.headers.host, port) || !isOwnOrigin(req.headers.origin, port)) {
      await discardBody(req);
      sendJson(res, 403, { ok: false, code: 'forbidden', message: apiText.forbidden });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/invoke') return invoke(req, res);
    if (url.pathname === '/api/events') return events(url, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await discardBody(req);
      res.writeHead(405).end();
      return;
    }
    return serveStatic(url.pathname, res);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      await discardBody(req);
      res.writeHead(405).end();
      return;
    }
    if (!tokenMatches(req.headers['x-council-token'], options.token)) {
      await discardBody(req);
      sendJson(res, 403, { ok: false, code: 'forbidden', message: apiText.forbidden });
      return;
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      await discardBody(req);
      sendJson(res, 415, { ok: false, code: 'invalid-args', message: apiText.invalidArgs('') });
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      sendJson(res, 413, { ok: false, code: 'too-large', message: apiText.requestTooLarge(megabytesOf(MAX_BASE64_CHARS), megabytesOf(MAX_BUNDLE_BASE64_CHARS)) });
      return;
    }
    let call: { method?: unknown; args?: unknown };
    try {
      call = JSON.parse(body) as typeof call;
    } catch {
      sendJson(res, 400, { ok: false, code: 'invalid-args', message: apiText.invalidArgs('') });
      return;
    }
    if (typeof call !== 'object' || call === null) {
      sendJson(res, 400, { ok: false, code: 'invalid-args', message: apiText.invalidArgs('') });
      return;
    }
    const answer = await options.dispatch(call.method, call.args);
    // Values and errors both travel as 200: the envelope says which (see shared/api.ts).
    sendJson(res, 200, { result: answer === undefined ? null : answer });
  }

  function events(url: URL, res: ServerResponse): void {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, options.token)) {
      sendJson(res, 403, { ok: false, code: 'forbidden', message: apiText.forbidden });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': connected\n\n');
    listeners.add(res);
    res.on('close', () => listeners.delete(res));
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(options.staticDir, relative));
    if (!file.startsWith(normalize(options.staticDir) + sep)) {
      res.writeHead(404).end();
      return;
    }
    const content = await readFile(file).catch(() => null);
    if (!content) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    res.end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of listeners) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The file size a base64 limit allows, in whole MB. */
function megabytesOf(base64Chars: number): number {
  return Math.floor((base64Chars * 3) / 4 / 1024 / 1024);
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** Only our own address: refuses DNS-rebinding pages that reach 127.0.0.1 under another name. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Same-origin or no Origin at all (plain navigation, tools); any other page is refused. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/**
 * Reads a refused request's body to its end without keeping it: answering before the body has
 * arrived makes the server close a socket with unread data, which resets the connection and
 * loses the answer (found by tests/unit/reliability/fuzz.test.ts).
 */
function discardBody(req: IncomingMessage): Promise<void> {
  if (req.complete) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
