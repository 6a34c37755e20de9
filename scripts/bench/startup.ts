/**
 * App start-up in browser mode: from spawning the server to the library rows being visible in
 * Chromium, against the same steps for a trivial static page (Node start + page load).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { freshDataDir, launchChromium, repoRoot } from '../../tests/helpers/app';
import type { BenchFigure } from './figure';
import { figure, percentile } from './figure';

const TRIVIAL_SERVER = `
const http = require('node:http');
const s = http.createServer((q, r) => r.end('<!doctype html><table><tbody><tr><td>ok</td></tr></tbody></table>'));
s.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port + '/'));`;

async function timeToVisible(browser: Browser, command: string[], selector: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, command, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done) => createInterface({ input: child.stdout! }).once('line', done));
  const page = await browser.newPage();
  await page.goto(url.trim());
  await page.locator(selector).first().waitFor();
  const elapsed = performance.now() - start;
  await page.close();
  child.kill('SIGTERM');
  return elapsed;
}

export async function benchStartup(): Promise<BenchFigure[]> {
  const browser = await launchChromium();
  const tsx = resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const app: number[] = [];
  const trivial: number[] = [];
  const warmDir = freshDataDir('bench-warm');
  await timeToVisible(browser, [tsx, 'electron/web.ts', '--port', '0', '--data-dir', warmDir], '.doc-table tbody tr');
  for (let i = 0; i < 5; i++) {
    // A data folder that already holds the sample library: the everyday start, not the first run.
    app.push(await timeToVisible(browser, [tsx, 'electron/web.ts', '--port', '0', '--data-dir', warmDir], '.doc-table tbody tr'));
    trivial.push(await timeToVisible(browser, ['-e', TRIVIAL_SERVER], 'td'));
  }
  const firstRun: number[] = [];
  for (let i = 0; i < 2; i++) firstRun.push(await timeToVisible(browser, [tsx, 'electron/web.ts', '--port', '0', '--data-dir', freshDataDir('bench-first')], '.doc-table tbody tr'));
  await browser.close();
  return [
    figure('browser mode start to library visible (median)', percentile(app, 50), 'ms', percentile(trivial, 50)),
    figure('first run start incl. sample import (median)', percentile(firstRun, 50), 'ms', percentile(trivial, 50)),
  ];
}
