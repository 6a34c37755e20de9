/**
 * Encryption at rest with the PIN lock on: real files in temp folders. Nothing of the documents or
 * notes is readable on disk, a restart needs the PIN, locking drops the data, turning it off
 * restores plaintext, a crash at any step of turning it on or off leaves the data readable, and
 * review bundles can carry a password.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/dispatch';
import type { ServiceContext } from '../../../electron/service/context';
import { createServiceContext } from '../../../electron/service/context';
import { MAGIC } from '../../../electron/service/crypto/envelope';
import { fileKey } from '../../../electron/service/crypto/keyring';
import { STORE_DIR, readStoredData } from '../../../electron/service/db';
import type { MigrationStep, SecurityOptions } from '../../../electron/service/security';
import { SECURITY_FILE, dataFiles } from '../../../electron/service/security';
import type { Annotation } from '@shared/model/annotation';
import type { DocumentView } from '@shared/model/library';
import type { SearchResult } from '@shared/search/types';
import { BODY_CACHE_DIR } from '../../../electron/service/bodyFiles';
import { securityText } from '@shared/text/security';
import { bundleText } from '@shared/text/bundles';
import { SMALL_REPORT } from '../../helpers/bundles';
import { b64, repoSeedsDir, tempDir } from '../../helpers/service';

const PIN = '482913';
const NOTE = '청년 일자리 예산 집행률이 낮은 이유를 질의함';
const MEMBER = '홍길동의원';
const open: ServiceContext[] = [];

afterEach(async () => {
  for (const ctx of open.splice(0)) await ctx.store.close().catch(() => undefined);
});

async function start(dataDir: string, security: SecurityOptions = {}) {
  const ctx = await createServiceContext({ dataDir, seedsDir: tempDir('noseeds'), transport: 'cli', security: { idleCheckMs: 0, ...security } });
  open.push(ctx);
  const dispatch = createDispatcher(ctx, () => undefined);
  return { ctx, dataDir, call: (method: string, args?: unknown) => dispatch(method, args) };
}
type App = Awaited<ReturnType<typeof start>>;

/** Closes a context as a quit would (the store, or the locked stand-in, lets go of the folder). */
async function stop(app: App): Promise<void> {
  await app.ctx.store.close();
  open.splice(open.indexOf(app.ctx), 1);
}

/** A laptop with a member, the small work report and a note on its first project. */
async function seeded(dataDir = tempDir('enc'), security: SecurityOptions = {}) {
  const app = await start(dataDir, security);
  await app.call('member:create', { name: MEMBER, committee: '행정복지위원회' });
  const imported = (await app.call('library:import', { fileName: '총무과-업무보고.txt', dataBase64: b64(SMALL_REPORT) })) as { documentId: string };
  const view = (await app.call('document:get', { id: imported.documentId })) as DocumentView;
  const note = (await app.call('annotation:create', { projectId: view.tree.projects[0]!.id, type: '질의', body: NOTE })) as Annotation;
  expect(note.body).toBe(NOTE);
  return { ...app, documentId: imported.documentId, view, note };
}

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Files of the folder whose bytes contain any of `needles` (UTF-8 or UTF-16, as the search's body files hold text). */
function filesContaining(dir: string, needles: string[]): string[] {
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  return allFiles(dir).filter((file) => {
    const bytes = readFileSync(file);
    return patterns.some((p) => bytes.includes(p));
  });
}

const SECRETS = [NOTE, MEMBER, '청렴 교육', '민원 창구 확대', '총무과', '주요업무보고', '청렴도 향상'];
/** Sealed: the file is an envelope, or for the store's journal each line is one (in base64). */
const isEnvelopeFile = (file: string) => {
  const bytes = readFileSync(file);
  if (!/journal-\d+\.log$/.test(file)) return bytes.subarray(0, MAGIC.length).equals(MAGIC);
  const lines = bytes.toString('utf8').split('\n').filter(Boolean);
  return lines.length > 0 && lines.every((line) => Buffer.from(line.slice(0, line.lastIndexOf('\t')), 'base64').subarray(0, MAGIC.length).equals(MAGIC));
};

describe('encryption at rest', () => {
  it('leaves no plaintext of documents, notes or names in any file of the data folder, backups included', async () => {
    const app = await seeded();
    expect(filesContaining(app.dataDir, SECRETS).length).toBeGreaterThanOrEqual(2); // before: the store's journal and shards, the document text

    expect(await app.call('security:enable', { secret: PIN, idleMinutes: 10 })).toMatchObject({ enabled: true, locked: false, kind: 'pin' });
    // Writes after turning it on are encrypted too (and make new backups of encrypted files).
    await app.call('annotation:create', { projectId: app.view.tree.projects[1]!.id, type: '시정요구', body: `${NOTE} 후속` });
    await app.call('library:import', { fileName: '두번째.txt', dataBase64: b64(SMALL_REPORT.replace('총무과', '총무과 두번째 문서')) });

    expect(filesContaining(app.dataDir, SECRETS)).toEqual([]);
    let files = await dataFiles(app.dataDir);
    expect(files.filter((f) => /\/store\/journal-/.test(f))).toHaveLength(1); // the writes since
    expect(files.filter((f) => f.includes('/documents/')).length).toBe(2);
    for (const file of files) expect(isEnvelopeFile(file), file).toBe(true);
    // Folded into shards, still sealed: today's and older generations.
    await app.ctx.store.checkpoint();
    expect(filesContaining(app.dataDir, SECRETS)).toEqual([]);
    files = await dataFiles(app.dataDir);
    expect(files.filter((f) => f.includes('/store/shard-')).length).toBeGreaterThan(3);
    expect(files.filter((f) => /\/store\/manifest-/.test(f)).length).toBeGreaterThan(2);
    for (const file of files) expect(isEnvelopeFile(file), file).toBe(true);

    // security.json: salt, parameters and the sealed key; never the PIN.
    const settings = readFileSync(join(app.dataDir, SECURITY_FILE), 'utf8');
    expect(settings).not.toContain(PIN);
    expect(JSON.parse(settings)).toMatchObject({ enabled: true, kind: 'pin', kdf: { name: 'scrypt', log2N: 16, r: 8, p: 1 }, wrappedKey: expect.any(String) });
    expect(Buffer.from(JSON.parse(settings).wrappedKey, 'base64').subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);

    // The app itself reads everything as before.
    expect(((await app.call('annotation:list', {})) as Annotation[]).map((a) => a.body).sort()).toEqual([NOTE, `${NOTE} 후속`]);
    expect(((await app.call('document:get', { id: app.documentId })) as DocumentView).text).toBe(SMALL_REPORT);
  });

  it('removes the search body files kept beside unencrypted data when turned on, and writes none while on', async () => {
    const app = await seeded();
    const before = (await app.call('search:query', { text: '청렴 교육' })) as SearchResult;
    expect(before.total).toBeGreaterThan(0);
    const cache = join(app.dataDir, BODY_CACHE_DIR);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(filesContaining(cache, ['청렴 교육'])).toHaveLength(1);

    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    expect(existsSync(cache)).toBe(false);
    // The index is built again with its bodies in memory: the same hits and snippets.
    expect(await app.call('search:query', { text: '청렴 교육' })).toEqual(before);
    await app.call('library:import', { fileName: '두번째.txt', dataBase64: b64(SMALL_REPORT.replace('총무과', '총무과 두번째 문서')) });
    expect(((await app.call('search:query', { text: '청렴 교육' })) as SearchResult).total).toBe(before.total * 2);
    expect(existsSync(cache)).toBe(false);
    expect(filesContaining(app.dataDir, SECRETS)).toEqual([]);
  });

  it('starts locked after a restart: only app:info, security:status and security:unlock answer until the PIN is given', async () => {
    const first = await seeded();
    await first.call('security:enable', { secret: PIN, idleMinutes: 10 });
    await stop(first);

    const app = await start(first.dataDir);
    expect(await app.call('security:status', {})).toEqual({ enabled: true, locked: true, idleMinutes: 10, retryAfterSeconds: 0, kind: 'pin' });
    const locked = { ok: false, code: 'locked', message: securityText.locked };
    expect(await app.call('library:list', {})).toEqual(locked);
    expect(await app.call('annotation:list', {})).toEqual(locked);
    expect(await app.call('security:lock', {})).toEqual(locked);
    expect(await app.call('library:import', { nonsense: 1 })).toEqual(locked); // not even argument checks
    expect(await app.call('app:info', {})).toMatchObject({ name: '의정 검토' });
    expect(() => app.ctx.store.read()).toThrow(securityText.locked);

    expect(await app.call('security:unlock', { secret: '000000' })).toMatchObject({ ok: false, code: 'locked', field: 'secret', message: expect.stringMatching(/맞지 않습니다/) });
    expect(await app.call('security:unlock', { secret: PIN })).toMatchObject({ enabled: true, locked: false });
    expect(((await app.call('annotation:list', {})) as Annotation[]).map((a) => a.body)).toEqual([NOTE]);
    expect(((await app.call('library:list', {})) as unknown[]).length).toBe(1);
  });

  it('drops the key, the data, the parsed trees and the search index on lock, and reads it all again after unlock', async () => {
    const app = await seeded();
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    expect(((await app.call('search:query', { text: '민원 창구' })) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    expect(app.ctx.treeCache.size).toBeGreaterThan(0);

    expect(await app.call('security:lock', {})).toMatchObject({ locked: true });
    expect(fileKey(app.dataDir)).toBeUndefined();
    expect(app.ctx.treeCache.size).toBe(0);
    expect(() => app.ctx.store.read()).toThrow(securityText.locked);
    expect(await app.call('search:query', { text: '민원 창구' })).toMatchObject({ ok: false, code: 'locked' });
    expect(await app.call('document:get', { id: app.documentId })).toMatchObject({ ok: false, code: 'locked' });

    await app.call('security:unlock', { secret: PIN });
    expect(((await app.call('search:query', { text: '민원 창구' })) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    expect(((await app.call('document:get', { id: app.documentId })) as DocumentView).text).toBe(SMALL_REPORT);
  });

  it('restores plaintext on disable, and then starts unlocked', async () => {
    const app = await seeded();
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    await app.call('annotation:update', { id: app.note.id, body: `${NOTE} (수정)` });
    expect(await app.call('security:disable', { secret: '111111' })).toMatchObject({ ok: false, code: 'forbidden', field: 'secret' });
    expect(await app.call('security:disable', { secret: PIN })).toEqual({ enabled: false, locked: false, idleMinutes: 10, retryAfterSeconds: 0, kind: null });

    for (const file of await dataFiles(app.dataDir)) expect(isEnvelopeFile(file), file).toBe(false);
    expect((await readStoredData(app.dataDir))!.annotations[0]!.body).toBe(`${NOTE} (수정)`);
    expect(readFileSync(join(app.dataDir, 'documents', `${app.documentId}.txt`), 'utf8')).toBe(SMALL_REPORT);
    expect(JSON.parse(readFileSync(join(app.dataDir, SECURITY_FILE), 'utf8'))).toMatchObject({ enabled: false });
    expect(readFileSync(join(app.dataDir, SECURITY_FILE), 'utf8')).not.toMatch(/wrappedKey|salt/);
    await app.call('annotation:create', { projectId: app.view.tree.projects[2]!.id, type: '메모', body: '끈 뒤의 메모' });
    await stop(app);

    const again = await start(app.dataDir);
    expect(await again.call('security:status', {})).toMatchObject({ enabled: false, locked: false });
    expect(((await again.call('annotation:list', {})) as Annotation[]).length).toBe(2);
  });

  it('changes the PIN without re-encrypting: the old PIN no longer opens, the new one does', async () => {
    const app = await seeded();
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    const before = readFileSync(join(app.dataDir, 'documents', `${app.documentId}.txt`));
    expect(await app.call('security:change', { secret: '999999', newSecret: '의정검토 비밀번호 2025' })).toMatchObject({ ok: false, code: 'forbidden', field: 'secret' });
    expect(await app.call('security:change', { secret: PIN, newSecret: '12' })).toMatchObject({ ok: false, code: 'bad-input', field: 'newSecret' });
    expect(await app.call('security:change', { secret: PIN, newSecret: '의정검토 비밀번호 2025', idleMinutes: 5 })).toMatchObject({ kind: 'password', idleMinutes: 5 });
    expect(readFileSync(join(app.dataDir, 'documents', `${app.documentId}.txt`)).equals(before)).toBe(true);

    await app.call('security:lock', {});
    expect(await app.call('security:unlock', { secret: PIN })).toMatchObject({ ok: false, code: 'locked' });
    expect(await app.call('security:unlock', { secret: '의정검토 비밀번호 2025' })).toMatchObject({ locked: false });
    expect(((await app.call('annotation:list', {})) as Annotation[])[0]!.body).toBe(NOTE);
  });

  it('restores an encrypted data file that was damaged from its encrypted backup', async () => {
    const app = await seeded();
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    await app.call('annotation:update', { id: app.note.id, body: `${NOTE} 2` });
    await stop(app);
    // The newest shard file: the notes the update just wrote.
    const store = join(app.dataDir, STORE_DIR);
    const path = join(store, readdirSync(store).filter((n) => n.startsWith('shard-')).sort().at(-1)!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 5]! ^= 0xff; // a flipped byte: the GCM tag no longer matches
    writeFileSync(path, bytes);

    const again = await start(app.dataDir);
    await again.call('security:unlock', { secret: PIN });
    expect(((await again.call('app:info', {})) as { notices: string[] }).notices.join(' ')).toMatch(/백업에서 자료를 되살렸습니다/);
    expect(((await again.call('annotation:list', {})) as Annotation[])[0]!.body).toMatch(NOTE);
    expect(readdirSync(join(app.dataDir, STORE_DIR, 'damaged'))).toHaveLength(1);
    for (const file of await dataFiles(app.dataDir)) expect(isEnvelopeFile(file), file).toBe(true); // the damaged one too
  });

  it('refuses to start over encrypted data when security.json is missing (never an empty library over it)', async () => {
    const app = await seeded();
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    await stop(app);
    const settings = join(app.dataDir, SECURITY_FILE);
    cpSync(settings, `${settings}.keep`);
    writeFileSync(settings, '');
    await expect(start(app.dataDir)).rejects.toThrow(/보안 설정 파일이 손상/);
    (await import('node:fs')).rmSync(settings);
    await expect(start(app.dataDir)).rejects.toThrow(/보안 설정 파일이 없습니다/);
    const manifests = readdirSync(join(app.dataDir, STORE_DIR)).filter((n) => n.startsWith('manifest-'));
    for (const name of manifests) expect(isEnvelopeFile(join(app.dataDir, STORE_DIR, name))).toBe(true);
    cpSync(`${settings}.keep`, settings);
    const again = await start(app.dataDir);
    expect(await again.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
  });
});

describe('a crash at each step of turning encryption on or off leaves the data readable', () => {
  /**
   * The fault hook copies the whole data folder at the chosen step — exactly what a crash there
   * leaves on disk — and then throws. The copy is opened as the next start would open it.
   */
  async function crashAt(step: MigrationStep, nth: number, action: 'enable' | 'disable') {
    const crashDir = tempDir('crash');
    let seen = 0;
    const fault = (s: MigrationStep) => {
      if (s !== step || ++seen !== nth) return;
      cpSync(app.dataDir, crashDir, { recursive: true });
      throw new Error(`simulated crash at ${step} #${nth}`);
    };
    const app = await seeded(tempDir('enc'), { fault: (s) => (armed ? fault(s) : undefined) });
    let armed = action === 'enable';
    if (action === 'disable') {
      await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
      armed = true;
    }
    const answer = await app.call(`security:${action}`, action === 'enable' ? { secret: PIN, idleMinutes: 10 } : { secret: PIN });
    expect(answer).toMatchObject({ ok: false, code: 'internal' });
    expect(existsSync(join(crashDir, STORE_DIR))).toBe(true);
    return { app, crashDir };
  }

  async function expectIntact(dataDir: string, expectLocked: boolean) {
    const next = await start(dataDir);
    expect(((await next.call('security:status', {})) as { locked: boolean }).locked).toBe(expectLocked);
    if (expectLocked) expect(await next.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
    expect(((await next.call('annotation:list', {})) as Annotation[]).map((a) => a.body)).toEqual([NOTE]);
    const [doc] = (await next.call('library:list', {})) as { id: string }[];
    expect(((await next.call('document:get', { id: doc!.id })) as DocumentView).text).toBe(SMALL_REPORT);
    const names = allFiles(dataDir).map((f) => f.slice(dataDir.length));
    expect(names.filter((n) => n.includes('.sec-next'))).toEqual([]);
    const files = await dataFiles(dataDir);
    // Finished in one direction: all encrypted when the lock is on, all plaintext when it is off.
    for (const file of files) expect(isEnvelopeFile(file), file).toBe(expectLocked);
    if (expectLocked) expect(filesContaining(dataDir, SECRETS)).toEqual([]);
    await stop(next);
  }

  it.each([
    ['copy', 1],
    ['copy', 3],
    ['before-switch', 1],
  ] as const)('turning on, crash at %s #%i (before security.json switched): starts unlocked, plaintext intact, copies removed', async (step, nth) => {
    const { crashDir, app } = await crashAt(step, nth, 'enable');
    expect(allFiles(crashDir).some((n) => n.endsWith('.sec-next'))).toBe(true);
    await expectIntact(crashDir, false);
    // The app that "crashed" (here: threw) is still usable and still off.
    expect(await app.call('security:status', {})).toMatchObject({ enabled: false, locked: false });
    expect(((await app.call('annotation:list', {})) as Annotation[]).length).toBe(1);
  });

  it.each([
    ['after-switch', 1],
    ['replace', 1],
    ['replace', 4],
  ] as const)('turning on, crash at %s #%i (after the switch): starts locked, unlock finishes the encryption', async (step, nth) => {
    const { crashDir } = await crashAt(step, nth, 'enable');
    const mixed = (await dataFiles(crashDir)).map(isEnvelopeFile);
    expect(mixed).toContain(false); // plaintext files were still there when it "crashed"
    await expectIntact(crashDir, true);
  });

  it.each([
    ['decrypt', 1],
    ['decrypt', 3],
    ['before-switch', 1],
  ] as const)('turning off, crash at %s #%i (before the switch): starts locked, unlock re-encrypts what was decrypted', async (step, nth) => {
    const { crashDir } = await crashAt(step, nth, 'disable');
    expect((await dataFiles(crashDir)).map(isEnvelopeFile)).toContain(false);
    await expectIntact(crashDir, true);
  });
});

describe('review bundles with a password', () => {
  async function member(name: string) {
    const app = await seeded();
    await app.call('member:create', { name });
    return app;
  }

  it('round-trips an encrypted bundle; without or with a wrong password the answer asks for it (field: password)', async () => {
    const kim = await member('김의원');
    const out = (await kim.call('bundle:export', { includeDocuments: true, password: '회기 전 공유 암호' })) as { dataBase64: string; encrypted: boolean; annotationCount: number };
    expect(out).toMatchObject({ encrypted: true, annotationCount: 1 });
    const bytes = Buffer.from(out.dataBase64, 'base64');
    expect(bytes.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    for (const s of SECRETS) expect(bytes.includes(Buffer.from(s))).toBe(false);

    const other = await start(tempDir('enc-b'));
    await other.call('member:create', { name: '박전문' });
    expect(await other.call('bundle:preview', { dataBase64: out.dataBase64 })).toEqual({ ok: false, code: 'bad-input', field: 'password', message: bundleText.passwordNeeded });
    expect(await other.call('bundle:import', { dataBase64: out.dataBase64, password: '틀린 암호입니다' })).toEqual({ ok: false, code: 'bad-input', field: 'password', message: bundleText.wrongPassword });
    // A changed byte reads like a wrong password (GCM): nothing is imported either way.
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 1]! ^= 1;
    expect(await other.call('bundle:import', { dataBase64: tampered.toString('base64'), password: '회기 전 공유 암호' })).toMatchObject({ code: 'bad-input', field: 'password' });
    expect(((await other.call('annotation:list', {})) as unknown[]).length).toBe(0);

    expect(await other.call('bundle:preview', { dataBase64: out.dataBase64, password: '회기 전 공유 암호' })).toMatchObject({ totals: { new: 1 }, author: { name: MEMBER } });
    expect(await other.call('bundle:import', { dataBase64: out.dataBase64, password: '회기 전 공유 암호' })).toMatchObject({ applied: true, totals: { new: 1 } });
    expect(((await other.call('annotation:list', {})) as Annotation[]).map((a) => a.body)).toEqual([NOTE]);
  });

  it('keeps the checksum check inside the envelope, refuses short export passwords, and ignores a password on a plain bundle', async () => {
    const kim = await member('김의원');
    expect(await kim.call('bundle:export', { password: 'short' })).toMatchObject({ ok: false, code: 'invalid-args', field: 'password' });
    const plain = (await kim.call('bundle:export', {})) as { dataBase64: string; encrypted: boolean };
    expect(plain.encrypted).toBe(false);
    const other = await start(tempDir('enc-b'));
    await other.call('member:create', { name: '박전문' });
    expect(await other.call('bundle:preview', { dataBase64: plain.dataBase64, password: '아무 암호나 넣어도' })).toMatchObject({ totals: { new: 1 } });

    // A bundle whose checksum is wrong, sealed with a password: opens, then fails the checksum as before.
    const { sealWithPassword } = await import('../../../electron/service/crypto/envelope');
    const payload = JSON.parse(Buffer.from(plain.dataBase64, 'base64').toString('utf8'));
    payload.annotations[0].body = '바꿔치기한 내용';
    const sealed = await sealWithPassword('회기 전 공유 암호', Buffer.from(JSON.stringify(payload)));
    expect(await other.call('bundle:import', { dataBase64: sealed.toString('base64'), password: '회기 전 공유 암호' })).toEqual({
      ok: false,
      code: 'bad-input',
      field: 'dataBase64',
      message: bundleText.badChecksum,
    });
  });

  it('exports and imports bundles while the PIN lock is on (the bundle is only as protected as its own password)', async () => {
    const kim = await member('김의원');
    await kim.call('security:enable', { secret: PIN, idleMinutes: 10 });
    const out = (await kim.call('bundle:export', { password: '회기 전 공유 암호' })) as { dataBase64: string };
    await kim.call('security:lock', {});
    expect(await kim.call('bundle:export', {})).toMatchObject({ ok: false, code: 'locked' });
    const other = await start(tempDir('enc-b'));
    await other.call('member:create', { name: '박전문' });
    await other.call('security:enable', { secret: '135790', idleMinutes: 10 });
    expect(await other.call('bundle:import', { dataBase64: out.dataBase64, password: '회기 전 공유 암호' })).toMatchObject({ applied: true });
    expect(filesContaining(other.dataDir, [NOTE])).toEqual([]);
  });
});

describe('figures', () => {
  it('turns encryption on and off for the sample library with 20 saves of backups, and reports the time', async () => {
    const dataDir = tempDir('enc-fig');
    const ctx = await createServiceContext({ dataDir, seedsDir: repoSeedsDir, transport: 'cli', security: { idleCheckMs: 0 } });
    open.push(ctx);
    const dispatch = createDispatcher(ctx, () => undefined);
    const call = (method: string, args?: unknown) => dispatch(method, args);
    await call('member:create', { name: MEMBER });
    const [doc] = (await call('library:list', {})) as { id: string }[];
    const view = (await call('document:get', { id: doc!.id })) as DocumentView;
    for (let i = 0; i < 20; i++) await call('annotation:create', { projectId: view.tree.projects[i % view.tree.projects.length]!.id, type: '질의', body: `${NOTE} ${i}` });
    const files = await dataFiles(dataDir);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

    let t0 = performance.now();
    await call('security:enable', { secret: PIN, idleMinutes: 10 });
    const enableMs = performance.now() - t0;
    await call('security:lock', {});
    t0 = performance.now();
    expect(await call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
    const unlockMs = performance.now() - t0;
    t0 = performance.now();
    await call('security:disable', { secret: PIN });
    const disableMs = performance.now() - t0;
    console.log(
      `[security:migrate] files=${files.length} (${files.filter((f) => f.includes('/documents/')).length} documents, ${files.filter((f) => f.includes('/backups/')).length} backups) ` +
        `bytes=${(bytes / 1024 / 1024).toFixed(1)}MB enable=${enableMs.toFixed(0)}ms unlock=${unlockMs.toFixed(0)}ms disable=${disableMs.toFixed(0)}ms`,
    );
    expect(enableMs).toBeLessThan(10_000);
  });
});
