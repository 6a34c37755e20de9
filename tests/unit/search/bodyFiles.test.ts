import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '@shared/search/index';
import type { SearchableProject, TextSource } from '@shared/search/index';
import type { SearchResult } from '@shared/search/types';
import { BODY_CACHE_DIR, BodyFiles } from '../../../electron/service/bodyFiles';
import { setFileKey } from '../../../electron/service/crypto/keyring';
import { makeApi, tempDir } from '../../helpers/service';

const keep = (files: BodyFiles, id: string, pool: string) => files.keeper(id)!(pool) as TextSource;

describe('search bodies in files', () => {
  it('a kept pool reads back any slice exactly, Hangul, latin and surrogate pairs alike', () => {
    const files = new BodyFiles(tempDir('bodies'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(), fc.nat(), (pool, a, b) => {
        const source = keep(files, 'doc-1', `청렴도 향상 ${pool} 🙂 sdgs`);
        const whole = `청렴도 향상 ${pool} 🙂 sdgs`;
        const start = a % (whole.length + 1);
        const end = start + (b % (whole.length - start + 1));
        expect(source.slice(start, end)).toBe(whole.slice(start, end));
      }),
      { numRuns: 200 },
    );
    files.closeAll();
  });

  it('many documents: more than the files kept open, each read from its own file', () => {
    const files = new BodyFiles(tempDir('bodies'));
    const sources = Array.from({ length: 80 }, (_, i) => keep(files, `doc-${i}`, `문서 ${i}의 사업 본문`.repeat(50)));
    for (let round = 0; round < 3; round++) sources.forEach((source, i) => {
      const first = `문서 ${i}의 사업 본문`;
      expect(source.slice(first.length, first.length * 2)).toBe(first);
    });
    files.closeAll();
  });

  it('a file gone or cut short reads as what is left, never throws; remove and keepOnly delete files', () => {
    const dataDir = tempDir('bodies');
    const files = new BodyFiles(dataDir);
    const a = keep(files, 'doc-a', '가나다라마바사');
    keep(files, 'doc-b', '아자차카');
    keep(files, 'doc-c', '타파하');
    files.remove('doc-b');
    expect(readdirSync(join(dataDir, BODY_CACHE_DIR)).sort()).toEqual(['doc-a.u16', 'doc-c.u16']);
    files.keepOnly(new Set(['doc-a']));
    expect(readdirSync(join(dataDir, BODY_CACHE_DIR))).toEqual(['doc-a.u16']);
    expect(a.slice(2, 5)).toBe('다라마');
    expect(a.slice(5, 100)).toBe('바사');
    files.closeAll();
    rmSync(join(dataDir, BODY_CACHE_DIR), { recursive: true });
    expect(a.slice(0, 3)).toBe('');
    // An odd id gets a hashed name inside the folder, not a path of its own.
    const odd = keep(files, '../../밖으로', '본문');
    expect(odd.slice(0, 2)).toBe('본문');
    expect(readdirSync(join(dataDir, BODY_CACHE_DIR))).toHaveLength(1);
    expect(existsSync(join(dataDir, '..', '밖으로.u16'))).toBe(false);
    files.closeAll();
  });

  it('keeps bodies in memory while the data folder holds a key (encrypted)', () => {
    const dataDir = tempDir('bodies');
    setFileKey(dataDir, Buffer.alloc(32, 7));
    try {
      expect(new BodyFiles(dataDir).keeper('doc-a')).toBeUndefined();
    } finally {
      setFileKey(dataDir, null);
    }
  });

  it('an index with bodies in files answers exactly as one with bodies in memory', () => {
    const files = new BodyFiles(tempDir('bodies'));
    const projects = (documentId: string): SearchableProject[] =>
      ['청렴 교육 확대', '주민 참여 예산', '청년 일자리 창출', '노인 돌봄 서비스'].map((title, i) => ({
        documentId,
        documentTitle: '업무보고',
        projectId: `${documentId}:${i}`,
        unit: '총무과',
        section: 'plans',
        number: String(i + 1),
        title,
        body: `${title} 사업을 추진합니다. 주민 의견을 듣고 청렴도를 높이며 예산 집행률을 점검합니다. (${documentId})`,
        budgetThousandWon: 1000 * i,
      }));
    const inMemory = createSearchIndex();
    const inFiles = createSearchIndex();
    for (const id of ['doc-1', 'doc-2', 'doc-3']) {
      inMemory.addProjects(projects(id));
      inFiles.addProjects(projects(id), files.keeper(id));
    }
    for (const query of ['청렴도', '주민 의견', '예산 집행률', '돌봄', '추진합니다 주민', '없는말']) {
      const a: SearchResult = inMemory.search(query);
      expect(inFiles.search(query)).toEqual(a);
    }
    files.closeAll();
  });

  it('the service writes one file per document when it builds the index, and drops a removed document\'s', async () => {
    const { ctx, call } = await makeApi({ samples: true });
    const result = (await call('search:query', { text: '청렴' })) as SearchResult;
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.some((h) => h.kind === 'project' && h.snippet.includes('청렴'))).toBe(true);
    const dir = join(ctx.dataDir, BODY_CACHE_DIR);
    const documents = ctx.store.read().documents;
    expect(readdirSync(dir)).toHaveLength(documents.length);
    await call('library:remove', { id: documents[0]!.id });
    await call('search:query', { text: '청렴' });
    expect(readdirSync(dir)).toHaveLength(documents.length - 1);
    expect(readdirSync(dir)).not.toContain(`${documents[0]!.id}.u16`);
  });
});
