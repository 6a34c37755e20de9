import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../../helpers/service';
import { hashTree } from '../../helpers/hashTree';
import { readingCheckText } from '@shared/text/readingCheck';
import { cliText } from '@shared/text/cli';

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

  it('should refuse a file with no plan structure in Korean, exit 1, leave the data folder as it was, and import it with --plain', async () => {
    const dataDir = tempDir('cli');
    const file = join(tempDir('cli-file'), '메모.txt');
    writeFileSync(file, '오늘 회의는 오후 두 시에 열립니다.\n자료는 회의실에 있습니다.\n');
    await cli(['list'], dataDir); // first run: the samples go in
    const before = hashTree(dataDir);
    const failure = await cli(['import', file], dataDir).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim()).toBe(`${readingCheckText.notAPlan}\n${cliText.importPlainHint}`);
    expect(hashTree(dataDir)).toBe(before);
    const imported = JSON.parse((await cli(['import', '--plain', file], dataDir)).stdout) as { documentId: string; projectCount: number; check: { confidence: string } };
    expect(imported).toMatchObject({ documentId: expect.any(String), projectCount: 0, check: { confidence: 'none' } });
    const list = JSON.parse((await cli(['list'], dataDir)).stdout) as { id: string; family: string; confidence?: string }[];
    expect(list.find((d) => d.id === imported.documentId)).toMatchObject({ family: 'unknown', confidence: 'none' });
  });
});
