/**
 * The PIN lock's rules with an injected clock: what counts as a PIN or a password, the back-off
 * after wrong secrets (persisted across a restart, and the KDF not even tried while waiting), the
 * idle lock (service side, from the last API call), and what the KDF costs here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/dispatch';
import type { ServiceContext } from '../../../electron/service/context';
import { createServiceContext } from '../../../electron/service/context';
import { KDF_DEFAULTS, deriveKey, open, seal } from '../../../electron/service/crypto/envelope';
import { SECURITY_FILE, backoffSeconds, secretKind } from '../../../electron/service/security';
import { securityText } from '@shared/text/security';
import { tempDir } from '../../helpers/service';

const PIN = '2580';
const contexts: ServiceContext[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.store.close().catch(() => undefined);
});

function clock(start = Date.UTC(2025, 2, 14, 9, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (seconds: number) => void (t += seconds * 1000) };
}

async function start(dataDir: string, now: () => number) {
  const ctx = await createServiceContext({ dataDir, seedsDir: tempDir('noseeds'), transport: 'cli', security: { now, idleCheckMs: 0 } });
  contexts.push(ctx);
  const dispatch = createDispatcher(ctx, () => undefined);
  return { ctx, call: (method: string, args?: unknown) => dispatch(method, args) };
}

async function lockedApp(idleMinutes = 10) {
  const time = clock();
  const dataDir = tempDir('pin');
  const app = await start(dataDir, time.now);
  await app.call('member:create', { name: '김의원' });
  expect(await app.call('security:enable', { secret: PIN, idleMinutes })).toMatchObject({ enabled: true, locked: false });
  return { ...app, time, dataDir };
}

describe('secrets', () => {
  it('takes 4–8 digits as a PIN and 8+ characters as a password; refuses the rest with the rule in Korean', async () => {
    expect(['1234', '00000000', '12345678'].map(secretKind)).toEqual(['pin', 'pin', 'pin']);
    expect(['의정검토비밀번호', 'correct horse', '123456789'].map(secretKind)).toEqual(['password', 'password', 'password']);
    expect(['123', '12a4', 'abcdefg', '        ', ''].map(secretKind)).toEqual([null, null, null, null, null]);

    const app = await start(tempDir('pin'), Date.now);
    for (const secret of ['123', 'abc', '12a45', '123456789'.slice(0, 3)]) {
      expect(await app.call('security:enable', { secret, idleMinutes: 10 })).toEqual({ ok: false, code: 'bad-input', field: 'secret', message: securityText.badSecret });
    }
    expect(await app.call('security:enable', { secret: PIN, idleMinutes: 241 })).toMatchObject({ ok: false, code: 'invalid-args', field: 'idleMinutes' });
    expect(await app.call('security:lock', {})).toMatchObject({ ok: false, code: 'bad-input', message: securityText.notOn });
    expect(await app.call('security:unlock', { secret: PIN })).toMatchObject({ enabled: false, locked: false }); // nothing to unlock
    await app.call('security:enable', { secret: PIN, idleMinutes: 10 });
    expect(await app.call('security:enable', { secret: PIN, idleMinutes: 10 })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('checks a secret by opening the sealed data key: the same salt and PIN give the same key, another PIN fails', async () => {
    const salt = Buffer.alloc(16, 7);
    const key = await deriveKey(PIN, salt);
    expect((await deriveKey(PIN, salt)).equals(key)).toBe(true);
    const sealed = seal(key, Buffer.from('data key'));
    expect(open(key, sealed).toString()).toBe('data key');
    expect(() => open(Buffer.alloc(32), sealed)).toThrow(/auth/);
    // A Korean password typed as decomposed jamo (NFD) is the same password.
    expect((await deriveKey('의정검토비밀번호', salt)).equals(await deriveKey('의정검토비밀번호'.normalize('NFD'), salt))).toBe(true);
  });
});

describe('wrong secrets back off', () => {
  it('waits 30 s after 3 wrong secrets, then 60 s, 120 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(backoffSeconds)).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
  });

  it('refuses even the right PIN during the wait, keeps the wait across a restart, and resets after a success', async () => {
    const app = await lockedApp();
    await app.call('security:lock', {});
    expect(await app.call('security:unlock', { secret: '1111' })).toMatchObject({ code: 'locked', field: 'secret', message: securityText.wrongSecret(2) });
    expect(await app.call('security:unlock', { secret: '2222' })).toMatchObject({ code: 'locked', message: securityText.wrongSecret(1) });
    expect(await app.call('security:unlock', { secret: '3333' })).toMatchObject({ code: 'locked', message: securityText.retryIn(30) });
    expect(await app.call('security:status', {})).toMatchObject({ locked: true, retryAfterSeconds: 30 });

    // During the wait the secret is not even checked: the right PIN is refused the same way, quickly.
    app.time.advance(10);
    const t0 = performance.now();
    expect(await app.call('security:unlock', { secret: PIN })).toEqual({ ok: false, code: 'locked', field: 'secret', message: securityText.retryIn(20) });
    expect(performance.now() - t0).toBeLessThan(40); // a derivation takes ≈ 140 ms here
    expect(JSON.parse(readFileSync(join(app.dataDir, SECURITY_FILE), 'utf8')).failures.count).toBe(3); // not counted either

    app.time.advance(20);
    expect(await app.call('security:unlock', { secret: '4444' })).toMatchObject({ message: securityText.retryIn(60) });

    // A restart does not reset it.
    await app.ctx.store.close();
    const again = await start(app.dataDir, app.time.now);
    expect(await again.call('security:status', {})).toMatchObject({ locked: true, retryAfterSeconds: 60 });
    expect(await again.call('security:unlock', { secret: PIN })).toMatchObject({ message: securityText.retryIn(60) });
    app.time.advance(60);
    expect(await again.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false, retryAfterSeconds: 0 });
    expect(JSON.parse(readFileSync(join(app.dataDir, SECURITY_FILE), 'utf8')).failures).toEqual({ count: 0 });

    // After a success the count starts again: two wrong ones are free.
    await again.call('security:lock', {});
    expect(await again.call('security:unlock', { secret: '1111' })).toMatchObject({ message: securityText.wrongSecret(2) });
    expect(await again.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
  });

  it('caps the wait at 15 minutes however many tries', async () => {
    const app = await lockedApp();
    await app.call('security:lock', {});
    let last: unknown;
    for (let i = 0; i < 10; i++) {
      last = await app.call('security:unlock', { secret: '0000' });
      const wait = ((await app.call('security:status', {})) as { retryAfterSeconds: number }).retryAfterSeconds;
      app.time.advance(wait);
    }
    expect(last).toMatchObject({ message: securityText.retryIn(900) });
  });

  it('counts wrong secrets given to change and disable too (code forbidden: the app stays unlocked)', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 3; i++) await app.call('security:disable', { secret: '9999' });
    expect(await app.call('security:change', { secret: PIN, idleMinutes: 5 })).toMatchObject({ ok: false, code: 'forbidden', message: securityText.retryIn(30) });
    expect(await app.call('security:status', {})).toMatchObject({ locked: false, enabled: true });
    app.time.advance(30);
    expect(await app.call('security:change', { secret: PIN, idleMinutes: 5 })).toMatchObject({ idleMinutes: 5, retryAfterSeconds: 0 });
  });
});

describe('idle lock (service side)', () => {
  it('locks after the idle minutes without API calls; calls and renderer activity reports keep it open, a plain status poll does not', async () => {
    const app = await lockedApp(5);
    app.time.advance(4 * 60);
    expect(await app.ctx.security.checkIdle()).toBe(false);
    await app.call('library:list', {}); // a call is activity
    app.time.advance(4 * 60);
    expect(await app.ctx.security.checkIdle()).toBe(false);
    await app.call('security:status', { activity: true }); // the renderer saw keys or mouse
    app.time.advance(4 * 60);
    await app.call('security:status', {}); // a poll is not activity
    await app.call('app:info', {});
    expect(await app.ctx.security.checkIdle()).toBe(false);
    app.time.advance(61);
    expect(await app.ctx.security.checkIdle()).toBe(true);
    expect(await app.call('security:status', {})).toMatchObject({ locked: true });
    expect(await app.call('member:list', {})).toMatchObject({ ok: false, code: 'locked' });
    expect(await app.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
    expect(((await app.call('member:list', {})) as unknown[]).length).toBe(1);
  });

  it('never locks by itself with idle minutes 0, and not at all while the lock is off', async () => {
    const app = await lockedApp(0);
    app.time.advance(24 * 3600);
    expect(await app.ctx.security.checkIdle()).toBe(false);
    await app.call('security:disable', { secret: PIN });
    expect(await app.ctx.security.checkIdle()).toBe(false);
  });

  it('waits for a call in flight before locking, and answers later calls with locked', async () => {
    const app = await lockedApp(5);
    const inFlight = app.call('library:import', { fileName: 'a.txt', dataBase64: Buffer.from('2025년도 주요업무보고\n\n총무과\n\n1. 청렴도 향상\n').toString('base64') });
    const locking = app.call('security:lock', {});
    expect(await inFlight).toMatchObject({ title: expect.any(String) });
    expect(await locking).toMatchObject({ locked: true });
    expect(await app.call('library:list', {})).toMatchObject({ code: 'locked' });
  });
});

describe('KDF cost', () => {
  it(`scrypt N=2^${KDF_DEFAULTS.log2N}, r=${KDF_DEFAULTS.r}, p=${KDF_DEFAULTS.p} stays well under 1 s per derivation here`, async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await deriveKey('482913', Buffer.alloc(16, i));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[2]!;
    console.log(`[security:kdf] scrypt N=2^${KDF_DEFAULTS.log2N} r=${KDF_DEFAULTS.r} p=${KDF_DEFAULTS.p}: median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms (5 runs)`);
    expect(median).toBeLessThan(1000);
  });
});
