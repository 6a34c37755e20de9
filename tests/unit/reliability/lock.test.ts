/**
 * One writer per data folder, checked with real processes: a second process (a plain Node
 * process, the CLI, browser mode) on a held folder stops with a Korean message; a dead holder's
 * lock is taken over; racing starters on a stale lock end with exactly one owner.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/service/db';
import { DataFolderBusyError, LOCK_FILE, acquireDataLock, readLock } from '../../../electron/service/lock';
import { tempDir } from '../../helpers/service';
import { repoRoot, spawnChild } from './childScript';

const run = promisify(execFile);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts holder.child.ts; resolves with its first line ('ready <pid>' or 'busy <message>'). */
function holder(dataDir: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawnChild('holder.child.ts', [dataDir], { stdin: 'pipe' });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error(`holder did not answer: ${stderr}`)), 20_000);
    createInterface({ input: child.stdout! }).once('line', (line) => (clearTimeout(timer), resolveLine({ child, line })));
    child.once('exit', (code) => setTimeout(() => (clearTimeout(timer), reject(new Error(`holder exited ${code}: ${stderr}`))), 200));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

/** A pid that surely is not running: a process that has just exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await exited(child);
  return child.pid!;
}

describe('single writer per data folder', () => {
  it('refuses a second process while the first holds the folder, in Korean, and lets it in after', async () => {
    const dataDir = tempDir('lock');
    const first = await holder(dataDir);
    expect(first.line).toMatch(/^ready \d+$/);
    const pid = Number(first.line.split(' ')[1]);
    expect(readLock(join(dataDir, LOCK_FILE))).toMatchObject({ pid, by: 'lock-test' });

    const second = await holder(dataDir);
    expect(second.line).toMatch(/^busy 다른 의정 검토 창이나 프로그램이 이미 같은 자료 폴더를 쓰고 있습니다/);
    expect(second.line).toContain(`프로세스 ${pid}`);
    expect(second.line).toContain(join(dataDir, LOCK_FILE));
    expect(await exited(second.child)).toBe(3);

    // and this (third) process is refused the same way
    await expect(openStore(dataDir)).rejects.toBeInstanceOf(DataFolderBusyError);

    // a clean exit removes the lock; the next process gets in
    first.child.stdin!.end();
    expect(await exited(first.child)).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const { store } = await openStore(dataDir);
    expect(store.read().heldBy).toBe(pid);
    await store.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock of a killed process', async () => {
    const dataDir = tempDir('lock');
    const first = await holder(dataDir);
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true); // left behind by the kill
    const { store } = await openStore(dataDir);
    expect(readLock(join(dataDir, LOCK_FILE))?.pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a stale lock of a dead pid, or a torn lock file, but never one from another computer', async () => {
    const dataDir = tempDir('lock');
    const path = join(dataDir, LOCK_FILE);
    writeFileSync(path, JSON.stringify({ pid: await deadPid(), host: (await import('node:os')).hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    acquireDataLock(dataDir).release();
    writeFileSync(path, '{"pid": 12'); // torn by a crash while being written
    acquireDataLock(dataDir).release();
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, JSON.stringify({ pid: await deadPid(), host: 'other-laptop', startedAt: '2020-01-01T00:00:00Z' }));
    expect(() => acquireDataLock(dataDir)).toThrow(/컴퓨터 other-laptop/);
    expect(readFileSync(path, 'utf8')).toContain('other-laptop');
  });

  it('lets one process open its own folder twice (a simulated restart) and frees it after the last close', async () => {
    const dataDir = tempDir('lock');
    const a = await openStore(dataDir);
    const b = await openStore(dataDir);
    await a.store.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    await b.store.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('gives exactly one owner when four processes race for a folder with a stale lock', async () => {
    const dataDir = tempDir('lock');
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: await deadPid(), host: (await import('node:os')).hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    const lines = (await Promise.all(Array.from({ length: 4 }, () => holder(dataDir)))).map((h) => h.line);
    expect(lines.filter((l) => l.startsWith('ready'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('busy'))).toHaveLength(3);
  });

  it('the CLI exits 1 with the Korean message while the folder is held', async () => {
    const dataDir = tempDir('lock');
    await holder(dataDir);
    const failure = await run(process.execPath, [resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli.ts', 'list'], {
      cwd: repoRoot,
      env: { ...process.env, COUNCIL_REVIEW_DATA_DIR: dataDir },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/같은 자료 폴더를 쓰고 있습니다/);
  });

  it.skipIf(!existsSync(join(repoRoot, 'out', 'renderer', 'index.html')))('browser mode exits 1 with the Korean message while the folder is held', async () => {
    const dataDir = tempDir('lock');
    await holder(dataDir);
    const failure = await run(process.execPath, [resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'electron/web.ts', '--port', '0', '--data-dir', dataDir], {
      cwd: repoRoot,
      env: { ...process.env, COUNCIL_REVIEW_DATA_DIR: '' },
      timeout: 30_000,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/같은 자료 폴더를 쓰고 있습니다/);
  });
});
