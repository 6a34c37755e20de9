import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storeText } from '@shared/text/store';
import type { ServiceContext } from './context';
import { importDocument } from './library';

/**
 * On first run, import the documents in seeds/ as the built-in sample library, so a new user
 * sees real documents at once. Runs once per data folder: a user who removes a sample keeps it removed.
 */
export async function importSamplesOnce(ctx: ServiceContext): Promise<void> {
  if (ctx.store.read().samplesImportedAt) return;
  const names = (await readdir(ctx.seedsDir).catch(() => [] as string[])).filter((n) => !n.startsWith('.') && n !== 'README.md').sort();
  for (const name of names) {
    try {
      await importDocument(ctx, name, new Uint8Array(await readFile(join(ctx.seedsDir, name))), { sample: true });
    } catch (error) {
      // A broken sample must not keep the app from starting; the user's own data matters more.
      ctx.notices.push(storeText.sampleFailed(name));
      console.error('sample import failed', name, error);
    }
  }
  await ctx.store.write((data) => {
    data.samplesImportedAt = new Date().toISOString();
  });
}
