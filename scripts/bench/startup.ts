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

/**
 * Opening a document: from clicking its title in the library to its outline and first project
 * shown, for the largest seed against a one-project document imported in the same run.
 */
export async function benchDocumentOpen(): Promise<BenchFigure[]> {
  const browser = await launchChromium();
  const tsx = resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, 'electron/web.ts', '--port', '0', '--data-dir', freshDataDir('bench-open')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = (await new Promise<string>((done) => createInterface({ input: child.stdout! }).once('line', done))).trim();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.evaluate(async () => {
    const council = (window as unknown as { council: { invoke(m: string, a: unknown): Promise<unknown> } }).council;
    await council.invoke('member:create', { name: '측정' });
    const text = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 작은 문서\n\n□ 소요예산 : 1,000천원 【구비】\n';
    await council.invoke('library:import', { fileName: '작은문서.txt', dataBase64: btoa(String.fromCharCode(...new TextEncoder().encode(text))) });
  });
  const openTimes = async (title: RegExp): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.reload();
      await page.locator('.doc-table tbody tr').first().waitFor();
      const start = performance.now();
      await page.locator('.doc-table .doc-title button', { hasText: title }).first().click();
      await page.locator('.outline-item').first().waitFor();
      await page.locator('#project-title').waitFor();
      times.push(performance.now() - start);
    }
    return times.slice(1); // the first open also warms the service's parse cache
  };
  const small = await openTimes(/총무과/);
  const largest = await openTimes(/행정복지위원회/);
  await browser.close();
  child.kill('SIGTERM');
  return [figure('open the largest seed to its outline (median)', percentile(largest, 50), 'ms', percentile(small, 50))];
}
