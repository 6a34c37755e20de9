import { describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE, openStore } from '../../../electron/service/db';
import { migrate, FutureSchemaError } from '../../../electron/service/migrations/index';
import { SCHEMA_VERSION } from '@shared/model/store';
import { tempDir } from '../../helpers/service';

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
    const saved = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect(saved.counter).toBe(49);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('should leave the data untouched when a mutator throws, and keep going', async () => {
    const { store } = await openStore(tempDir());
    await store.write((d) => void (d.a = 1));
    await expect(store.write((d) => ((d.a = 2), (() => { throw new Error('boom'); })()))).rejects.toThrow('boom');
    expect(store.read().a).toBe(1);
    await store.write((d) => void (d.a = 3));
    expect(store.read().a).toBe(3);
  });

  it('should migrate old data step by step and keep unknown fields', () => {
    const data = migrate({ schemaVersion: 0, customField: 'kept' });
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.documents).toEqual([]);
    expect(data.customField).toBe('kept');
  });

  it('should refuse data written by a newer app instead of overwriting it', async () => {
    const dir = tempDir();
    await writeFile(join(dir, DATA_FILE), JSON.stringify({ schemaVersion: 999, documents: [] }));
    await expect(openStore(dir)).rejects.toBeInstanceOf(FutureSchemaError);
    expect(JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8')).schemaVersion).toBe(999);
  });

  it('should set an empty data file aside rather than start empty silently', async () => {
    const dir = tempDir();
    await writeFile(join(dir, DATA_FILE), '');
    const { notices } = await openStore(dir);
    expect(notices).toHaveLength(1);
    expect((await readdir(dir)).some((n) => n.includes('.damaged-'))).toBe(true);
  });
});
