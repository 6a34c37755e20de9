/**
 * Child process of kill.test.ts: opens the store in the data folder given as argv[2] and writes
 * as fast as it can, printing `ack <seq>` only after `store.write` resolved for that sequence
 * number. The parent SIGKILLs it at random moments and checks that every ack survived.
 * Run with `node --import tsx` (one process, so SIGKILL hits the writer itself).
 */
import { openStore } from '../../../electron/service/db';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer.child.ts DATA_DIR');
const depth = Number(process.argv[3] ?? 3); // writes in flight at once

const { store, notices } = await openStore(dataDir, { by: 'kill-test' });
const log = (store.read().killLog as number[] | undefined) ?? [];
let next = (log.at(-1) ?? 0) + 1;
process.stdout.write(`ready ${next} ${notices.length}\n`);

async function lane(): Promise<never> {
  for (;;) {
    const seq = next++;
    await store.write((data) => {
      const list = (data.killLog as number[] | undefined) ?? [];
      list.push(seq);
      data.killLog = list;
      // …and a note in one of five note shards, so every write spans shards that must agree.
      data.annotations.push({ id: `k${seq}`, documentId: `doc${seq % 5}`, createdAt: new Date().toISOString(), deleted: false } as never);
      // A changing payload of varying size, so a torn or mixed file would not parse.
      data.killPayload = `${seq}:`.padEnd(4_000 + (seq % 7) * 3_000, String.fromCharCode(0xac00 + (seq % 11_000)));
    });
    process.stdout.write(`ack ${seq}\n`);
  }
}
await Promise.all(Array.from({ length: depth }, lane));
