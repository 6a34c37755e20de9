import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../../helpers/service';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..', '..');
const cli = (args: string[], dataDir: string) =>
  run(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, COUNCIL_REVIEW_DATA_DIR: dataDir },
  });

describe('command line', () => {
  it('should list the library as JSON and import a file into the data folder it is given', async () => {
    const dataDir = tempDir('cli');
    const file = join(tempDir('cli-file'), '총무과.txt');
    writeFileSync(file, '2025년도 주요업무보고\n\n1. 청렴도 향상 추진\n');
    const imported = JSON.parse((await cli(['import', file], dataDir)).stdout);
    expect(imported.documentId).toEqual(expect.any(String));
    const list = JSON.parse((await cli(['list'], dataDir)).stdout) as { id: string; fileName: string }[];
    expect(list.map((d) => d.fileName)).toContain('총무과.txt');
    expect(list).toHaveLength(5); // the four samples plus ours
  });

  it('should say in Korean what went wrong and exit 1', async () => {
    const dataDir = tempDir('cli');
    const failure = await cli(['import', '/no/such/file.txt'], dataDir).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/파일을 찾을 수 없습니다/);
  });
});
