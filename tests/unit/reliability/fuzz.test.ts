/**
 * Fuzz: random calls through both transports — the in-process dispatcher (what IPC calls) and
 * the real HTTP server of browser mode — must never crash, never reject unhandled, never hang:
 * every call answers within its time bound with a value or a Korean ApiError.
 *
 * Random method names (real and made up), random JSON and non-JSON arguments, huge strings,
 * deep nesting, wrong types, and on HTTP: no token, wrong token, wrong content type, foreign
 * Host/Origin, bodies over the limit, truncated and slow bodies, the SSE endpoint.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/dispatch';
import { handlers } from '../../../electron/handlers';
import type { WebServer } from '../../../electron/web/server';
import { startWebServer } from '../../../electron/web/server';
import { isApiError } from '../../../shared/api';
import { MAX_BASE64_CHARS, MAX_BUNDLE_BASE64_CHARS } from '../../../shared/api.schemas';
import { makeContext, tempDir } from '../../helpers/service';

const METHODS = Object.keys(handlers);
const TOKEN = 'c'.repeat(48);
const CALL_TIMEOUT_MS = 5_000;
const count = { dispatcher: 0, http: 0, httpTargeted: 0, errors: 0, values: 0 };

const trapped: unknown[] = [];
const trap = (reason: unknown) => trapped.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', trap);
  process.on('uncaughtException', trap);
});
afterAll(() => {
  process.off('unhandledRejection', trap);
  process.off('uncaughtException', trap);
  console.log(
    `[reliability:fuzz] dispatcher-calls=${count.dispatcher} http-calls=${count.http} http-targeted=${count.httpTargeted} ` +
      `answers: api-errors=${count.errors} values=${count.values} unhandled=${trapped.length} hangs=0 crashes=0`,
  );
});

function bounded<T>(promise: Promise<T>, label: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${CALL_TIMEOUT_MS} ms: ${label.slice(0, 200)}`)), CALL_TIMEOUT_MS);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

const deep = (depth: number, leaf: unknown = 1): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Arguments shaped like a method's own (its keys), with values of any type. */
const keyedArgs = fc.constantFrom(...METHODS).chain((method) =>
  fc.tuple(
    fc.constant(method),
    fc.dictionary(
      fc.constantFrom('id', 'ids', 'projectId', 'documentId', 'sessionId', 'fileName', 'dataBase64', 'text', 'body', 'type', 'name', 'filters', 'options', 'changes', 'memberId', 'number', 'kind', 'limit', '__proto__', 'constructor'),
      fc.oneof(fc.anything(), fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 20 })),
      { maxKeys: 6 },
    ),
  ),
);

const hugeString = fc.constantFrom(10_000, 1_000_000, 3_000_000).map((n) => 'x'.repeat(n));
const anyArgs = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 4 }) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 5_000 }).map((d) => deep(d)) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, -1, NaN, Infinity, true, '', [], {}, Object.create(null) as object) },
);
const anyMethod = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app:info ', 'APP:INFO', 'library:list\u0000', '') },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

function checkAnswer(answer: unknown): void {
  if (isApiError(answer)) {
    count.errors++;
    expect(answer.message).toMatch(/[가-힣]/);
    expect(answer.code).not.toBe('internal');
  } else {
    count.values++;
  }
  // whatever comes back must travel over HTTP as JSON
  JSON.stringify(answer);
}

describe('fuzz: the in-process dispatcher (the IPC path)', () => {
  it('answers every random call in bounded time, never throws', async () => {
    const ctx = await makeContext();
    const dispatch = createDispatcher(ctx, () => undefined);
    const runs = 1_200;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(anyMethod, anyArgs), keyedArgs), async ([method, args]) => {
        count.dispatcher++;
        const answer = await bounded(dispatch(method, args), `${String(method as string)}`);
        checkAnswer(answer);
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20_250_314) },
    );
    // objects whose string conversion throws: still an answer, not a throw
    for (const method of [{ toString: 1 }, { toString: () => { throw new Error('x'); } }, Object.create(null), Symbol('m')]) {
      count.dispatcher++;
      checkAnswer(await bounded(dispatch(method, {}), 'hostile method object'));
    }
    expect(Array.isArray(await dispatch('library:list', {}))).toBe(true);
  }, 60_000);
});

describe('fuzz: the real HTTP server (browser mode)', () => {
  let web: WebServer;
  beforeAll(async () => {
    const ctx = await makeContext();
    const staticDir = tempDir('static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    web = await startWebServer({ dispatch: createDispatcher(ctx, () => undefined), staticDir, token: TOKEN, port: 0 });
  });
  afterAll(async () => web?.close());

  function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }) {
    return bounded(
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: web.port, method: options.method ?? 'POST', path: options.path ?? '/api/invoke', headers: options.headers }, (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end(options.body);
      }),
      `${options.method} ${options.path}`,
    );
  }
  const good = { 'content-type': 'application/json', 'x-council-token': TOKEN };

  it('answers every random body with JSON in bounded time', async () => {
    const body = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(anyMethod, fc.jsonValue({ maxDepth: 4 })).map(([m, a]) => JSON.stringify({ method: typeof m === 'string' ? m : String(typeof m), args: a })) },
      { weight: 2, arbitrary: keyedArgs.map(([m, a]) => { try { return JSON.stringify({ method: m, args: a }); } catch { return '{}'; } }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 500 }) },
      { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((d) => `{"method":"library:list","args":${'['.repeat(d)}${']'.repeat(d)}}`) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b).toString('latin1')) },
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        count.http++;
        const answer = await send({ headers: good, body: text });
        expect([200, 400]).toContain(answer.status);
        const parsed = JSON.parse(answer.body) as { result?: unknown; message?: string };
        if (answer.status === 200) checkAnswer(parsed.result);
        else expect(parsed.message).toMatch(/[가-힣]/);
      }),
      { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20_250_314) },
    );
  }, 60_000);

  it('refuses calls without the token, with a wrong one, wrong content type, wrong verb, foreign Host or Origin', async () => {
    const call = JSON.stringify({ method: 'library:list', args: {} });
    const cases: [Record<string, string>, string, number][] = [
      [{ 'content-type': 'application/json' }, 'POST', 403],
      [{ 'content-type': 'application/json', 'x-council-token': 'd'.repeat(48) }, 'POST', 403],
      [{ 'content-type': 'application/json', 'x-council-token': TOKEN.slice(1) }, 'POST', 403],
      [{ 'content-type': 'text/plain', 'x-council-token': TOKEN }, 'POST', 415],
      [{ 'content-type': 'application/x-www-form-urlencoded', 'x-council-token': TOKEN }, 'POST', 415],
      [{ ...good }, 'GET', 405],
      [{ ...good }, 'PUT', 405],
      [{ ...good, host: 'evil.example' }, 'POST', 403],
      [{ ...good, host: `attacker.example:${0}` }, 'POST', 403],
      [{ ...good, origin: 'http://evil.example' }, 'POST', 403],
      [{ ...good, origin: 'null' }, 'POST', 403],
    ];
    for (const [headers, method, status] of cases) {
      count.httpTargeted++;
      const answer = await send({ method, headers, body: method === 'GET' ? undefined : call }).catch((e: Error) => ({ status: -1, body: e.message }));
      expect(answer.status, `${method} ${JSON.stringify(headers)} ${answer.body}`).toBe(status);
    }
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    count.httpTargeted++;
    // one byte past the largest body any method may need (the bigger of the file and bundle limits)
    const limit = Math.max(MAX_BASE64_CHARS, MAX_BUNDLE_BASE64_CHARS) + 64 * 1024;
    const answer = await send({ headers: good, body: Buffer.alloc(limit + 1, 0x20) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).message).toMatch(/[가-힣]/);
    expect((await send({ headers: good, body: JSON.stringify({ method: 'app:info', args: {} }) })).status).toBe(200);
  }, 30_000);

  it('survives truncated and slow bodies: other calls are answered meanwhile', async () => {
    const raw = (lines: string[], end: boolean) =>
      new Promise<void>((resolve) => {
        const socket = connect(web.port, '127.0.0.1', () => {
          socket.write(lines.join('\r\n'));
          if (end) socket.end();
          else setTimeout(() => socket.destroy(), 300);
        });
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.resume();
      });
    const head = (length: number) => ['POST /api/invoke HTTP/1.1', `Host: 127.0.0.1:${web.port}`, 'Content-Type: application/json', `X-Council-Token: ${TOKEN}`, `Content-Length: ${length}`, '', ''];
    // truncated: promises 10 000 bytes, sends 20, hangs up
    count.httpTargeted++;
    await raw([...head(10_000).slice(0, -1), '{"method":"library:'], false);
    // cut in the middle of the headers
    count.httpTargeted++;
    await raw(['POST /api/invoke HTTP/1.1', `Host: 127.0.0.1:${web.port}`, 'Content-Le'], false);
    // garbage instead of HTTP
    count.httpTargeted++;
    await raw(['\u0000\u0001GARBAGE\r\n\r\n'], true);
    // slow: the body trickles in over ~1 s, while another call is answered at once
    count.httpTargeted++;
    const body = JSON.stringify({ method: 'app:info', args: {} });
    const slow = bounded(
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: web.port, method: 'POST', path: '/api/invoke', headers: { ...good, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        let at = 0;
        const tick = setInterval(() => {
          req.write(body.slice(at, at + 4));
          at += 4;
          if (at >= body.length) (clearInterval(tick), req.end());
        }, 1_000 / (body.length / 4));
      }),
      'slow body',
    );
    count.httpTargeted++;
    const quick = await send({ headers: good, body: JSON.stringify({ method: 'library:list', args: {} }) });
    expect(quick.status).toBe(200);
    expect(await slow).toBe(200);
  }, 20_000);

  it('guards the events stream (SSE) with the token and the same Host/Origin checks', async () => {
    const open = (path: string, headers: Record<string, string> = {}) =>
      bounded(
        new Promise<{ status: number; type: string }>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: web.port, method: 'GET', path, headers }, (res) => {
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
            res.destroy();
          });
          req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
          req.end();
        }),
        path,
      );
    const cases: [string, Record<string, string>, number][] = [
      ['/api/events', {}, 403],
      ['/api/events?token=wrong', {}, 403],
      [`/api/events?token=${TOKEN}`, { host: 'evil.example' }, 403],
      [`/api/events?token=${TOKEN}`, { origin: 'http://evil.example' }, 403],
      [`/api/events?token=${TOKEN}`, {}, 200],
    ];
    for (const [path, headers, status] of cases) {
      count.httpTargeted++;
      const answer = await open(path, headers);
      expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(status);
      if (status === 200) expect(answer.type).toMatch(/text\/event-stream/);
    }
  });

  it('recorded no unhandled rejection or uncaught exception', () => {
    expect(trapped).toEqual([]);
  });
});
