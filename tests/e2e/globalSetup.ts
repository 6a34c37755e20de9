import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Builds the renderer once for all end-to-end tests (browser mode serves out/renderer). */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(root, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
