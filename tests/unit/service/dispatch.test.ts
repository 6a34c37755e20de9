import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE } from '../../../electron/service/db';
import { hashTree } from '../../helpers/hashTree';
import { b64, makeApi, tempDir } from '../../helpers/service';

const REPORT = '2025년도 주요업무보고\n\n총무과\n\n1. 청렴도 향상 추진\n\n□ 소요예산 : 1,000천원 【구비】\n';

describe('API dispatch over the real service layer', () => {
  it('should answer an unknown method with a Korean error, not a crash', async () => {
    const { call } = await makeApi();
    expect(await call('nope:nothing', {})).toMatchObject({ ok: false, code: 'unknown-method', message: expect.stringMatching(/알 수 없는 요청/) });
    expect(await call(42, {})).toMatchObject({ ok: false, code: 'unknown-method' });
  });

  it('should reject bad arguments with the field named', async () => {
    const { call } = await makeApi();
    expect(await call('library:import', { fileName: 1 })).toMatchObject({ ok: false, code: 'invalid-args', field: 'fileName' });
    expect(await call('document:get', {})).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('library:import', null)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('library:list', { extra: true })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('should import a text document, list it and return its tree', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    expect(summary.documentId).toEqual(expect.any(String));
    const list = (await call('library:list')) as { id: string; title: string; annotationCount: number }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: summary.documentId, annotationCount: 0 });
    const doc = (await call('document:get', { id: summary.documentId })) as { text: string; tree: { type: string } };
    expect(doc.text).toContain('청렴도 향상 추진');
    expect(doc.tree.type).toBe('document');
  });

  it('should not store the same text twice', async () => {
    const { call } = await makeApi();
    const first = (await call('library:import', { fileName: 'a.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    const second = (await call('library:import', { fileName: 'b.txt', dataBase64: b64(REPORT) })) as { documentId: string; duplicate: boolean };
    expect(second).toMatchObject({ documentId: first.documentId, duplicate: true });
    expect(await call('library:list')).toHaveLength(1);
  });

  it('should refuse an empty file in Korean and leave the library byte-for-byte unchanged', async () => {
    const dataDir = tempDir();
    const { call } = await makeApi({ dataDir });
    await call('library:import', { fileName: 'a.txt', dataBase64: b64(REPORT) });
    const before = hashTree(dataDir);
    const answer = await call('library:import', { fileName: 'empty.txt', dataBase64: '' });
    expect(answer).toMatchObject({ ok: false, code: 'bad-input', message: expect.stringMatching(/[가-힣]/) });
    expect(await call('library:import', { fileName: 'x.txt', dataBase64: '***not base64***' })).toMatchObject({ ok: false, code: 'bad-input' });
    expect(hashTree(dataDir)).toBe(before);
  });

  it('should keep the library across a restart on the same data folder', async () => {
    const dataDir = tempDir();
    const first = await makeApi({ dataDir });
    await first.call('library:import', { fileName: 'a.txt', dataBase64: b64(REPORT) });
    const before = await first.call('library:list');
    const second = await makeApi({ dataDir });
    expect(await second.call('library:list')).toEqual(before);
  });

  it('should import the four sample documents once, on first run only', async () => {
    const dataDir = tempDir();
    const first = await makeApi({ dataDir, samples: true });
    const list = (await first.call('library:list')) as { id: string; title: string; projectCount: number; sample: boolean }[];
    expect(list).toHaveLength(4);
    expect(list.every((d) => d.sample && d.projectCount > 0)).toBe(true);
    await first.call('library:remove', { id: list[0]!.id });
    const second = await makeApi({ dataDir, samples: true });
    expect(await second.call('library:list')).toHaveLength(3);
  });

  it('should set a damaged data file aside, say so in Korean and start', async () => {
    const dataDir = tempDir();
    await writeFile(join(dataDir, DATA_FILE), '{"schemaVersion":1,"documents":[');
    const { call } = await makeApi({ dataDir });
    const info = (await call('app:info')) as { notices: string[] };
    expect(info.notices.join('\n')).toMatch(/손상되어 옆으로 옮겨/);
    expect(await call('library:list')).toEqual([]);
  });

  it('should answer the library before reading the notes, and read them for the first call that needs them', async () => {
    const dataDir = tempDir();
    const first = await makeApi({ dataDir });
    const { documentId } = (await first.call('library:import', { fileName: '총무과.txt', dataBase64: b64(REPORT) })) as { documentId: string };
    await first.call('member:create', { name: '김의원' });
    const view = (await first.call('document:get', { id: documentId })) as { tree: { projects: { id: string }[] } };
    await first.call('annotation:create', { projectId: view.tree.projects[0]!.id, type: '질의', body: '질의합니다' });
    await first.ctx.store.close();

    const { call } = await makeApi({ dataDir, readNotesAfterMs: 60_000 });
    expect(await call('library:list')).toMatchObject([{ id: documentId, annotationCount: 1 }]);
    // app:info waits for the notes (its notices) but does not make them come sooner…
    let info: unknown;
    const pending = call('app:info').then((answer) => (info = answer));
    await new Promise((r) => setTimeout(r, 100));
    expect(info).toBeUndefined();
    // …a document opened does, and app:info is answered with it.
    expect(await call('annotation:list', { documentId })).toHaveLength(1);
    await pending;
    expect(info).toMatchObject({ notices: [] });
  });

  it('should answer remove of an unknown document with not-found', async () => {
    const { call } = await makeApi();
    expect(await call('library:remove', { id: 'missing' })).toMatchObject({ ok: false, code: 'not-found' });
  });
});
