#!/usr/bin/env node
// `npm start`: build, then launch the Electron app. Where the Electron binary cannot be had (it
// is downloaded on first run, and some machines have no network), say so in one clear line and
// start browser mode instead, printing the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  // Read where the electron package put its binary, without require('electron'): that call
  // tries to download the binary on first use, which fails noisily on machines with no network.
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim();
    const path = join(pkg, 'dist', relative);
    return relative && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
};

if (binary) {
  run(binary, [root, ...args]);
} else {
  console.error('Electron 실행 파일이 없어 브라우저 모드로 시작합니다 (Electron binary unavailable: starting browser mode instead).');
  run(process.execPath, [resolve(root, 'out/main/web.js'), ...args]);
}
