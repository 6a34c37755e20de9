/**
 * App start-up in browser mode: from spawning the server to the library rows being visible in
 * Chromium, against the same steps for a trivial static page (Node start + page load).
 */
import { freshDataDir, launchChromium } from '../../tests/helpers/app';
import { importSmallDocument, LIBRARY_ROW, openTimes, spawnServer, stopServer, timeToVisible, TRIVIAL_SELECTOR, trivialCommand, webCommand } from './browser';
import type { BenchFigure } from './figure';
import { figure, percentile } from './figure';

export async function benchStartup(): Promise<BenchFigure[]> {
  const browser = await launchChromium();
  const app: number[] = [];
  const trivial: number[] = [];
  const warmDir = freshDataDir('bench-warm');
  await timeToVisible(browser, webCommand(warmDir), LIBRARY_ROW);
  for (let i = 0; i < 5; i++) {
    // A data folder that already holds the sample library: the everyday start, not the first run.
    app.push(await timeToVisible(browser, webCommand(warmDir), LIBRARY_ROW));
    trivial.push(await timeToVisible(browser, trivialCommand, TRIVIAL_SELECTOR));
  }
  const firstRun: number[] = [];
  for (let i = 0; i < 2; i++) firstRun.push(await timeToVisible(browser, webCommand(freshDataDir('bench-first')), LIBRARY_ROW));
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
  const { url, child } = await spawnServer(webCommand(freshDataDir('bench-open')));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await importSmallDocument(page);
  const small = await openTimes(page, /총무과/);
  const largest = await openTimes(page, /행정복지위원회/);
  await browser.close();
  await stopServer(child);
  return [figure('open the largest seed to its outline (median)', percentile(largest, 50), 'ms', percentile(small, 50))];
}
