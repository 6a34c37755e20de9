import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The repository folders the Node entry points (browser mode, CLI) use when run from source.
 * The packaged Electron app resolves the same folders from its app path instead (electron/main.ts).
 */
const here = dirname(fileURLToPath(import.meta.url));
// From source (electron/) or from the build (out/main/): the folder that holds package.json.
export const repoRoot = existsSync(resolve(here, '..', 'package.json')) ? resolve(here, '..') : resolve(here, '..', '..');
export const rendererOutDir = resolve(repoRoot, 'out', 'renderer');
export const seedsDir = resolve(repoRoot, 'seeds');
