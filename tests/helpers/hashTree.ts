import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCK_FILE } from '../../electron/service/lock';

/**
 * One hash over every file of a data folder (names and bytes): the data file, documents/ and
 * backups/. The lock file is left out: it belongs to the running process, not to the user's data.
 */
export function hashTree(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (path === join(root, LOCK_FILE)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex');
}
