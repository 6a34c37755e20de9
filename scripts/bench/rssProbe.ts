/**
 * Child process of the growth bench's RSS figure: opens a data folder as the main process does,
 * answers one search, prints its resident set size in bytes. `tsx scripts/bench/rssProbe.ts DIR`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeArchive, openArchive } from './archive';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: rssProbe.ts DATA_DIR');
// No sample library: an empty folder stays empty, and the archive has its samples already.
const { ctx, call } = await openArchive(dataDir, mkdtempSync(join(tmpdir(), 'council-noseeds-')));
await call('search:query', { text: '청렴도' });
console.log(process.memoryUsage().rss);
await closeArchive(ctx);
