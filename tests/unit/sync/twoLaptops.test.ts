/**
 * Issue 12's end-to-end check on the service layer: two laptops, each with its own data folder and
 * ServiceContext, and one CouchDB-compatible server started here (express-pouchdb with real
 * accounts, `_security` and the design document's rules installed; the rules themselves are
 * checked in validate.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import { mergeAnnotations } from '@shared/merge/annotations';
import { canonicalJson } from '@shared/merge/canonical';
import { syncEngineOf } from '../../../electron/service/sync/index';
import type { TestCouch } from '../../helpers/couch';
import { startCouch, waitFor } from '../../helpers/couch';
import { laptop, SMALL_REPORT } from '../../helpers/bundles';

type Laptop = Awaited<ReturnType<typeof laptop>>;

let couch: TestCouch;
const open: Laptop[] = [];

beforeAll(async () => {
  couch = await startCouch();
  await couch.addCouncilAccounts();
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
    const converged = (l: Laptop) => canonicalJson(sortById(shared(l))) === canonicalJson(expected);
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

  it('an author’s edit and a secretary’s answer to the same note, made offline, both reach every laptop and the server', async () => {
    const db = await couch.createDb();
    const a = await syncing('김의원', 'kim', db);
    const s = await syncing('박전문위원', 'sec', db, '전문위원');
    const c = await syncing('이의원', 'lee', db);
    const edited = await note(a, '청사 정비 일정은?');
    const closed = await note(a, '홍보 예산 집행률은?');
    await waitFor('notes on both other laptops', () => shared(s).length === 2 && shared(c).length === 2);

    await couch.stop();
    // One note: the author rewrites it while the secretary records its answer.
    await a.call('annotation:update', { id: edited.id, body: '청사 정비 일정과 예산은?' });
    await s.call('annotation:update', { id: edited.id, answer: { responder: '총무과장', summary: '3월 착공, 12억' }, status: '답변완료' });
    // The other: the author closes it herself while the secretary answers it (the same answer document).
    await a.call('annotation:update', { id: closed.id, status: '종결' });
    await s.call('annotation:update', { id: closed.id, answer: { responder: '기획예산과장', summary: '집행률 62%' }, status: '답변완료' });
    const offline = [...shared(a), ...shared(s)];
    const byId = (id: string) => offline.filter((x) => x.id === id);

    await couch.start();
    const same = () => canonicalJson(sortById(shared(a))) === canonicalJson(sortById(shared(s))) && canonicalJson(sortById(shared(s))) === canonicalJson(sortById(shared(c)));
    await waitFor('all three laptops hold the same notes', async () => same() && shared(a).find((x) => x.id === edited.id)!.version === 3 && (await status(c)).pending === 0, 20_000);
    await syncEngineOf(a.ctx)!.idle();
    await syncEngineOf(s.ctx)!.idle();
    await syncEngineOf(c.ctx)!.idle();
    expect(same()).toBe(true);

    // Nothing lost: the author's words and the secretary's answer on every laptop.
    for (const l of [a, s, c]) {
      expect(shared(l).find((x) => x.id === edited.id)).toMatchObject({ body: '청사 정비 일정과 예산은?', status: '답변완료', answer: { summary: '3월 착공, 12억' }, version: 3 });
    }
    // Two changes of the same part: the bundle merge rule picks one, the same on every laptop
    // (both are version 2; the later one wins) and the note's words stay.
    const [fromA, fromS] = byId(closed.id);
    const rule = mergeAnnotations([fromA!], [fromS!])[0]!;
    expect(shared(c).find((x) => x.id === closed.id)).toMatchObject({ body: '홍보 예산 집행률은?', status: rule.status, version: 2 });
    // Bundle merge agrees: a bundle of either laptop's offline copies, imported now, changes nothing.
    const now = sortById(shared(c));
    expect(canonicalJson(mergeAnnotations(now, offline))).toBe(canonicalJson(now));
    // And the notes the sides did not both change are exactly the bundle merge's.
    expect(rule).toEqual(now.find((x) => x.id === closed.id));

    // On the server: one note and one answer document per note, no conflicts left, no refusals.
    const docs = await couch.allDocs(db);
    const server = (id: string) => docs.find((d) => d._id === id);
    expect(server(`note:${edited.id}`).record).toMatchObject({ body: '청사 정비 일정과 예산은?', version: 2 });
    expect(server(`note:${edited.id}`).record).not.toHaveProperty('answer');
    expect(server(`answer:kim:${edited.id}`)).toMatchObject({ owner: 'kim', writer: 'sec', record: { status: '답변완료', version: 1 } });
    // (the losing revision's removal reaches the server a moment after the laptops agree)
    const conflicted = async () => (await couch.admin('GET', `/${db}/_all_docs?include_docs=true&conflicts=true`)).body.rows.filter((r: { doc: { _conflicts?: string[] } }) => r.doc._conflicts?.length);
    await waitFor('no conflicts left on the server', async () => (await conflicted()).length === 0);
    for (const l of [a, s, c]) expect((await status(l)).message).not.toContain('거절');
  });

  it('another member’s account writing first changes nothing for the note’s author: her status and the secretary’s answer still travel', async () => {
    const db = await couch.createDb();
    const a = await syncing('김의원', 'kim', db);
    const s = await syncing('박전문위원', 'sec', db, '전문위원');
    const target = await note(a, '청사 정비 일정은?');
    await waitFor('the note on the secretary’s laptop', () => shared(s).length === 1);
    // lee, straight to the server with her own account, before anyone answered.
    const lee = { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('lee:lee-password').toString('base64') };
    const record = { id: target.id, status: '답변완료', answer: { summary: '가짜 답변' }, version: 5, updatedAt: '2030-01-01T00:00:00.000Z', deleted: false };
    const put = async (doc: Record<string, unknown>) => (await fetch(`${couch.baseUrl}/${db}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: lee, body: JSON.stringify(doc) })).status;
    expect(await put({ _id: `answer:kim:${target.id}`, kind: 'answer', owner: 'kim', writer: 'lee', record })).toBe(403);
    expect(await put({ _id: `answer:kim:${target.id}`, kind: 'answer', owner: 'lee', writer: 'lee', record })).toBe(403);
    expect(await put({ _id: `answer:lee:${target.id}`, kind: 'answer', owner: 'lee', writer: 'lee', record })).toBe(201);

    // The author closes her note: it reaches the secretary, lee's document is read by no one.
    await a.call('annotation:update', { id: target.id, status: '종결' });
    await waitFor('the author’s status on the secretary’s laptop', () => shared(s)[0]!.status === '종결');
    expect(shared(s)[0]).not.toHaveProperty('answer');
    // The secretary answers on top of it.
    await s.call('annotation:update', { id: target.id, answer: { responder: '총무과장', summary: '3월 착공' }, status: '답변완료' });
    await waitFor('the answer on the author’s laptop', () => shared(a)[0]!.answer?.summary === '3월 착공');
    await waitFor('nothing pending', async () => (await status(a)).pending === 0 && (await status(s)).pending === 0);
    for (const l of [a, s]) {
      expect(shared(l)[0]).toMatchObject({ status: '답변완료', answer: { summary: '3월 착공' }, version: 3 });
      expect((await status(l)).message).not.toContain('거절');
    }
    const docs = await couch.allDocs(db);
    expect(docs.find((d) => d._id === `answer:kim:${target.id}`)).toMatchObject({ owner: 'kim', writer: 'sec', record: { status: '답변완료', version: 2 } });
  });
});
