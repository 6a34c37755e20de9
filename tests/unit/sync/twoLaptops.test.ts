/**
 * Issue 12's end-to-end check on the service layer: two laptops, each with its own data folder and
 * ServiceContext, and one CouchDB-compatible server started here (express-pouchdb with real
 * accounts and `_security`; the design document's rules are checked in validate.test.ts, see
 * tests/helpers/couch.ts for why not here).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import { mergeAnnotations } from '@shared/merge/annotations';
import { syncEngineOf } from '../../../electron/service/sync/index';
import type { TestCouch } from '../../helpers/couch';
import { startCouch } from '../../helpers/couch';
import { laptop, SMALL_REPORT } from '../../helpers/bundles';

type Laptop = Awaited<ReturnType<typeof laptop>>;

let couch: TestCouch;
const open: Laptop[] = [];

beforeAll(async () => {
  couch = await startCouch();
  await couch.addUser({ name: 'kim', password: 'kim-password', roles: ['member'] });
  await couch.addUser({ name: 'lee', password: 'lee-password', roles: ['member'] });
  await couch.addUser({ name: 'sec', password: 'sec-password', roles: ['secretary'] });
});
afterAll(() => couch.stop());
afterEach(async () => {
  for (const l of open.splice(0)) await l.ctx.store.close();
});

/** A laptop with the small report and a member, syncing as `account` (password `<account>-password`). */
async function syncing(name: string, account: string, db: string, role?: string): Promise<Laptop> {
  const l = await laptop(name, { document: SMALL_REPORT, ...(role ? { role } : {}) });
  open.push(l);
  l.ctx.syncRetry = { firstMs: 100, maxMs: 400 };
  const settings = await l.call('sync:configure', { url: `${couch.baseUrl}/${db}`, account, password: `${account}-password`, enabled: true });
  expect(settings).toMatchObject({ enabled: true, hasPassword: true, passwordStorage: 'store' });
  return l;
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const note = (l: Laptop, body: string, extra: Record<string, unknown> = {}) =>
  l.call('annotation:create', { projectId: l.projects[0]!.id, type: '질의', body, ...extra }) as Promise<Annotation>;
const shared = (l: Laptop) => l.ctx.store.read().annotations.filter((a) => a.visibility === 'shared');
const bodies = (l: Laptop) => new Set(shared(l).map((a) => a.body));
const status = (l: Laptop) => l.call('sync:status', {}) as Promise<{ state: string; pending: number; message: string; lastSyncAt?: string }>;
const sortById = (list: Annotation[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

describe('live sync between laptops through the server', () => {
  it('notes written on each appear on the other within seconds; a private note never reaches the server', async () => {
    const db = await couch.createDb();
    const a = await syncing('김의원', 'kim', db);
    const b = await syncing('이의원', 'lee', db);
    const started = Date.now();
    await note(a, '청렴 교육 예산 근거는?');
    await note(b, '민원 창구 인력은?');
    const secret = await note(a, '개인 메모: 과장에게 따로 물을 것', { type: '메모' });
    expect(secret.visibility).toBe('private');
    await waitFor('A’s note on B', () => bodies(b).has('청렴 교육 예산 근거는?'));
    await waitFor('B’s note on A', () => bodies(a).has('민원 창구 인력은?'));
    expect(Date.now() - started).toBeLessThan(5_000);
    await waitFor('A connected, nothing waiting', async () => (await status(a)).state === 'connected' && (await status(a)).pending === 0);

    // Checked on the server itself.
    const docs = await couch.allDocs(db);
    expect(JSON.stringify(docs)).not.toContain('개인 메모');
    expect(docs.some((d) => d._id === `note:${secret.id}`)).toBe(false);
    expect(b.ctx.store.read().annotations.some((x) => x.id === secret.id)).toBe(false);
    // Member profiles travel, so the author of a note is known on the other laptop.
    expect(b.ctx.store.read().members.map((m) => m.name).sort()).toEqual(['김의원', '이의원']);
    const line = await status(a);
    expect(line.lastSyncAt).toBeTruthy();
    expect(line.message).toContain('연결됨');
    expect(line.message).toContain('마지막 동기화');
  });

  it('the server is killed and restarted mid-stream: sync resumes by itself, nothing lost or doubled', async () => {
    const db = await couch.createDb();
    const a = await syncing('김의원', 'kim', db);
    const b = await syncing('이의원', 'lee', db);
    for (let i = 0; i < 10; i++) await note(a, `질의 ${i}`);
    await couch.stop();
    for (let i = 10; i < 30; i++) await note(a, `질의 ${i}`);
    await waitFor('A notices', async () => (await status(a)).state !== 'connected');
    const waiting = await status(a);
    expect(waiting.pending).toBeGreaterThan(0);
    expect(waiting.message).toMatch(/대기 중인 변경 \d+건/);
    await couch.start();
    await waitFor('all 30 on B', () => shared(b).length === 30, 20_000);
    expect([...bodies(b)].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `질의 ${i}`).sort());
    expect(new Set(shared(b).map((x) => x.id)).size).toBe(30);
    await waitFor('nothing pending on A', async () => (await status(a)).pending === 0);
  });

  it('after both write while disconnected, reconnecting converges to the bundle merge; duplicates and clock skew change nothing', async () => {
    const db = await couch.createDb();
    const a = await syncing('김의원', 'kim', db);
    const s = await syncing('박전문위원', 'sec', db, '전문위원');
    const first = await note(a, '청사 정비 일정은?');
    const second = await note(a, '홍보 예산 집행률은?');
    await waitFor('notes on the secretary’s laptop', () => shared(s).length === 2);

    await couch.stop();
    // The secretary records an answer on one note; the author edits the other twice, with a clock
    // ten years behind: the higher version must still win everywhere.
    await s.call('annotation:update', { id: first.id, answer: { responder: '총무과장', summary: '3월 착공' }, status: '답변완료' });
    await a.call('annotation:update', { id: second.id, body: '홍보 예산 집행률과 성과는?' });
    await a.call('annotation:update', { id: second.id, tags: ['홍보'] });
    await a.ctx.store.write((d) => {
      const i = d.annotations.findIndex((x) => x.id === second.id);
      d.annotations[i] = { ...d.annotations[i]!, version: d.annotations[i]!.version + 1, updatedAt: '2016-01-01T00:00:00.000Z' };
    });
    await note(a, '오프라인 질의');
    const expected = mergeAnnotations(shared(a), shared(s));

    await couch.start();
    const converged = (l: Laptop) => JSON.stringify(sortById(shared(l))) === JSON.stringify(expected);
    await waitFor('both converge to the bundle merge', () => converged(a) && converged(s), 20_000);
    expect(shared(a).find((x) => x.id === first.id)).toMatchObject({ version: 2, status: '답변완료', answer: { responder: '총무과장' } });
    expect(shared(s).find((x) => x.id === second.id)).toMatchObject({ version: 4, updatedAt: '2016-01-01T00:00:00.000Z', body: '홍보 예산 집행률과 성과는?', tags: ['홍보'] });

    // Duplicate delivery: everything pulled again from scratch (sync off and on, password kept).
    await s.call('sync:configure', { url: `${couch.baseUrl}/${db}`, account: 'sec', enabled: false });
    await s.call('sync:configure', { url: `${couch.baseUrl}/${db}`, account: 'sec', enabled: true });
    await waitFor('connected again', async () => (await status(s)).state === 'connected');
    await syncEngineOf(s.ctx)!.idle();
    expect(sortById(shared(s))).toEqual(expected);
    expect((await couch.allDocs(db)).filter((d) => String(d._id).startsWith('note:'))).toHaveLength(expected.length);
  });
});
