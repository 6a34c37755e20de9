/**
 * An old data folder opens and migrates without loss: tests/fixtures/legacy-v5 was written by the
 * last single-file version (see its README). Opened by today's app, everything in it is there —
 * documents, members, the session, every note (the private one and the tombstone included), the
 * secretary's answer, the structure correction — and the old file is left as it was.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE, STORE_DIR, readStoredData } from '../../../electron/service/db';
import { canonicalJson } from '@shared/merge/canonical';
import { makeApi, tempDir } from '../../helpers/service';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/legacy-v5');

function legacyCopy(): string {
  const dataDir = tempDir('legacy');
  cpSync(FIXTURE, dataDir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return dataDir;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('a data folder of the single-file era', () => {
  it('opens as shards with every record of the old file, and leaves the old file untouched', async () => {
    const dataDir = legacyCopy();
    const oldBytes = readFileSync(join(dataDir, DATA_FILE));
    const old = JSON.parse(oldBytes.toString('utf8')) as Record<string, { id: string }[]>;
    const { ctx, call } = await makeApi({ dataDir });
    await ctx.store.whenLoaded();

    const stored = (await readStoredData(dataDir)) as unknown as Record<string, { id: string }[]>;
    for (const key of ['documents', 'annotations', 'members', 'sessions', 'corrections']) {
      expect(canonicalJson(byId(stored[key]!)), key).toBe(canonicalJson(byId(old[key]!)));
    }
    for (const key of ['currentMemberId', 'currentSessionId', 'samplesImportedAt', 'documentRefs', 'importMappings', 'projectListMappings']) {
      expect(stored[key], key).toEqual(old[key]);
    }
    expect(readFileSync(join(dataDir, DATA_FILE)).equals(oldBytes)).toBe(true);
    expect(readdirSync(join(dataDir, STORE_DIR)).some((n) => n.startsWith('manifest-'))).toBe(true);

    // …and the app reads it as before: counts, the answer, the correction, the private note for its author only.
    const [doc] = (await call('library:list')) as { id: string; annotationCount: number }[];
    expect(doc!.annotationCount).toBe(3); // the deleted one is not counted
    const sessions = (await call('session:list')) as { annotationCount: number }[];
    expect(sessions[0]!.annotationCount).toBe(3);
    const view = (await call('document:get', { id: doc!.id })) as { tree: { projects: { title: string }[] } };
    expect(view.tree.projects.map((p) => p.title)).toContain('주민참여예산 운영 내실화');
    const secretary = (await call('annotation:list', {})) as { type: string; answer?: { summary?: string } }[];
    expect(secretary.map((a) => a.type).sort()).toEqual(['자료요구', '질의']);
    expect(secretary.find((a) => a.type === '질의')!.answer!.summary).toBe('참석률 92%');
    const members = (await call('member:list')) as { id: string; name: string }[];
    await call('member:switch', { id: members.find((m) => m.name === '김의원')!.id });
    expect(((await call('annotation:list', {})) as { type: string }[]).map((a) => a.type).sort()).toEqual(['메모', '자료요구', '질의']);
  });

  it('migrates once: a second start reads the shards and writes nothing', async () => {
    const dataDir = legacyCopy();
    const first = await makeApi({ dataDir });
    await first.ctx.store.whenLoaded();
    await first.ctx.store.close();
    const before = readdirSync(join(dataDir, STORE_DIR)).sort();
    const second = await makeApi({ dataDir });
    await second.ctx.store.whenLoaded();
    expect(readdirSync(join(dataDir, STORE_DIR)).sort()).toEqual(before);
    expect(((await second.call('library:list')) as unknown[]).length).toBe(1);
  });
});
