/**
 * The store's journal (electron/service/store/journal.ts): saves are lines appended to
 * `store/journal-<seq>.log` and folded into shards later. What is read back (from outside, and by
 * a new start) is exactly what was acknowledged, through any mix of edits and checkpoints; a line a
 * crash cut short is dropped without a word; a damaged line is reported in Korean with a copy kept;
 * big saves and a full journal go to a checkpoint; an idle store folds its journal.
 */
import { cpSync, existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_DIR, openStore, readStoredData } from '../../../electron/service/db';
import type { Store } from '../../../electron/service/db';
import { ENTRY_LIMIT, JOURNAL_LIMIT, changeById } from '../../../electron/service/store/journal';
import type { Annotation } from '@shared/model/annotation';
import type { StoreData } from '@shared/model/store';
import { seededRandom } from '../../../scripts/bench/random';
import { tempDir } from '../../helpers/service';

const storeFiles = (dir: string, prefix: string) => readdirSync(join(dir, STORE_DIR)).filter((n) => n.startsWith(prefix)).sort();
const journalLines = (dir: string) => {
  const [name] = storeFiles(dir, 'journal-');
  return name ? readFileSync(join(dir, STORE_DIR, name), 'utf8').split('\n').filter(Boolean) : [];
};

let created = 0;
const note = (documentId: string, extra: Partial<Annotation> = {}): Annotation =>
  ({
    id: `n${++created}`,
    documentId,
    projectId: `${documentId}:p1`,
    body: `메모 ${created}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + created * 1000).toISOString(),
    deleted: false,
    ...extra,
  }) as unknown as Annotation;

/** The data as a comparable value: notes in creation order (as a start hands them out), no getters. */
function comparable(data: Readonly<StoreData>): unknown {
  const plain = JSON.parse(JSON.stringify(data)) as StoreData;
  plain.annotations = [...plain.annotations].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return plain;
}

/** A copy of the data folder's store, as a crash would leave it (no lock: the copy is nobody's). */
function crashCopy(dir: string): string {
  const copy = tempDir('crash');
  cpSync(join(dir, STORE_DIR), join(copy, STORE_DIR), { recursive: true });
  return copy;
}

async function reopened(dir: string): Promise<{ store: Store; notices: string[] }> {
  return openStore(dir, { eager: true });
}

describe('the journal', () => {
  it('reads back exactly what was acknowledged, through random edits, removals and checkpoints', async () => {
    const dir = tempDir('journal');
    const { store } = await openStore(dir, { foldAfterIdleMs: 60_000 });
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const documents = ['d1', 'd2', 'd3', 'd4'];
    let checkpoints = 0;
    for (let step = 0; step < 160; step++) {
      const roll = random();
      await store.write((d) => {
        const notes = d.annotations;
        if (roll < 0.35 || notes.length < 3) notes.push(note(pick(documents)));
        else if (roll < 0.6) {
          const i = Math.floor(random() * notes.length);
          notes[i] = { ...notes[i]!, body: `${notes[i]!.body} 고침`, version: step } as Annotation;
        } else if (roll < 0.7) {
          const i = Math.floor(random() * notes.length);
          notes[i] = { ...notes[i]!, deleted: true } as Annotation;
        } else if (roll < 0.78) notes.splice(Math.floor(random() * notes.length), 1); // a record removed outright
        else if (roll < 0.82) notes.push(note(pick(documents)), note(pick(documents))); // two documents at once
        else if (roll < 0.86) (notes as unknown[]).push({ documentId: 'd1', createdAt: `2026-02-0${step % 9}`, body: '아이디 없음' }); // no id: whole group
        else if (roll < 0.9) d.members = [...d.members, { id: `m${step}`, name: `의원${step}` } as never];
        else if (roll < 0.94) d.counter = step;
        else if (roll < 0.97) d.futureList = step % 2 ? [{ step }] : (undefined as never);
        else d.annotations = notes.filter((a) => a.documentId !== 'd4'); // a whole group emptied
      });
      if (random() < 0.05) {
        await store.checkpoint();
        checkpoints++;
      }
      if (step % 20 === 19) expect(comparable((await readStoredData(dir))!)).toEqual(comparable(store.read()));
    }
    expect(checkpoints).toBeGreaterThan(2);
    expect(journalLines(dir).length).toBeGreaterThan(0);
    // A crash now: a new start replays the journal onto the shards.
    const copy = crashCopy(dir);
    const { store: again, notices } = await reopened(copy);
    expect(notices).toEqual([]);
    expect(comparable(again.read())).toEqual(comparable(store.read()));
    expect(again.counts().byDocument).toEqual(countLive(store.read()));
    await again.close();
    await store.close();
  });

  it('counts notes per document from the journal before the notes are read', async () => {
    const dir = tempDir('counts');
    const { store } = await openStore(dir);
    await store.write((d) => void d.annotations.push(note('a'), note('a'), note('b')));
    await store.checkpoint();
    await store.write((d) => {
      d.annotations.push(note('a'), note('c'));
      const i = d.annotations.findIndex((a) => a.documentId === 'b');
      d.annotations[i] = { ...d.annotations[i]!, deleted: true } as Annotation;
    });
    const copy = crashCopy(dir);
    const { store: opened } = await openStore(copy);
    expect(Object.fromEntries(opened.counts().byDocument)).toEqual({ a: 3, b: 0, c: 1 });
    await opened.close();
    await store.close();
  });

  it('drops a line that a crash cut short, without a notice, and goes on cleanly after it', async () => {
    const dir = tempDir('torn');
    const { store } = await openStore(dir);
    await store.write((d) => void d.annotations.push(note('a')));
    await store.write((d) => void (d.counter = 1));
    const copy = crashCopy(dir);
    await store.close();
    const [journal] = storeFiles(copy, 'journal-');
    await appendFile(join(copy, STORE_DIR, journal!), '{"at":"2026-01-01T00:00:00.000Z","shards":{"meta":{"content":{"coun');
    const { store: opened, notices } = await reopened(copy);
    expect(notices).toEqual([]);
    expect(opened.read().counter).toBe(1);
    expect(opened.read().annotations).toHaveLength(1);
    // The cut-short line was folded away, so the next save is a clean line.
    expect(storeFiles(copy, 'journal-')).toEqual([]);
    await opened.write((d) => void (d.counter = 2));
    await opened.close();
    const { store: third, notices: later } = await reopened(copy);
    expect(later).toEqual([]);
    expect(third.read().counter).toBe(2);
    await third.close();
  });

  it('says so in Korean when a line before the end is damaged, keeps a copy and the saves before it', async () => {
    const dir = tempDir('damaged');
    const { store } = await openStore(dir);
    await store.write((d) => void (d.counter = 1));
    await store.write((d) => void (d.counter = 2));
    await store.write((d) => void (d.counter = 3));
    const copy = crashCopy(dir);
    await store.close();
    const [name] = storeFiles(copy, 'journal-');
    const path = join(copy, STORE_DIR, name!);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"counter":2', '"counter":9'); // one flipped digit: the check fails
    writeFileSync(path, lines.join('\n'));
    const { store: opened, notices } = await reopened(copy);
    expect(opened.read().counter).toBe(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/최근 저장 기록의 일부가 손상되어 사본을 옆에 두었습니다\. \d{4}-\d{2}-\d{2} \d{2}:\d{2}까지 저장한 내용으로 열었으니/);
    const aside = /손상된 파일: (.+) \(지우지/.exec(notices[0]!)![1]!;
    expect(readFileSync(aside, 'utf8')).toBe(lines.join('\n'));
    await opened.write((d) => void (d.counter = 4));
    await opened.close();
    const { store: third, notices: later } = await reopened(copy);
    expect(later).toEqual([]);
    expect(third.read().counter).toBe(4);
    await third.close();
  });

  it('puts a save too big for a line into a checkpoint, and folds a full journal before it grows past its limit', async () => {
    const dir = tempDir('big');
    const { store } = await openStore(dir);
    await store.write((d) => void (d.counter = 1));
    const manifests = storeFiles(dir, 'manifest-').length;
    await store.write((d) => void (d.corrections = [{ id: 'c', text: '가'.repeat(ENTRY_LIMIT) }] as never));
    expect(storeFiles(dir, 'manifest-').length).toBe(manifests + 1);
    expect(storeFiles(dir, 'journal-')).toEqual([]); // the journal's save went into that checkpoint too
    expect((await readStoredData(dir))?.counter).toBe(1);

    const body = '나'.repeat(40_000); // ~120 KB a line
    let folds = 0;
    for (let i = 0; i < 60; i++) {
      const before = storeFiles(dir, 'manifest-').join();
      await store.write((d) => void d.annotations.push(note('a', { body: `${body}${i}` })));
      if (storeFiles(dir, 'manifest-').join() !== before) folds++;
      const [journal] = storeFiles(dir, 'journal-');
      if (journal) expect(readFileSync(join(dir, STORE_DIR, journal)).byteLength).toBeLessThanOrEqual(JOURNAL_LIMIT);
    }
    expect(folds).toBeGreaterThanOrEqual(1);
    expect((await readStoredData(dir))?.annotations).toHaveLength(60);
    await store.close();
  });

  it('folds the journal when the writes pause, and on close', async () => {
    const dir = tempDir('idle');
    const { store } = await openStore(dir, { foldAfterIdleMs: 30 });
    const manifests = storeFiles(dir, 'manifest-').length;
    await store.write((d) => void d.annotations.push(note('a')));
    expect(journalLines(dir)).toHaveLength(1);
    for (let i = 0; i < 200 && storeFiles(dir, 'journal-').length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(storeFiles(dir, 'journal-')).toEqual([]);
    expect(storeFiles(dir, 'manifest-').length).toBe(manifests + 1);

    const { store: second } = await openStore(tempDir('close'), { foldAfterIdleMs: 60_000 });
    await second.write((d) => void (d.counter = 5));
    expect(storeFiles(second.dataDir, 'journal-')).toHaveLength(1);
    await second.close();
    expect(storeFiles(second.dataDir, 'journal-')).toEqual([]);
    expect((await readStoredData(second.dataDir))?.counter).toBe(5);
    await store.close();
  });

  it.skipIf(!existsSync('/dev/full'))('a save the disk refuses fails with nothing changed, and the next one goes to a checkpoint', async () => {
    const dir = tempDir('full');
    const { store } = await openStore(dir);
    await store.write((d) => void (d.counter = 1));
    await store.checkpoint();
    // The journal's next file is a disk that is always full.
    const seq = storeFiles(dir, 'manifest-').at(-1)!.slice('manifest-'.length, -'.json'.length);
    symlinkSync('/dev/full', join(dir, STORE_DIR, `journal-${seq}.log`));
    await expect(store.write((d) => void (d.counter = 2))).rejects.toThrow(/ENOSPC/);
    expect(store.read().counter).toBe(1);
    await store.write((d) => void (d.counter = 3));
    expect(storeFiles(dir, 'journal-')).toEqual([]); // folded, and the refusing file went with it
    expect((await readStoredData(dir))?.counter).toBe(3);
    await store.write((d) => void (d.counter = 4));
    expect(journalLines(dir)).toHaveLength(1);
    await store.close();
    expect((await readStoredData(dir))?.counter).toBe(4);
  });

  it('ignores and deletes the journal of an older manifest (a crash between a checkpoint and its cleanup)', async () => {
    const dir = tempDir('stale');
    const { store } = await openStore(dir);
    await store.write((d) => void (d.counter = 1));
    const [old] = storeFiles(dir, 'journal-');
    const oldLines = readFileSync(join(dir, STORE_DIR, old!));
    await store.checkpoint();
    await store.write((d) => void (d.counter = 2));
    const copy = crashCopy(dir);
    await store.close();
    writeFileSync(join(copy, STORE_DIR, old!), oldLines); // counter = 1, folded already
    const { store: opened, notices } = await reopened(copy);
    expect(notices).toEqual([]);
    expect(opened.read().counter).toBe(2);
    expect(existsSync(join(copy, STORE_DIR, old!))).toBe(false);
    await opened.close();
  });
});

describe('changeById', () => {
  const a = { id: 'a', v: 1 };
  const b = { id: 'b', v: 1 };
  const a2 = { id: 'a', v: 2 };
  it('names the records by id when that replays exactly', () => {
    expect(changeById([a], [a2], [a2, b])).toEqual({ remove: ['a'], put: [a2] });
    expect(changeById([], [b], [a, b])).toEqual({ remove: [], put: [b] });
  });
  it('gives up (the whole group goes in) for records without ids, duplicate ids, or a kept record sharing a removed id', () => {
    expect(changeById([], [{ v: 1 }], [a, { v: 1 }])).toBeNull();
    expect(changeById([], [a2], [a, a2])).toBeNull();
    expect(changeById([a], [], [{ id: 'a', v: 3 }])).toBeNull();
  });
});

function countLive(data: Readonly<StoreData>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of data.annotations) counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + (a.deleted ? 0 : 1));
  return counts;
}
