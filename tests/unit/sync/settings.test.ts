/** sync:settings / sync:configure / sync:status without a server: checks, password storage, status when off. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_DIR } from '../../../electron/service/db';
import { laptop } from '../../helpers/bundles';

describe('sync settings', () => {
  it('seals the password with the injected keychain and never answers it', async () => {
    const l = await laptop('김의원');
    l.ctx.secrets = { seal: (p) => Buffer.from(`sealed:${p}`).toString('base64'), open: (s) => Buffer.from(s, 'base64').toString().replace(/^sealed:/, '') };
    // Off: nothing is started, so no server is needed.
    const view = await l.call('sync:configure', { url: 'http://127.0.0.1:9/council/', account: 'kim', password: 'very-secret-pw', enabled: false });
    expect(view).toEqual({ url: 'http://127.0.0.1:9/council', account: 'kim', memberId: l.memberId, enabled: false, hasPassword: true, passwordStorage: 'keychain' });
    expect(await l.call('sync:settings', {})).toEqual(view);
    // Every file of the store: manifests and shards, the old generations too.
    const store = join(l.dataDir, STORE_DIR);
    const files = await readdir(store, { recursive: true, withFileTypes: true });
    const stored = await Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name), 'utf8')));
    expect(stored.length).toBeGreaterThan(1);
    expect(stored.join('\n')).not.toContain('very-secret-pw');
    expect(stored.join('\n')).toContain(Buffer.from('sealed:very-secret-pw').toString('base64'));
    expect(await l.call('sync:status', {})).toMatchObject({ state: 'off', pending: 0, message: '동기화 꺼짐' });
    await l.ctx.store.close();
  });

  it('refuses a bad address, and turning sync on without a password', async () => {
    const l = await laptop('김의원');
    expect(await l.call('sync:configure', { url: 'ftp://server/db', account: 'kim', enabled: false })).toMatchObject({ ok: false, code: 'invalid-args', field: 'url' });
    expect(await l.call('sync:configure', { url: 'http://10.0.0.5:5984/council', account: 'kim', enabled: true })).toMatchObject({ ok: false, code: 'invalid-args', field: 'password' });
    expect(await l.call('sync:configure', { url: 'http://x', account: 'kim', enabled: true, extra: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    await l.ctx.store.close();
  });
});
