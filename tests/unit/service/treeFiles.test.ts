import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/service/context';
import { TREE_CACHE_DIR, readTreeFile, treeFileOf, writeTreeFile } from '../../../electron/service/treeFiles';
import { PARSER_VERSION } from '@shared/parser/version';
import type { PlanDocument } from '@shared/parser/types';
import { b64, makeApi, tempDir } from '../../helpers/service';

const REPORT = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 청렴도 향상\n\n□ 소요예산 : 1,000천원 【구비】\n\n2. 민원 처리 개선\n\n□ 소요예산 : 2,000천원 【구비】\n';

type View = { tree: { projects: { title: string; key: string }[] } };

/** The kept file's writes are in the background: waits until it is there. */
async function keptFile(dataDir: string, id: string): Promise<string> {
  const file = join(dataDir, TREE_CACHE_DIR, `${id}.json.gz`);
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((done) => setTimeout(done, 10));
  return file;
}

/** Rewrites a kept file's tree: a title no parse of the text gives shows whether the file was used. */
function retitle(file: string, edit: (stored: { parser: number; sha256: string; tree: PlanDocument }) => void): void {
  const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  edit(stored);
  writeFileSync(file, gzipSync(JSON.stringify(stored)));
}

async function imported() {
  const dataDir = tempDir('trees');
  const api = await makeApi({ dataDir });
  const { documentId } = (await api.call('library:import', { fileName: 'a.txt', dataBase64: b64(REPORT) })) as { documentId: string };
  return { ...api, dataDir, documentId, file: await keptFile(dataDir, documentId) };
}

/** The next start: a new context on the same folder (nothing of the document in memory). */
async function restarted(ctx: ServiceContext, dataDir: string) {
  await ctx.store.close();
  ctx.security.dispose();
  return makeApi({ dataDir });
}

describe('parsed trees kept between starts', () => {
  it('keeps the parse of an imported text, and the next start opens the document from it', async () => {
    const { ctx, dataDir, documentId, file } = await imported();
    expect(existsSync(file)).toBe(true);
    retitle(file, (stored) => (stored.tree.projects[0]!.title = '보관된 트리에서 읽음'));
    const next = await restarted(ctx, dataDir);
    const view = (await next.call('document:get', { id: documentId })) as View;
    expect(view.tree.projects.map((p) => p.title)).toEqual(['보관된 트리에서 읽음', '민원 처리 개선']);
    const outline = (await next.call('document:outline', { id: documentId })) as View;
    expect(outline.tree.projects[0]!.title).toBe('보관된 트리에서 읽음');
  });

  it('parses the text again when the kept tree is of another parser version, another text, or damaged', async () => {
    const { ctx, dataDir, documentId, file } = await imported();
    const cases: ((file: string) => void)[] = [
      (f) => retitle(f, (s) => ((s.parser = PARSER_VERSION - 1), (s.tree.projects[0]!.title = '낡은 트리'))),
      (f) => retitle(f, (s) => ((s.sha256 = '0'.repeat(64)), (s.tree.projects[0]!.title = '다른 글의 트리'))),
      (f) => writeFileSync(f, readFileSync(f).subarray(0, 20)), // half written
      (f) => writeFileSync(f, 'not gzip'),
    ];
    const kept = treeFileOf(dataDir, documentId, ctx.store.read().documents[0]!.sha256);
    let current = { ctx, call: undefined as unknown as (m: unknown, a?: unknown) => Promise<unknown> };
    for (const damage of cases) {
      damage(await keptFile(dataDir, documentId));
      current = await restarted(current.ctx, dataDir);
      const view = (await current.call('document:get', { id: documentId })) as View;
      expect(view.tree.projects.map((p) => p.title)).toEqual(['청렴도 향상', '민원 처리 개선']);
      // …and keeps the fresh parse in its place.
      for (let i = 0; i < 200 && readTreeFile(kept) === undefined; i++) await new Promise((done) => setTimeout(done, 10));
      expect(readTreeFile(kept)?.projects[0]!.title).toBe('청렴도 향상');
    }
  });

  it('applies the corrections over a kept parse, and a corrected document opens corrected after a start', async () => {
    const { ctx, call, dataDir, documentId } = await imported();
    const lines = REPORT.split('\n');
    const line = lines.findIndex((l) => l.startsWith('2. 민원')) + 1;
    const { targetAt } = await import('@shared/corrections/apply');
    await call('member:create', { name: '김의원' });
    expect(await call('document:correct', { documentId, change: { op: 'set-title', ...targetAt(lines, line), title: '민원 처리 기간 단축' } })).not.toHaveProperty('ok', false);
    const next = await restarted(ctx, dataDir);
    const view = (await next.call('document:get', { id: documentId })) as View;
    expect(view.tree.projects.map((p) => p.title)).toEqual(['청렴도 향상', '민원 처리 기간 단축']);
  });

  it('removes the kept tree with its document', async () => {
    const { call, documentId, file } = await imported();
    await call('library:remove', { id: documentId });
    expect(existsSync(file)).toBe(false);
  });

  it('keeps no tree in clear once the PIN lock is on, and writes none while it is', async () => {
    const { call, dataDir, documentId, file } = await imported();
    await call('security:enable', { secret: '482913', idleMinutes: 10 });
    expect(existsSync(join(dataDir, TREE_CACHE_DIR))).toBe(false);
    await call('library:import', { fileName: 'b.txt', dataBase64: b64(REPORT.replace('총무과', '기획예산과')) });
    await call('document:get', { id: documentId });
    await new Promise((done) => setTimeout(done, 100));
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dataDir, TREE_CACHE_DIR))).toBe(false);
  });

  it('a write into a folder that is gone does not make it again, nor fail', async () => {
    const gone = join(tempDir('trees'), 'removed');
    await writeTreeFile(treeFileOf(gone, 'doc-1', 'a'.repeat(64)), { projects: [] } as unknown as PlanDocument);
    expect(existsSync(gone)).toBe(false);
  });
});
