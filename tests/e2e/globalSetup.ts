import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium fonts-nanum';

/**
 * The end-to-end tests drive Debian's Chromium. Missing: installed when run as root (a fresh CI
 * machine), otherwise one clear line that says how, instead of every test failing obscurely.
 */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.error(`[e2e] Chromium not found at ${CHROMIUM}: installing it (${INSTALL}) …`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL} -qq`], { stdio: 'inherit' });
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(`End-to-end tests need Chromium at ${CHROMIUM}: install it with \`sudo ${INSTALL}\` (or set CHROMIUM_PATH), then run npm test again.`);
}

/** Checks Chromium, then builds the renderer once for all end-to-end tests (browser mode serves out/renderer). */
export default function setup(): void {
  ensureChromium();
  const root = resolve(import.meta.dirname, '..', '..');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(root, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
