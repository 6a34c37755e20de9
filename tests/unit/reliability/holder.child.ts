/**
 * Child process of lock.test.ts: opens the store in argv[2] and holds it until stdin closes
 * (or it is killed). Prints `ready <pid>`, or `busy <Korean message>` and exits 3.
 */
import { openStore } from '../../../electron/service/db';
import { DataFolderBusyError } from '../../../electron/service/lock';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: holder.child.ts DATA_DIR');
try {
  const { store } = await openStore(dataDir, { by: 'lock-test' });
  await store.write((d) => void (d.heldBy = process.pid));
  process.stdout.write(`ready ${process.pid}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void store.close().then(() => process.exit(0)));
} catch (error) {
  if (!(error instanceof DataFolderBusyError)) throw error;
  process.stdout.write(`busy ${error.message}\n`);
  process.exit(3);
}
