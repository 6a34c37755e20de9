/**
 * Rolling backups and restore on start: the last 10 saves and one per day (14 days) are kept in
 * backups/, and an empty, corrupt or missing data file is replaced by the newest good backup with
 * a Korean notice that says where the damaged file went — never an empty library in silence.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, Backups, DAILY_KEEP, RECENT_KEEP } from '../../../electron/service/backups';
import { DATA_FILE, openStore } from '../../../electron/service/db';
import { makeApi, tempDir } from '../../helpers/service';

async function storeWithWrites(count: number, dataDir = tempDir('backup')) {
  const { store } = await openStore(dataDir);
  for (let i = 1; i <= count; i++) await store.write((d) => void (d.counter = i));
  await store.close();
  return dataDir;
}

const backupNames = (dataDir: string) => readdirSync(join(dataDir, BACKUP_DIR)).sort();

describe('rolling backups', () => {
  it('keeps the file as it was before each of the last 10 saves, plus one for the day', async () => {
    const dataDir = await storeWithWrites(25);
    const names = backupNames(dataDir);
    const recents = names.filter((n) => n.startsWith('recent-'));
    expect(recents).toHaveLength(RECENT_KEEP);
    expect(names.filter((n) => n.startsWith('daily-'))).toHaveLength(1);
    // newest backup = the state before the last save (24), oldest kept = before save 16 (15)
    const counters = recents.map((n) => JSON.parse(readFileSync(join(dataDir, BACKUP_DIR, n), 'utf8')).counter as number);
    expect(counters).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
  });

  it('makes backups as hard links of the replaced file, not copies (where the file system allows)', async () => {
    const dataDir = await storeWithWrites(1);
    const before = statSync(join(dataDir, DATA_FILE));
    const { store } = await openStore(dataDir);
    await store.write((d) => void (d.counter = 2));
    await store.close();
    const newest = backupNames(dataDir).filter((n) => n.startsWith('recent-')).at(-1)!;
    if (process.platform !== 'win32') expect(statSync(join(dataDir, BACKUP_DIR, newest)).ino).toBe(before.ino);
  });

  it('keeps one backup per day for the newest 14 days', async () => {
    const dataDir = await storeWithWrites(1);
    const backups = await Backups.open(dataDir);
    for (let day = 1; day <= 20; day++) await backups.snapshot(join(dataDir, DATA_FILE), new Date(2025, 0, day, 12));
    const dailies = backupNames(dataDir).filter((n) => n.startsWith('daily-'));
    expect(dailies).toHaveLength(DAILY_KEEP);
    expect(dailies[0]).toBe('daily-2025-01-07.json');
    expect(dailies).toContain('daily-2025-01-20.json');
    expect(dailies).not.toContain('daily-2025-01-06.json');
  });

  it('never fails a save because a backup cannot be made', async () => {
    const dataDir = tempDir('backup');
    writeFileSync(join(dataDir, BACKUP_DIR), 'a file where the folder should be');
    const { store } = await openStore(dataDir);
    await store.write((d) => void (d.counter = 1));
    await store.write((d) => void (d.counter = 2));
    expect(JSON.parse(await readFile(join(dataDir, DATA_FILE), 'utf8')).counter).toBe(2);
    await store.close();
  });
});

describe('restore on start', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n'],
    ['truncated JSON', '{"schemaVersion":3,"documents":[{"id":"a"'],
    ['binary garbage', '\u0000\u0001\u00ff\u00fe'],
    ['not an object', '[1,2,3]'],
    ['wrong shape', '{"schemaVersion":3,"documents":5,"annotations":[],"members":[],"sessions":[]}'],
  ])('a data file that is %s: moved aside, newest good backup restored, Korean notice with the path', async (_label, content) => {
    const dataDir = await storeWithWrites(12);
    writeFileSync(join(dataDir, DATA_FILE), content);
    const { store, notices } = await openStore(dataDir);
    expect(store.read().counter).toBe(11); // the save before the last one, from backups/
    expect(notices).toHaveLength(1);
    const aside = readdirSync(dataDir).find((n) => n.includes('.damaged-'))!;
    expect(readFileSync(join(dataDir, aside), 'utf8')).toBe(content); // kept, byte for byte
    expect(notices[0]).toMatch(/손상되어 옆으로 옮겨 두고, \d{4}-\d{2}-\d{2} \d{2}:\d{2}에 만든 백업에서 자료를 되살렸습니다/);
    expect(notices[0]).toContain(join(dataDir, aside));
    // the restored data is on disk again, and later saves go on from it
    expect(JSON.parse(readFileSync(join(dataDir, DATA_FILE), 'utf8')).counter).toBe(11);
    await store.write((d) => void (d.counter = 100));
    await store.close();
  });

  it('skips damaged backups and takes the newest good one', async () => {
    const dataDir = await storeWithWrites(12);
    const recents = backupNames(dataDir).filter((n) => n.startsWith('recent-'));
    for (const name of recents.slice(-3)) writeFileSync(join(dataDir, BACKUP_DIR, name), '{"torn');
    writeFileSync(join(dataDir, DATA_FILE), '');
    const { store } = await openStore(dataDir);
    expect(store.read().counter).toBe(8);
    await store.close();
  });

  it('restores from backups when the data file is missing but backups exist', async () => {
    const dataDir = await storeWithWrites(5);
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, DATA_FILE));
    const { store, notices } = await openStore(dataDir);
    expect(store.read().counter).toBe(4);
    expect(notices[0]).toMatch(/자료 파일이 없어서 .*백업에서 자료를 되살렸습니다/);
    await store.close();
  });

  it('says so in Korean when there is no good backup, and keeps the damaged file', async () => {
    const dataDir = tempDir('backup');
    writeFileSync(join(dataDir, DATA_FILE), '{"schemaVersion":3,');
    mkdirSync(join(dataDir, BACKUP_DIR));
    writeFileSync(join(dataDir, BACKUP_DIR, 'recent-0000000001.json'), 'garbage');
    const { store, notices } = await openStore(dataDir);
    expect(store.read().documents).toEqual([]);
    expect(notices[0]).toMatch(/손상되어 옆으로 옮겨 두었습니다: .*쓸 수 있는 백업이 없어 빈 자료로 시작합니다/);
    await store.close();
  });

  it('shows the notice through app:info, the way the renderer gets it', async () => {
    const dataDir = await storeWithWrites(3);
    writeFileSync(join(dataDir, DATA_FILE), '{');
    const { call } = await makeApi({ dataDir });
    const info = (await call('app:info')) as { notices: string[] };
    expect(info.notices.join('\n')).toMatch(/백업에서 자료를 되살렸습니다/);
  });

  it('removes temp files left by a save that a crash cut short', async () => {
    const dataDir = await storeWithWrites(1);
    writeFileSync(join(dataDir, `${DATA_FILE}.4242.lx1abc.tmp`), '{"half');
    mkdirSync(join(dataDir, 'documents'), { recursive: true });
    writeFileSync(join(dataDir, 'documents', 'abc.txt.4242.lx1abc.tmp'), 'half');
    const { store } = await openStore(dataDir);
    expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dataDir, 'documents'))).toEqual([]);
    await store.close();
  });
});
