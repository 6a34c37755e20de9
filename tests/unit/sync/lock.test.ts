/**
 * Live sync with the PIN lock on: the password and the notes that came from the server are
 * encrypted at rest like everything else in the data folder; locking stops sync (nothing arrives
 * while locked) and unlocking starts it again, catching up by itself.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import { syncEngineOf } from '../../../electron/service/sync/index';
import type { TestCouch } from '../../helpers/couch';
import { startCouch, waitFor } from '../../helpers/couch';
import { laptop, SMALL_REPORT } from '../../helpers/bundles';

const PIN = '246810';
let couch: TestCouch;
beforeAll(async () => {
  couch = await startCouch();
  await couch.addCouncilAccounts();
});
afterAll(() => couch.stop());

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('sync and the PIN lock', () => {
  it('keeps the password and the synced notes encrypted, stops while locked and catches up after unlocking', async () => {
    const db = await couch.createDb();
    const a = await laptop('김의원', { document: SMALL_REPORT });
    const b = await laptop('이의원', { document: SMALL_REPORT });
    try {
      for (const [l, account] of [[a, 'kim'], [b, 'lee']] as const) {
        l.ctx.syncRetry = { firstMs: 100, maxMs: 400 };
        await l.call('sync:configure', { url: `${couch.baseUrl}/${db}`, account, password: `${account}-password`, enabled: true });
      }
      const note = (l: typeof a, body: string) => l.call('annotation:create', { projectId: l.projects[0]!.id, type: '질의', body }) as Promise<Annotation>;
      // (after unlocking, the notes load in the background: ask for them once loaded)
      const bodies = async (l: typeof a) => (await l.ctx.store.whenLoaded(), l.ctx.store.read().annotations.map((x) => x.body));
      await note(b, '이의원의 첫 질의');
      await waitFor('B’s note on A', async () => (await bodies(a)).includes('이의원의 첫 질의'));

      expect(await a.call('security:enable', { secret: PIN, idleMinutes: 10 })).toMatchObject({ enabled: true });
      // Sync carried on through the switch to encryption.
      await note(b, '암호화 뒤의 질의');
      await waitFor('the next note on A', async () => (await bodies(a)).includes('암호화 뒤의 질의'));
      const plain = ['kim-password', '이의원의 첫 질의', '암호화 뒤의 질의'].map((s) => Buffer.from(s));
      expect(allFiles(a.dataDir).filter((f) => plain.some((p) => readFileSync(f).includes(p)))).toEqual([]);

      await a.call('security:lock', {});
      expect(syncEngineOf(a.ctx)).toBeUndefined();
      expect(await a.call('sync:status', {})).toMatchObject({ ok: false }); // locked: nothing answers but unlocking
      await note(b, '잠긴 동안의 질의');
      await new Promise((r) => setTimeout(r, 500));

      expect(await a.call('security:unlock', { secret: PIN })).toMatchObject({ locked: false });
      await waitFor('the note written while A was locked', async () => (await bodies(a)).includes('잠긴 동안의 질의'));
      expect(syncEngineOf(a.ctx)).toBeDefined();
      await waitFor('A connected', async () => ((await a.call('sync:status', {})) as { state: string }).state === 'connected');
    } finally {
      await a.ctx.store.close();
      await b.ctx.store.close();
    }
  });
});
