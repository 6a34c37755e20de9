/**
 * Backups of the sharded store and restore on start: every checkpoint (the journal folded into
 * shards, store/journal.ts) is a generation, a manifest naming shard files; the last 10 and the
 * first of each of 14 days are kept with their files. A damaged
 * shard or manifest is replaced by the newest good version from those generations, with a Korean
 * notice that says where the damaged copy went — never an empty library in silence.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_DIR, openStore, readStoredData } from '../../../electron/service/db';
import { DAILY_KEEP, Generations, RECENT_KEEP } from '../../../electron/service/store/generations';
import type { Manifest } from '../../../electron/service/store/generations';
import { makeApi, tempDir } from '../../helpers/service';

async function storeWithWrites(count: number, dataDir = tempDir('backup')) {
  const { store } = await openStore(dataDir);
  for (let i = 1; i <= count; i++) {
    await store.write((d) => {
      d.counter = i;
      d.members = [{ id: 'm', name: `의원${i}` } as never];
    });
    await store.checkpoint();
  }
  await store.close();
  return dataDir;
}

const storeDir = (dataDir: string) => join(dataDir, STORE_DIR);
const manifestNames = (dataDir: string) => readdirSync(storeDir(dataDir)).filter((n) => n.startsWith('manifest-')).sort();
const readManifest = (dataDir: string, name: string) => JSON.parse(readFileSync(join(storeDir(dataDir), name), 'utf8')) as Manifest;
const currentShard = (dataDir: string, key: string) => join(storeDir(dataDir), readManifest(dataDir, manifestNames(dataDir).at(-1)!).shards[key]!.file);

describe('generations as backups', () => {
  it('keeps the last 10 saves and nothing else of today, and deletes the files no kept save names', async () => {
    const dataDir = await storeWithWrites(25);
    const names = manifestNames(dataDir);
    // 10 recent + the day's first save (the folder's creation)
    expect(names).toHaveLength(RECENT_KEEP + 1);
    const { generations } = await Generations.open(dataDir, { readOnly: true });
    const counters = [];
    for (const manifest of generations.older()) counters.push(((await generations.readShard(manifest.shards.meta!.file, 'meta')) as { counter?: number }).counter);
    expect(counters).toEqual([24, 23, 22, 21, 20, 19, 18, 17, 16, undefined]);
    const named = new Set(names.flatMap((n) => Object.values(readManifest(dataDir, n).shards).map((e) => e.file)));
    expect(readdirSync(storeDir(dataDir)).filter((n) => n.startsWith('shard-')).sort()).toEqual([...named].sort());
  });

  it('keeps the first save of each of the newest 14 days', async () => {
    const dataDir = tempDir('daily');
    // Saves on 20 days, three a day (the manifests are dated by `now`).
    const { generations } = await Generations.open(dataDir);
    for (let day = 1; day <= 20; day++) {
      for (let i = 0; i < 3; i++) await generations.commit(new Map([['meta', { content: { schemaVersion: 5, day, i } }]]), { now: new Date(2025, 0, day, 12, i) });
    }
    const kept = manifestNames(dataDir).map((n) => readManifest(dataDir, n));
    // the first save of each of the newest 14 days (7…20), and the last 10 saves (days 17…20)
    const firsts = kept.filter((m) => (m.savedAt === new Date(2025, 0, new Date(m.savedAt).getDate(), 12, 0).toISOString()));
    expect(firsts.map((m) => new Date(m.savedAt).getDate())).toEqual(Array.from({ length: DAILY_KEEP }, (_, i) => 7 + i));
    expect(kept).toHaveLength(DAILY_KEEP + RECENT_KEEP - 3); // days 18–20's first saves are among the last 10
  });
});

describe('restore on start', () => {
  it.each([
    ['empty', ''],
    ['truncated JSON', '{"key":"field:members","seq":3,"content":[{"id"'],
    ['binary garbage', '\u0000\u0001\u00ff\u00fe'],
    ['another shard', '{"key":"field:sessions","seq":3,"content":[]}'],
  ])('a shard that is %s: the newest good version restored, a Korean notice, a copy kept', async (_label, content) => {
    const dataDir = await storeWithWrites(12);
    writeFileSync(currentShard(dataDir, 'field:members'), content);
    const { store, notices } = await openStore(dataDir);
    expect(store.read().members[0]!.name).toBe('의원11'); // the save before the last one
    expect(store.read().counter).toBe(12); // other shards keep the last save
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/손상되어 옆으로 옮겨 두고, \d{4}-\d{2}-\d{2} \d{2}:\d{2}에 만든 백업에서 자료를 되살렸습니다/);
    const copy = /손상된 파일: (.+) \(지우지/.exec(notices[0]!)![1]!;
    expect(readFileSync(copy, 'utf8')).toBe(content);
    // the repair is saved: the next start needs none, and later saves go on from it
    await store.write((d) => void (d.counter = 100));
    await store.close();
    const again = await openStore(dataDir);
    expect(again.notices).toEqual([]);
    expect(again.store.read().members[0]!.name).toBe('의원11');
    await again.store.close();
  });

  it('a missing note shard: restored from the generation before', async () => {
    const dataDir = tempDir('notes');
    const { store } = await openStore(dataDir);
    for (let i = 1; i <= 3; i++) {
      await store.write((d) => void d.annotations.push({ id: `n${i}`, documentId: 'd', createdAt: `2025-01-0${i}`, deleted: false } as never));
      await store.checkpoint();
    }
    await store.close();
    rmSync(currentShard(dataDir, 'split:annotations:d'));
    const { store: opened, notices } = await openStore(dataDir);
    await opened.whenLoaded();
    expect(opened.read().annotations.map((a) => a.id)).toEqual(['n1', 'n2']);
    expect(notices.join('\n')).toMatch(/백업에서 자료를 되살렸습니다/);
    await opened.close();
  });

  it('a damaged manifest: set aside, the save before it used', async () => {
    const dataDir = await storeWithWrites(5);
    const newest = manifestNames(dataDir).at(-1)!;
    writeFileSync(join(storeDir(dataDir), newest), '{"format":"council-review-store","seq":');
    const { store, notices } = await openStore(dataDir);
    expect(store.read().counter).toBe(4);
    expect(notices[0]).toMatch(/백업에서 자료를 되살렸습니다/);
    expect(existsSync(join(storeDir(dataDir), 'damaged', newest))).toBe(true);
    await store.close();
  });

  it('says so in Korean when no generation has a good copy, and keeps the damaged one', async () => {
    const dataDir = await storeWithWrites(1);
    for (const name of manifestNames(dataDir)) {
      const file = join(storeDir(dataDir), readManifest(dataDir, name).shards['field:members']!.file);
      if (existsSync(file)) writeFileSync(file, 'garbage');
    }
    const { store, notices } = await openStore(dataDir);
    expect(store.read().members).toEqual([]);
    expect(notices[0]).toMatch(/손상되어 옆으로 옮겨 두었습니다: .*쓸 수 있는 백업이 없어 빈 자료로 시작합니다/);
    await store.close();
  });

  it('shows the notice through app:info, the way the renderer gets it', async () => {
    const dataDir = await storeWithWrites(3);
    writeFileSync(currentShard(dataDir, 'meta'), '{');
    const { call } = await makeApi({ dataDir });
    const info = (await call('app:info')) as { notices: string[] };
    expect(info.notices.join('\n')).toMatch(/백업에서 자료를 되살렸습니다/);
  });

  it('removes what a save cut short by a crash left: temp manifests and shard files no manifest names', async () => {
    const dataDir = await storeWithWrites(1);
    writeFileSync(join(storeDir(dataDir), 'manifest-0000000099.json.4242.lx1abc.tmp'), '{"half');
    writeFileSync(join(storeDir(dataDir), 'shard-0000000099-0.json'), '{"key":"meta","seq":99,"content":{}}');
    mkdirSync(join(dataDir, 'documents'), { recursive: true });
    writeFileSync(join(dataDir, 'documents', 'abc.txt.4242.lx1abc.tmp'), 'half');
    const { store, notices } = await openStore(dataDir);
    expect(notices).toEqual([]);
    expect(readdirSync(storeDir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(storeDir(dataDir))).not.toContain('shard-0000000099-0.json');
    expect(readdirSync(join(dataDir, 'documents'))).toEqual([]);
    await store.write((d) => void (d.counter = 2));
    expect((await readStoredData(dataDir))?.counter).toBe(2);
    await store.close();
  });
});
