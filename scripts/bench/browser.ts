/**
 * Browser-mode helpers shared by the start-up and growth benches: spawn browser mode (`out/main/web.js`) (or a
 * trivial static server) and time until a selector shows in Chromium; open a document by title.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../tests/helpers/app';

export const LIBRARY_ROW = '.doc-table tbody tr';

/** Browser mode as built (`npm run bench` builds first), the way `npm start` and `npm run web` run it. */
const WEB = resolve(repoRoot, 'out/main/web.js');

/** The Node arguments of browser mode on `dataDir`, on a free port. */
export function webCommand(dataDir: string): string[] {
  return [WEB, '--port', '0', '--data-dir', dataDir];
}

const TRIVIAL_SERVER = `
const http = require('node:http');
const s = http.createServer((q, r) => r.end('<!doctype html><table><tbody><tr><td>ok</td></tr></tbody></table>'));
s.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port + '/'));`;

/** The baseline of every start-up figure: Node start + a page load, nothing of the app. */
export const trivialCommand = ['-e', TRIVIAL_SERVER];
export const TRIVIAL_SELECTOR = 'td';

/** Spawns a server whose first stdout line is its URL. */
export async function spawnServer(command: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, command, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done) => createInterface({ input: child.stdout! }).once('line', done));
  return { url: url.trim(), child };
}

/** Stops a spawned server and waits until it exited (it holds the data folder's lock). */
export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** From spawning the server to `selector` visible in a new page. */
export async function timeToVisible(browser: Browser, command: string[], selector: string): Promise<number> {
  const start = performance.now();
  const { url, child } = await spawnServer(command);
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 120_000 });
  const elapsed = performance.now() - start;
  await page.close();
  await stopServer(child);
  return elapsed;
}

/**
 * Times opening the first document whose title matches: from the click in the library to its
 * outline and first project shown with its fields, `runs` times; the first open (it warms the tree
 * cache) is dropped: see firstOpenTimes for that one.
 */
export async function openTimes(page: Page, title: RegExp, runs = 6): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    times.push(await openOnce(page, title));
  }
  return times.slice(1);
}

/**
 * A member's first open of a document after the app started (a new process: nothing of it in
 * memory, the parser's and the screen's code not compiled yet), `starts` times. The click comes
 * once the notes are read (app:info waits for them), as it would a few seconds after the start.
 */
export async function firstOpenTimes(browser: Browser, command: string[], title: RegExp, starts = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < starts; i++) {
    const { url, child } = await spawnServer(command);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.evaluate(() => (window as unknown as { council: { invoke(m: string, a: unknown): Promise<unknown> } }).council.invoke('app:info', {}));
    times.push(await openOnce(page, title));
    await page.close();
    await stopServer(child);
  }
  return times;
}

async function openOnce(page: Page, title: RegExp): Promise<number> {
  await page.locator(LIBRARY_ROW).first().waitFor({ timeout: 120_000 });
  // The clock starts once the library is all there: a long one draws its later rows after the first paint.
  await page.waitForFunction(() => {
    const caption = document.querySelector('.doc-table caption')?.textContent ?? '';
    return document.querySelectorAll('.doc-table tbody tr').length === Number(/\d+/.exec(caption.replace(/,/g, ''))?.[0]);
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  const button = page.locator('.doc-table .doc-title button', { hasText: title }).first();
  const start = performance.now();
  await button.click();
  await page.locator('.outline-item').first().waitFor({ timeout: 60_000 });
  await page.locator('#project-title').waitFor({ timeout: 60_000 });
  // …and its fields, which come by a second call (document:project).
  await page.locator('article.project[aria-busy="false"]').waitFor({ timeout: 60_000 });
  return performance.now() - start;
}

/** Imports a one-project document through the page's API: the baseline of the document-open figures. */
export async function importSmallDocument(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const council = (window as unknown as { council: { invoke(m: string, a: unknown): Promise<unknown> } }).council;
    const members = (await council.invoke('member:list', {})) as unknown[];
    if (!Array.isArray(members) || members.length === 0) await council.invoke('member:create', { name: '측정' });
    const text = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 작은 문서\n\n□ 소요예산 : 1,000천원 【구비】\n';
    await council.invoke('library:import', { fileName: '작은문서.txt', dataBase64: btoa(String.fromCharCode(...new TextEncoder().encode(text))) });
  });
}
