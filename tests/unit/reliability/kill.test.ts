/**
 * Kill test: a child process writes to the store as fast as it can and prints each write's
 * sequence number only after `store.write` resolved; we SIGKILL it at random moments (also while
 * it is still opening the store) and after every kill check that the store parses, that every
 * acknowledged write is in it, that the writes form one unbroken sequence, that the notes (other
 * shards of the same writes) are exactly the logged ones, that every kept generation (the backups)
 * reads, and that reopening needs no repair.
 *
 * CI size: 2 lanes × 55 kills (≈ 25 s). `npm run test:soak` runs 2 × 500.
 */
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openStore, readStoredData } from '../../../electron/service/db';
import { Generations } from '../../../electron/service/store/generations';
import { tempDir } from '../../helpers/service';
import { spawnChild } from './childScript';

const SOAK = process.env.COUNCIL_SOAK === '1';
const LANES = 2;
const KILLS_PER_LANE = SOAK ? 500 : 55;

interface LaneResult {
  kills: number;
  killedBeforeReady: number;
  acknowledged: number;
  checked: number;
  storedWrites: number;
  backupsChecked: number;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/** One child run: spawn, let it write for a random while, SIGKILL; the acks it printed. */
async function runAndKill(dataDir: string, killBeforeReady: boolean): Promise<number[]> {
  const child = spawnChild('writer.child.ts', [dataDir, String(1 + Math.floor(Math.random() * 4))]);
  const acks: number[] = [];
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (onReady = r));
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
    else if (line.startsWith('ready ')) onReady();
  });
  const exited = new Promise<void>((r) => child.once('close', () => r()));
  if (killBeforeReady) {
    await sleep(Math.random() * 80);
  } else {
    const started = await Promise.race([ready.then(() => true), exited.then(() => false), sleep(20_000).then(() => false)]);
    if (!started) throw new Error(`writer did not start: ${stderr}`);
    await sleep(20 + Math.random() * 250);
  }
  child.kill('SIGKILL');
  await exited; // 'close': stdout fully read, so every printed ack is in `acks`
  if (child.exitCode !== null && child.exitCode !== 0) throw new Error(`writer failed (${child.exitCode}): ${stderr}`);
  return acks;
}

async function lane(index: number): Promise<LaneResult> {
  const dataDir = tempDir(`kill${index}`);
  const everAcked = new Set<number>();
  const result: LaneResult = { kills: 0, killedBeforeReady: 0, acknowledged: 0, checked: 0, storedWrites: 0, backupsChecked: 0 };
  for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
    const beforeReady = kill % 10 === 9;
    const acks = await runAndKill(dataDir, beforeReady);
    result.kills++;
    if (beforeReady) result.killedBeforeReady++;
    result.acknowledged += acks.length;
    for (const seq of acks) everAcked.add(seq);

    // 1. The store as it is on disk reads, and holds every write ever acknowledged.
    const onDisk = (await readStoredData(dataDir)) as { killLog?: number[]; killPayload?: string; annotations: { id: string }[] } | null;
    if (onDisk === null) {
      expect(everAcked.size, 'store missing after acknowledged writes').toBe(0);
      continue;
    }
    const log = onDisk.killLog ?? [];
    const stored = new Set(log);
    for (const seq of everAcked) {
      if (!stored.has(seq)) throw new Error(`lane ${index}, kill ${kill}: acknowledged write ${seq} is missing (stored up to ${log.at(-1)})`);
    }
    result.checked += everAcked.size;
    // One unbroken sequence 1..n: nothing lost in between, nothing twice.
    log.forEach((seq, i) => {
      if (seq !== i + 1) throw new Error(`lane ${index}: write log broken at ${i}: ${seq}`);
    });
    if (log.length > 0) expect(onDisk.killPayload?.startsWith(`${log.at(-1)}:`)).toBe(true);
    // The note of each write is in its shard exactly when the log has the write: all or nothing.
    expect(onDisk.annotations.map((a) => a.id).sort()).toEqual(log.map((seq) => `k${seq}`).sort());
    result.storedWrites = log.length;

    // 2. Every kept generation (the backups) reads too.
    const { generations } = await Generations.open(dataDir, { readOnly: true });
    for (const manifest of generations.older()) {
      for (const [key, entry] of Object.entries(manifest.shards)) await generations.readShard(entry.file, key);
      result.backupsChecked++;
    }

    // 3. Reopening takes over the dead writer's lock and needs no repair.
    if (kill % 5 === 0) {
      const { store, notices } = await openStore(dataDir);
      expect(notices).toEqual([]);
      expect((store.read().killLog as number[] | undefined)?.length ?? 0).toBe(log.length);
      await store.close();
    }
  }
  return result;
}

describe('crash safety: SIGKILL during writes', () => {
  it(
    `keeps every acknowledged write over ${LANES * KILLS_PER_LANE} kills`,
    async () => {
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      const sum = (key: keyof LaneResult) => results.reduce((n, r) => n + r[key], 0);
      const kills = sum('kills');
      expect(kills).toBeGreaterThanOrEqual(100);
      expect(sum('acknowledged')).toBeGreaterThanOrEqual(1000);
      console.log(
        `[reliability:kill] kills=${kills} (of which during open: ${sum('killedBeforeReady')}) ` +
          `acknowledged-writes=${sum('acknowledged')} ack-checks=${sum('checked')} stored-writes=${sum('storedWrites')} ` +
          `backups-parsed=${sum('backupsChecked')} lost=0 unparsable=0 seconds=${((Date.now() - started) / 1000).toFixed(1)}`,
      );
    },
    SOAK ? 3_600_000 : 120_000,
  );
});
