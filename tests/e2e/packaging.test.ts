import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { freshDataDir, repoRoot } from '../helpers/app';

/** A stand-in for the Electron binary distribution: electron-builder only copies it. */
function stubElectronDist(): string {
  const dir = freshDataDir('electron-dist');
  mkdirSync(join(dir, 'locales'));
  mkdirSync(join(dir, 'resources'));
  for (const name of ['ko.pak', 'en-US.pak', 'de.pak']) writeFileSync(join(dir, 'locales', name), '');
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), '');
  writeFileSync(join(dir, 'version'), '45.4.1');
  return dir;
}

const FUSES_MARKER = '# Electron fuses';

/**
 * The real config less its fuses block: fuses are flipped inside the Electron binary, which the
 * stub distribution does not have. Everything else is packed exactly as configured.
 */
function configWithoutFuses(): string {
  const text = readFileSync(join(repoRoot, 'build', 'electron-builder.yml'), 'utf8');
  const path = join(freshDataDir('builder-config'), 'electron-builder.yml');
  writeFileSync(path, text.slice(0, text.indexOf(FUSES_MARKER)));
  return path;
}

describe('packaging', () => {
  it('should configure the security fuses for real builds', () => {
    const text = readFileSync(join(repoRoot, 'build', 'electron-builder.yml'), 'utf8');
    const fuses = text.slice(text.indexOf(FUSES_MARKER));
    for (const line of ['runAsNode: false', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false', 'enableEmbeddedAsarIntegrityValidation: true', 'onlyLoadAppFromAsar: true']) {
      expect(fuses).toContain(line);
    }
  });

  it('should pack the app offline with main, preload, renderer, seeds and production dependencies only', () => {
    const output = freshDataDir('pack');
    execFileSync(
      process.execPath,
      [
        resolve(repoRoot, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--config',
        configWithoutFuses(),
        `-c.electronDist=${stubElectronDist()}`,
        '-c.electronVersion=45.4.1',
        `-c.directories.output=${output}`,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_BUILDER_OFFLINE: '1' } },
    );
    const files = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    const has = (path: string) => files.includes(path);
    expect(has('/out/main/main.js')).toBe(true);
    // The worker thread that reads documents for the index (documentReader.ts) is a file of its own.
    expect(has('/out/main/readerWorker.js')).toBe(true);
    expect(has('/out/preload/preload.cjs')).toBe(true);
    expect(has('/out/renderer/index.html')).toBe(true);
    expect(files.filter((f) => f.startsWith('/seeds/') && f.endsWith('.txt'))).toHaveLength(4);
    for (const dep of ['lowdb', 'zod', 'exceljs', 'react']) expect(has(`/node_modules/${dep}/package.json`)).toBe(true);
    // Nothing of the source tree, tests or build tools.
    for (const prefix of ['/electron/', '/renderer/', '/shared/', '/tests/', '/scripts/', '/node_modules/vitest/', '/node_modules/typescript/', '/node_modules/electron-vite/', '/node_modules/playwright-core/', '/node_modules/electron/']) {
      expect(files.filter((f) => f.startsWith(prefix)), prefix).toEqual([]);
    }
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
  });
});
