/**
 * The growth bench's memory figures, of the app itself: browser mode as built (`node
 * out/main/web.js`, the process that is the main process's service side) opens a data folder,
 * answers one search (which builds the index), and its resident set size is read from /proc right
 * after and once it has been idle a while (the build's worker ended, garbage collected).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../tests/helpers/app';
import { spawnServer, stopServer, webCommand } from './browser';

/** Idle time before the settled figure: V8 gives back a finished build's garbage within ~30 s of quiet. */
export const SETTLE_MS = 40_000;

export interface ServerRss {
  afterSearchBytes: number;
  settledBytes: number;
}

/** Linux only (/proc); elsewhere the figures are skipped. */
export function canProbeServerRss(): boolean {
  return existsSync('/proc/self/status') && existsSync(resolve(repoRoot, 'out/main/web.js'));
}

function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error('no VmRSS');
  return Number(kb) * 1024;
}

export async function probeServerRss(dataDir: string, settleMs = SETTLE_MS): Promise<ServerRss> {
  const { url: address, child } = await spawnServer(webCommand(dataDir));
  try {
    const url = new URL(address);
    const answer = await fetch(new URL('/api/invoke', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-council-token': url.hash.replace('#token=', ''), origin: url.origin },
      body: JSON.stringify({ method: 'search:query', args: { text: '청렴도' } }),
    });
    const { result } = (await answer.json()) as { result?: { total?: unknown } };
    if (typeof result?.total !== 'number') throw new Error(`search failed: ${JSON.stringify(result)}`);
    const afterSearchBytes = rssOf(child.pid!);
    await new Promise((done) => setTimeout(done, settleMs));
    return { afterSearchBytes, settledBytes: rssOf(child.pid!) };
  } finally {
    await stopServer(child);
  }
}
