/**
 * Starts the app's browser mode as a real child process (`node out/main/web.js`, as built by the e2e setup) on a free port
 * with its own data folder, and drives Debian's Chromium against it with playwright-core.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function freshDataDir(label = 'data'): string {
  return mkdtempSync(join(tmpdir(), `council-${label}-`));
}

export interface RunningApp {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startApp(dataDir = freshDataDir()): Promise<RunningApp> {
  const child = spawn(process.execPath, [resolve(repoRoot, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, COUNCIL_REVIEW_DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in time\n${stderr}`)), 60_000);
    lines.once('line', (line) => (clearTimeout(timer), resolveLine(line)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`browser mode exited with ${code}\n${stderr}`))));
  });
  return {
    url: firstLine.trim(),
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'ko-KR' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  return page;
}

/** Calls the API the way outside tools do: through `window.council` in the page. */
export function invokeInPage(page: Page, method: string, args: unknown): Promise<unknown> {
  return page.evaluate(([m, a]) => (window as unknown as { council: { invoke(m: string, a: unknown): Promise<unknown> } }).council.invoke(m as string, a), [method, args] as const);
}

export const screenshotDir = resolve(repoRoot, '.tmp', 'screenshots');
