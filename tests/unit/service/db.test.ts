/**
 * The sharded store (electron/service/db.ts, store/*): writes in order and fsynced, a throwing
 * mutator changes nothing, records are frozen, a write rewrites only the shards it changed,
 * notes load in the background while the library answers from the manifest.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE, NotLoadedError, STORE_DIR, openStore, readStoredData } from '../../../electron/service/db';
import { migrate, FutureSchemaError } from '../../../electron/service/migrations/index';
import { SCHEMA_VERSION } from '@shared/model/store';
import type { Annotation } from '@shared/model/annotation';
import { tempDir } from '../../helpers/service';

const note = (i: number, documentId: string): Annotation =>
  ({ id: `n${i}`, documentId, projectId: `${documentId}:p`, body: `메모 ${i}`, createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(), deleted: false, sessionId: 's1', version: 1 }) as unknown as Annotation;

const shardFiles = (dir: string) => readdirSync(join(dir, STORE_DIR)).filter((n) => n.startsWith('shard-')).sort();
const manifests = (dir: string) => readdirSync(join(dir, STORE_DIR)).filter((n) => n.startsWith('manifest-')).sort();
const journals = (dir: string) => readdirSync(join(dir, STORE_DIR)).filter((n) => n.startsWith('journal-')).sort();

describe('the store', () => {
  it('should run writes one at a time, in order, and persist each', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.write((data) => {
          order.push(i);
          data.counter = i;
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect((await readStoredData(dir))?.counter).toBe(49);
    expect((await readdir(join(dir, STORE_DIR))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });

  it('should leave the data untouched when a mutator throws, and keep going', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.write((d) => void (d.a = 1));
    await store.write((d) => void d.annotations.push(note(1, 'A')));
    await expect(
      store.write((d) => {
        d.a = 2;
        d.annotations.push(note(2, 'A'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(store.read().a).toBe(1);
    expect(store.read().annotations).toHaveLength(1);
    await store.write((d) => void (d.a = 3));
    expect(store.read().a).toBe(3);
    expect((await readStoredData(dir))?.annotations).toHaveLength(1);
    await store.close();
  });

  it('should refuse to change a stored record in place (it would never be saved), changing nothing', async () => {
    const { store } = await openStore(tempDir());
    await store.write((d) => void d.annotations.push(note(1, 'A')));
    await expect(store.write((d) => void ((d.annotations[0] as { body: string }).body = '몰래'))).rejects.toThrow(TypeError);
    expect(() => (store.read().annotations as Annotation[]).push(note(2, 'A'))).toThrow(TypeError);
    expect(store.read().annotations[0]!.body).toBe('메모 1');
    await store.close();
  });

  it('should save only what a write changed: one journal line for one note, then only the shard of that document', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.write((d) => {
      for (let i = 0; i < 30; i++) d.annotations.push(note(i, `doc${i % 3}`));
      d.members = [{ id: 'm', name: '김의원' } as never];
    });
    await store.checkpoint();
    expect(journals(dir)).toEqual([]);
    const before = new Set(shardFiles(dir));
    await store.write((d) => {
      const i = d.annotations.findIndex((a) => a.id === 'n4');
      d.annotations[i] = { ...d.annotations[i]!, body: '고친 메모' };
    });
    // The write is one line of the journal, naming the one note: no shard file, no manifest.
    expect(shardFiles(dir)).toEqual([...before].sort());
    const [journal] = journals(dir);
    const lines = (await readFile(join(dir, STORE_DIR, journal!), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!.slice(0, lines[0]!.lastIndexOf('\t'))) as { shards: Record<string, { remove: string[]; put: Annotation[]; live: number }> };
    expect(Object.keys(entry.shards)).toEqual(['split:annotations:doc1']);
    expect(entry.shards['split:annotations:doc1']).toMatchObject({ remove: ['n4'], put: [{ id: 'n4', body: '고친 메모' }], live: 10 });
    // A write that changes nothing writes nothing.
    await store.write((d) => void d.annotations.find((a) => a.id === 'n1'));
    expect((await readFile(join(dir, STORE_DIR, journal!), 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
    // The checkpoint writes doc1's notes only: not doc0, doc2, members, meta.
    const count = manifests(dir).length;
    await store.checkpoint();
    expect(manifests(dir)).toHaveLength(count + 1);
    expect(journals(dir)).toEqual([]);
    const added = shardFiles(dir).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    const written = JSON.parse(await readFile(join(dir, STORE_DIR, added[0]!), 'utf8')) as { key: string; content: Annotation[] };
    expect(written.key).toBe('split:annotations:doc1');
    expect(written.content.map((a) => a.id)).toEqual(['n1', 'n4', 'n7', 'n10', 'n13', 'n16', 'n19', 'n22', 'n25', 'n28']);
    await store.close();
  });

  it('should keep unknown fields of a newer version, each collection in its own shard', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.write((d) => {
      d.futureList = [{ id: 1 }];
      d.futureFlag = 'on';
    });
    await store.close();
    const { store: again } = await openStore(dir, { eager: true });
    expect(again.read()).toMatchObject({ futureList: [{ id: 1 }], futureFlag: 'on' });
    await again.write((d) => void delete d.futureList);
    expect((await readStoredData(dir))?.futureList).toBeUndefined();
    await again.close();
  });

  it('should answer the library first and read the notes in the background; counts come from the manifest', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.write((d) => {
      for (let i = 0; i < 40; i++) d.annotations.push({ ...note(i, `doc${i % 4}`), deleted: i % 10 === 0 });
      d.documents = [{ id: 'doc0', title: '문서' } as never];
    });
    await store.close();
    const { store: opened } = await openStore(dir);
    expect(opened.read().documents).toHaveLength(1);
    expect(opened.counts().byDocument.get('doc1')).toBe(10);
    expect(opened.counts().byDocument.get('doc0')).toBe(8); // n0 and n20 deleted
    let early: unknown;
    try {
      void opened.read().annotations.length;
    } catch (error) {
      early = error;
    }
    // Either the notes were still loading (and it says so) or they were already there.
    if (early) expect(early).toBeInstanceOf(NotLoadedError);
    await opened.whenLoaded();
    expect(opened.read().annotations.map((a) => a.id)).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`)); // creation order
    await opened.close();
  });

  it('should read the notes when the start is over, or as soon as a call needs them', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.write((d) => void d.annotations.push(note(1, 'doc0'), note(2, 'doc1')));
    await store.close();
    const settled = (promise: Promise<unknown>) => Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 150))]);

    // Not before the planned time, for a caller in no hurry (the start's app:info)…
    const { store: later } = await openStore(dir, { readNotesAfterMs: 60_000 });
    expect(later.read().documents).toEqual([]);
    expect(later.counts().byDocument.get('doc1')).toBe(1);
    expect(await settled(later.whenLoaded({ hurry: false }))).toBe(false);
    // …at once for one that needs them (opening a document), and for a look at the notes.
    expect(await settled(later.whenLoaded())).toBe(true);
    expect(later.read().annotations).toHaveLength(2);
    await later.close();

    const { store: looked } = await openStore(dir, { readNotesAfterMs: 60_000 });
    expect(() => looked.read().annotations).toThrow(NotLoadedError);
    expect(await settled(looked.whenLoaded({ hurry: false }))).toBe(true);
    await looked.close();

    // And by themselves when the time comes.
    const { store: timed } = await openStore(dir, { readNotesAfterMs: 30 });
    expect(await settled(timed.whenLoaded({ hurry: false }))).toBe(true);
    // A write reads them first too.
    await timed.close();
    const { store: writer } = await openStore(dir, { readNotesAfterMs: 60_000 });
    await writer.write((d) => void d.annotations.push(note(3, 'doc0')));
    expect(writer.read().annotations).toHaveLength(3);
    await writer.close();
  });

  it('should migrate old data step by step and keep unknown fields', () => {
    const data = migrate({ schemaVersion: 0, customField: 'kept' });
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.documents).toEqual([]);
    expect(data.customField).toBe('kept');
  });

  it('should refuse data written by a newer app instead of overwriting it', async () => {
    const legacy = tempDir();
    await writeFile(join(legacy, DATA_FILE), JSON.stringify({ schemaVersion: 999, documents: [] }));
    await expect(openStore(legacy)).rejects.toBeInstanceOf(FutureSchemaError);
    expect(JSON.parse(await readFile(join(legacy, DATA_FILE), 'utf8')).schemaVersion).toBe(999);

    const sharded = tempDir();
    const { store } = await openStore(sharded);
    await store.write((d) => void (d.schemaVersion = 999));
    await store.close();
    const files = manifests(sharded);
    await expect(openStore(sharded)).rejects.toBeInstanceOf(FutureSchemaError);
    expect(manifests(sharded)).toEqual(files);
  });

  it('should set an empty single-file data file aside rather than start empty silently', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATA_FILE), '');
    const { notices, store } = await openStore(dir);
    expect(notices).toHaveLength(1);
    expect((await readdir(dir)).some((n) => n.includes('.damaged-'))).toBe(true);
    await store.close();
  });
});
