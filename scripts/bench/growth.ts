/**
 * Growth curves (issue 11): the same figures on archives of the sample library ×1, ×10 and ×100
 * (scripts/bench/archive.ts), each with its baseline measured in the same run. `BENCH_SCALES=1,10`
 * limits the scales. Run alone: `npm run bench -- growth`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { searchableProjects } from '@shared/search/fromTree';
import { gatherMinutes } from '../../electron/service/minutesExport';
import { readStoredData } from '../../electron/service/db';
import { readDocumentText } from '../../electron/service/documentFiles';
import { loadTree } from '../../electron/service/library';
import { indexedDocuments } from '../../electron/service/search';
import { invokeInPage, launchChromium, repoRoot } from '../../tests/helpers/app';
import type { Page } from 'playwright-core';
import type { Archive } from './archive';
import { buildArchive, closeArchive, openArchive, recipeFor, removeArchive } from './archive';
import { firstOpenTimes, importSmallDocument, LIBRARY_ROW, openTimes, spawnServer, stopServer, timeToVisible, TRIVIAL_SELECTOR, trivialCommand, webCommand } from './browser';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';
import { plainWorkbook } from './minutes';
import { buildQueries, seedProjects } from './search';
import { SETTLE_MS, canProbeServerRss, probeServerRss } from './serverRss';

const WRITE_SAMPLES = 200;
const QUERY_COUNT = 50;
const SEARCH_ROUNDS = 3;
const STARTS = 3;
const MINUTES_RUNS = 3;

function scales(): number[] {
  const wanted = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map((s) => Number(s.trim()));
  return wanted.filter((s) => Number.isInteger(s) && s >= 1);
}

const count = (n: number) => n.toLocaleString('en');

/**
 * Prints each figure as soon as it is measured (a ×100 run is long, and a later failure should not
 * hide the earlier lines), so it answers no figures for bench.ts to print.
 */
export async function benchGrowth(): Promise<BenchFigure[]> {
  const emit = (figures: BenchFigure[]) => figures.forEach((f) => console.log(JSON.stringify(f)));
  for (const scale of scales()) {
    const archive = await buildArchive(recipeFor(scale));
    const label = `×${scale}`;
    try {
      emit([figure(`archive build (${label}: ${count(archive.documents.length)} documents, ${count(archive.projectCount)} projects, ${count(archive.noteCount)} notes)`, archive.buildMs / 1000, 's', 0)]);
      // Search and minutes before the writes, so they see the archive as built.
      emit(await searchFigures(archive, label));
      emit(await minutesFigures(archive, label));
      // The next figures open the folder in a fresh context or another process: it lets go of the lock.
      await closeArchive(archive.ctx);
      emit(await writeFigures(archive, label));
      emit(await firstSearchFigures(archive, label));
      emit(await rssFigures(archive, label));
      emit(await browserFigures(archive, label));
    } finally {
      await closeArchive(archive.ctx).catch(() => undefined);
      removeArchive(archive);
    }
  }
  return [];
}

/**
 * `annotation:update` of the member's own notes (autosave of an edit) and `annotation:create` on
 * open documents, in a fresh process that opened the archive as the app does (writeProbe.ts).
 */
async function writeFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  // The archive was just written: let the system finish putting it on disk first, or its
  // write-back competes with the fsyncs timed (a member's archive was written days ago).
  if (process.platform !== 'win32') execFileSync('sync');
  const { update, create, fold } = JSON.parse(await runProbe('scripts/bench/writeProbe.ts', [archive.dataDir, String(WRITE_SAMPLES)])) as Record<'update' | 'create', { ours: number[]; plain: number[] }> & {
    fold: { ours: number; plain: number; shards: number };
  };
  const at = `at ${count(archive.noteCount)} annotations (${label})`;
  console.error(`[growth] ${label} write samples: update ${update.ours.length}, create ${create.ours.length}`);
  return [
    figure(`annotation:update write p50 ${at}`, percentile(update.ours, 50), 'ms', percentile(update.plain, 50)),
    figure(`annotation:update write p99 ${at}`, percentile(update.ours, 99), 'ms', percentile(update.plain, 99)),
    figure(`annotation:create write p50 ${at}`, percentile(create.ours, 50), 'ms', percentile(create.plain, 50)),
    figure(`annotation:create write p99 ${at}`, percentile(create.ours, 99), 'ms', percentile(create.plain, 99)),
    // Paid once a member pauses, not by a write: the journal of those writes into the shards.
    figure(`journal fold of ${update.ours.length + create.ours.length} writes (${fold.shards} documents) ${at}`, fold.ours, 'ms', fold.plain),
  ];
}

/** ~50 of the search bench's realistic queries, spread over its kinds (fixed, words, particles, pairs). */
function queries(): string[] {
  const all = buildQueries(seedProjects());
  const step = Math.max(1, Math.floor(all.length / QUERY_COUNT));
  return all.filter((_, i) => i % step === 0).slice(0, QUERY_COUNT);
}

/** search:query p95 after warm-up, against a lowercased `includes` scan of the same projects and notes. */
async function searchFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  const { call, ctx } = archive;
  const list = queries();
  // The trees through loadTree: the cache keeps only the last few, the naive scan needs them all.
  const trees = await Promise.all(archive.documents.map(async (d) => loadTree(ctx, d.id, (await readDocumentText(ctx.dataDir, d.id)) ?? '').projects));
  const haystacks = [
    ...archive.documents.flatMap((d, i) => searchableProjects(d.id, d.title, trees[i]!).map((p) => `${p.title}\n${p.body}`.toLowerCase())),
    ...ctx.store.read().annotations.map((a) => a.body.toLowerCase()),
  ];
  const naive = (q: string) => haystacks.filter((h) => h.includes(q.toLowerCase())).length;
  for (const text of list) (await call('search:query', { text }), naive(text)); // builds the index, warms the JIT
  const ours: number[][] = list.map(() => []);
  const scan: number[][] = list.map(() => []);
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (let q = 0; q < list.length; q++) ours[q]!.push(await timeMs(() => call('search:query', { text: list[q] })));
    for (let q = 0; q < list.length; q++) scan[q]!.push(await timeMs(() => naive(list[q]!)));
  }
  // Each query's median run, so one scheduler hiccup on this shared machine is not the p95.
  const p95 = (runs: number[][]) => percentile(runs.map((r) => percentile(r, 50)), 95);
  return [figure(`search p95 (${list.length} queries, ${count(archive.projectCount)} projects + ${count(archive.noteCount)} notes, ${label})`, p95(ours), 'ms', p95(scan))];
}

/**
 * From opening the data folder (createServiceContext) to the first search:query answered, against
 * reading the stored data and every document text and scanning them with `includes`.
 */
async function firstSearchFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  const text = '청렴도';
  let opened: Awaited<ReturnType<typeof openArchive>> | undefined;
  const ours = await timeMs(async () => {
    opened = await openArchive(archive.dataDir);
    await opened.call('search:query', { text });
  });
  await closeArchive(opened!.ctx);
  // As the app opens it: the index builds in the background (at once here), a query meanwhile
  // answers from what is indexed; then until the build is complete (watched without API calls).
  let partial = 0;
  let wasPartial = false;
  const complete = await timeMs(async () => {
    opened = await openArchive(archive.dataDir, undefined, { warmSearchAfterMs: 0 });
    const { ctx, call } = opened;
    partial = await timeMs(async () => (wasPartial = Boolean(((await call('search:query', { text })) as { indexing?: unknown }).indexing)));
    while (indexedDocuments(ctx) < ctx.store.read().documents.length) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  await closeArchive(opened!.ctx);
  const naive = await timeMs(async () => {
    const data = (await readStoredData(archive.dataDir))!;
    let found = data.annotations.filter((a) => a.body.includes(text)).length;
    for (const d of data.documents) if ((await readDocumentText(archive.dataDir, d.id))?.includes(text)) found++;
    return found;
  });
  const notes = count(archive.noteCount);
  return [
    figure(`open data folder to first search answer, index built by that query (${notes} notes, ${label})`, ours, 'ms', naive),
    figure(`first search answer while the background build runs (${notes} notes, ${label}; ${wasPartial ? 'partial' : 'complete'})`, partial, 'ms', naive),
    figure(`open data folder to search index complete, background build (${notes} notes, ${label})`, complete, 'ms', naive),
  ];
}

/** The session with the most notes (the recipe gives the first 2,000) as the minutes workbook. */
async function minutesFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  const session = archive.sessions[0]!;
  const notes = archive.ctx.store.read().annotations.filter((a) => a.sessionId === session.id && !a.deleted).length;
  await archive.call('minutes:export', { sessionId: session.id }); // warms exceljs' lazy modules
  const ours: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < MINUTES_RUNS; run++) {
    ours.push(await timeMs(() => archive.call('minutes:export', { sessionId: session.id })));
    plain.push(await timeMs(async () => plainWorkbook(await gatherMinutes(archive.ctx, session.id))));
  }
  return [figure(`minutes export of a ${count(notes)}-note session (${label})`, percentile(ours, 50) / 1000, 's', percentile(plain, 50) / 1000)];
}

/** Runs a probe script in its own Node process and answers what it printed. */
function runProbe(script: string, args: string[]): Promise<string> {
  const tsx = resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, script, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) => child.once('exit', (code) => (code === 0 ? done(out.trim()) : fail(new Error(`${script} exited with ${code}`)))));
}

/**
 * Resident memory of browser mode as built (serverRss.ts) on the archive, right after the first
 * search built the index and once idle, each against the same process on an empty folder.
 */
async function rssFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  if (!canProbeServerRss()) {
    console.error('growth: RSS figures skipped (they need /proc and out/main/web.js: `npm run build`)');
    return [];
  }
  const empty = mkdtempSync(join(tmpdir(), 'council-bench-empty-'));
  const baseline = await probeServerRss(empty, 0);
  await rm(empty, { recursive: true, force: true });
  const ours = await probeServerRss(archive.dataDir);
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const notes = count(archive.noteCount);
  return [
    figure(`main-process RSS after open + first search (${notes} notes, ${label})`, mb(ours.afterSearchBytes), 'MB', mb(baseline.afterSearchBytes)),
    figure(`main-process RSS settled, ${SETTLE_MS / 1000} s after the first search (${notes} notes, ${label})`, mb(ours.settledBytes), 'MB', mb(baseline.afterSearchBytes)),
  ];
}

/** Polls search:query until the background build is over (its answers stop saying `indexing`). */
async function waitForIndex(page: Page): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const answer = (await invokeInPage(page, 'search:query', { text: '청렴' })) as { indexing?: unknown };
    if (!answer.indexing) return;
    await new Promise((done) => setTimeout(done, 1_000));
  }
  throw new Error('the search index was still building after 10 minutes');
}

/** Start to library visible, and opening the largest document (during the index build and after it), in browser mode. */
async function browserFigures(archive: Archive, label: string): Promise<BenchFigure[]> {
  if (!existsSync(resolve(repoRoot, 'out/renderer/index.html'))) {
    console.error('growth: browser figures skipped, run `npm run build` first');
    return [];
  }
  const browser = await launchChromium();
  try {
    const app: number[] = [];
    const trivial: number[] = [];
    await timeToVisible(browser, trivialCommand, TRIVIAL_SELECTOR); // warms the disk cache for both
    await timeToVisible(browser, webCommand(archive.dataDir), LIBRARY_ROW);
    for (let i = 0; i < STARTS; i++) {
      app.push(await timeToVisible(browser, webCommand(archive.dataDir), LIBRARY_ROW));
      trivial.push(await timeToVisible(browser, trivialCommand, TRIVIAL_SELECTOR));
    }
    const largest = [...archive.documents].sort((a, b) => b.projects.length - a.projects.length)[0]!;
    let { url, child } = await spawnServer(webCommand(archive.dataDir));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await importSmallDocument(page);
    const bigTitle = new RegExp(largest.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A member's first open after a start: a new process each time (its parse kept from an earlier start, treeFiles.ts).
    await stopServer(child);
    const firstSmall = await firstOpenTimes(browser, webCommand(archive.dataDir), /총무과/);
    const firstBig = await firstOpenTimes(browser, webCommand(archive.dataDir), bigTitle);
    ({ url, child } = await spawnServer(webCommand(archive.dataDir)));
    await page.goto(url);
    // Right after start, as a member opens a document, the search index builds in the background…
    const smallBuilding = await openTimes(page, /총무과/);
    const bigBuilding = await openTimes(page, bigTitle);
    const building = (await invokeInPage(page, 'search:query', { text: '청렴' })) as { indexing?: unknown };
    // …and once it is built.
    await waitForIndex(page);
    const small = await openTimes(page, /총무과/);
    const big = await openTimes(page, bigTitle);
    await page.close();
    await stopServer(child);
    const what = `the largest document to its outline and first project (${largest.projects.length} projects, ${label})`;
    return [
      figure(`browser mode start to library visible (${count(archive.documents.length)} documents, ${count(archive.noteCount)} notes, ${label})`, percentile(app, 50), 'ms', percentile(trivial, 50)),
      figure(`open ${what}, the first open after a start`, percentile(firstBig, 50), 'ms', percentile(firstSmall, 50)),
      figure(`open ${what}, search index built`, percentile(big, 50), 'ms', percentile(small, 50)),
      figure(`open ${what}, while the search index ${building.indexing ? 'was still building' : 'built (it was done before the last open)'}`, percentile(bigBuilding, 50), 'ms', percentile(smallBuilding, 50)),
    ];
  } finally {
    await browser.close();
  }
}
