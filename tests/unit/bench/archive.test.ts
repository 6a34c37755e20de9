import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../scripts/bench/archive';
import { buildArchive, closeArchive, recipeFor, removeArchive, variedText } from '../../../scripts/bench/archive';
import { seededRandom } from '../../../scripts/bench/random';
import { repoSeedsDir, tempDir } from '../../helpers/service';

const SEED = '2024-서울시-여성가족정책실-주요업무보고.txt';

describe('growth bench archive', () => {
  let archive: Archive | undefined;
  afterEach(async () => {
    delete process.env.BENCH_QUIET;
    if (!archive) return;
    await closeArchive(archive.ctx);
    removeArchive(archive);
    archive = undefined;
  });

  it('builds documents, members, sessions and notes through the API', async () => {
    const seeds = tempDir('bench-seeds');
    copyFileSync(join(repoSeedsDir, SEED), join(seeds, SEED));
    process.env.BENCH_QUIET = '1';
    archive = await buildArchive({ copies: 2, members: 3, sessions: 2, notes: 20, firstSessionNotes: 12 }, seeds);
    const library = (await archive.call('library:list')) as { projectCount: number }[];
    expect(library).toHaveLength(2);
    expect(library[0]!.projectCount).toBeGreaterThan(0);
    expect(library[1]!.projectCount).toBe(library[0]!.projectCount);
    expect(await archive.call('annotation:list', {})).toHaveLength(20);
    const sessions = (await archive.call('session:list')) as { annotationCount: number }[];
    expect(sessions.map((s) => s.annotationCount)).toEqual([12, 8]);
    expect(new Set(archive.ctx.store.read().annotations.map((a) => a.authorId)).size).toBe(3);
  });

  it('varies a copy: another city and year, same structure', () => {
    const seed = '2024년 주요업무보고\n서울특별시 여성가족정책실\n - 예산 1,234,000천원 확보 추진 계획';
    const copy = variedText(seed, 1, seededRandom(1));
    expect(copy).not.toContain('서울');
    expect(copy).not.toContain('2024년');
    expect(copy).not.toContain('1,234,000');
  });

  it('scales the issue recipe', () => {
    expect(recipeFor(100)).toEqual({ copies: 100, members: 15, sessions: 40, notes: 100_000, firstSessionNotes: 2_000 });
    expect(recipeFor(1)).toMatchObject({ copies: 1, sessions: 1, notes: 1_000 });
  });
});
