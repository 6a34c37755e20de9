import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../../electron/dispatch';
import type { WebServer } from '../../../electron/web/server';
import { startWebServer } from '../../../electron/web/server';
import { makeContext, tempDir } from '../../helpers/service';

const TOKEN = 'a'.repeat(48);

function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP transport', () => {
  let web: WebServer | undefined;
  afterEach(async () => {
    await web?.close();
    web = undefined;
  });

  async function start() {
    const staticDir = tempDir('static');
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ok</title>');
    mkdirSync(join(staticDir, 'assets'));
    const ctx = await makeContext();
    web = await startWebServer({ dispatch: createDispatcher(ctx), staticDir, token: TOKEN, port: 0 });
    return web;
  }
  const invoke = (port: number, body: unknown, headers: Record<string, string> = {}) =>
    raw(port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'content-type': 'application/json', 'x-council-token': TOKEN, ...headers },
      body: JSON.stringify(body),
    });

  it('should listen on 127.0.0.1 and print a URL carrying the token in the fragment', async () => {
    const { url, server } = await start();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#token=${TOKEN}$`));
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('should answer API calls that carry the token', async () => {
    const { port } = await start();
    const answer = await invoke(port, { method: 'library:list', args: {} });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ result: [] });
  });

  it('should refuse calls without the token, with a wrong token, or from another origin', async () => {
    const { port } = await start();
    const noToken = await raw(port, { method: 'POST', path: '/api/invoke', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body).message).toMatch(/접속 키/);
    expect((await invoke(port, { method: 'library:list' }, { 'x-council-token': 'b'.repeat(48) })).status).toBe(403);
    expect((await invoke(port, { method: 'library:list' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke(port, { method: 'library:list' }, { host: 'evil.example' })).status).toBe(403);
  });

  it('should answer malformed bodies with a Korean error and keep serving', async () => {
    const { port } = await start();
    const bad = await raw(port, { method: 'POST', path: '/api/invoke', headers: { 'content-type': 'application/json', 'x-council-token': TOKEN }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).message).toMatch(/[가-힣]/);
    const unknown = JSON.parse((await invoke(port, { method: 'x:y', args: {} })).body);
    expect(unknown.result).toMatchObject({ ok: false, code: 'unknown-method' });
    expect((await invoke(port, { method: 'library:list', args: {} })).status).toBe(200);
  });

  it('should serve the renderer with a strict CSP and never outside its folder', async () => {
    const { port } = await start();
    const page = await raw(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect((await raw(port, { path: '/../../etc/passwd' })).status).toBe(404);
    expect((await raw(port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });
});
