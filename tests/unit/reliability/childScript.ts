/**
 * Runs a TypeScript child script (writer.child.ts, holder.child.ts) as ONE Node process, so that
 * SIGKILL hits the process that holds the store. Bundled once with esbuild (tsx's own compiler)
 * into .tmp/, which starts in ~70 ms instead of ~1.5 s under `node --import tsx`; falls back to
 * `--import tsx` if esbuild cannot be loaded.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const outDir = join(repoRoot, '.tmp', 'reliability');
const built = new Map<string, string[]>();

function commandFor(script: string): string[] {
  const cached = built.get(script);
  if (cached) return cached;
  const entry = resolve(import.meta.dirname, script);
  let args: string[];
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    mkdirSync(outDir, { recursive: true });
    const outfile = join(outDir, `${basename(script, '.ts')}-${process.pid}.mjs`);
    esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      alias: { '@shared': join(repoRoot, 'shared') },
      packages: 'external',
      logLevel: 'silent',
    });
    args = [outfile];
  } catch {
    args = ['--import', 'tsx', entry];
  }
  built.set(script, args);
  return args;
}

export function spawnChild(script: string, args: string[], options: { stdin?: 'ignore' | 'pipe' } = {}): ChildProcess {
  return spawn(process.execPath, [...commandFor(script), ...args], { cwd: repoRoot, stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] });
}
