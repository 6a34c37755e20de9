/**
 * `npm run bench`: one JSON line per figure `{ name, value, unit, baseline, ratio }`, every
 * baseline measured in the same run (these machines are shared and noisy; timed tests are not).
 * Needs a built renderer (`npm run build`) and Chromium for the start-up figure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../tests/helpers/app';
import type { BenchFigure } from './bench/figure';
import { benchParse } from './bench/parse';
import { benchPdfImport } from './bench/pdf';
import { benchGrowth } from './bench/growth';
import { benchDocumentOpen, benchStartup } from './bench/startup';
import { benchStore } from './bench/store';

type Bench = [name: string, run: () => Promise<BenchFigure[]>];

const benches: Bench[] = [
  ['parse', () => benchParse(resolve(repoRoot, 'seeds'))],
  ['store', benchStore],
  ['startup', benchStartup],
  ['open', benchDocumentOpen],
  ['pdf', benchPdfImport],
  // Sample library ×1, ×10, ×100 (BENCH_SCALES=1,10 limits them); prints its lines as it goes.
  ['growth', benchGrowth],
];

// Optional benches appear as their modules land (search, minutes).
for (const [name, file, fn] of [
  ['search', './bench/search.ts', 'benchSearch'],
  ['minutes', './bench/minutes.ts', 'benchMinutes'],
  ['sync', './bench/sync.ts', 'benchSync'],
] as const) {
  if (existsSync(resolve(import.meta.dirname, file))) {
    benches.push([name, async () => ((await import(file)) as Record<string, () => Promise<BenchFigure[]>>)[fn]!()]);
  }
}

const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  if ((name === 'startup' || name === 'open') && !existsSync(resolve(repoRoot, 'out/renderer/index.html'))) {
    console.error('startup bench skipped: run `npm run build` first');
    continue;
  }
  try {
    for (const fig of await run()) console.log(JSON.stringify(fig));
  } catch (error) {
    console.error(`bench ${name} failed:`, error);
    process.exitCode = 1;
  }
}

// The sync bench's test server (express-pouchdb) leaves the heartbeat timers of the _changes
// requests that were open when it stopped; they would keep the process alive for good.
process.exit();
