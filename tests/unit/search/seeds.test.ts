/** Search over the real seed documents, parsed by the real parser. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchableProjects as projectsFromTree } from '@shared/search/fromTree';
import { parsePlan } from '@shared/parser/index';
import { createSearchIndex } from '@shared/search/index';
import type { SearchableProject, SearchIndex } from '@shared/search/index';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');

function searchableProjects(fileName: string): SearchableProject[] {
  const doc = parsePlan(readFileSync(join(seedsDir, fileName), 'utf8'));
  return projectsFromTree(fileName, doc.title || fileName, doc.projects);
}

describe('search over the seed documents', () => {
  const files = readdirSync(seedsDir).filter((n) => n.endsWith('.txt'));
  const seocho = files.find((n) => n.includes('서초구'))!;
  let index: SearchIndex;
  let projectCount = 0;

  beforeAll(() => {
    index = createSearchIndex();
    for (const file of files) {
      const projects = searchableProjects(file);
      projectCount += projects.length;
      index.addProjects(projects);
    }
  });

  it('finds the 청렴 project of the 서초구 report for 청렴도', (ctx) => {
    if (!searchableProjects(seocho).some((p) => p.title.includes('청렴'))) {
      ctx.skip('the parser returned no 서초구 project titled 청렴…; nothing to find');
    }
    const result = index.search('청렴도', { documentIds: [seocho] });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits[0].title).toContain('청렴');
    expect(result.hits[0].snippet.length).toBeGreaterThan(0);
    expect(result.hits[0].highlights.length).toBeGreaterThan(0);
    // Across all documents, title matches still come first.
    expect(index.search('청렴도').hits[0].title).toContain('청렴');
  });

  it('finds 청렴도를 through the particle retry', () => {
    expect(projectCount).toBeGreaterThan(0);
    const result = index.search('청렴도를');
    if (result.relaxed) expect(result.hits[0].title).toContain('청렴');
    expect(result.total).toBeGreaterThan(0);
  });

  it('every highlight of every hit marks text of the snippet that holds the query', () => {
    for (const query of ['청렴', '교육', '복지', '주민']) {
      for (const hit of index.search(query, {}, 200).hits) {
        for (const [start, end] of hit.highlights) {
          expect(end).toBeGreaterThan(start);
          expect(hit.snippet.slice(start, end).replace(/\s/g, '')).toBe(query);
        }
      }
    }
  });

  it('a small limit returns the head of the full ranking (the early stop in ranking loses nothing)', () => {
    for (const query of ['사업', '청렴', '돌봄', '청소년 상담', '예산 집행', '복지관에서', '노인일자리를', '교육계획']) {
      const full = index.search(query, {}, 100_000);
      for (const limit of [1, 5, 50]) {
        const head = index.search(query, {}, limit);
        expect(head.total).toBe(full.total);
        expect(head.hits.map((h) => h.score)).toEqual(full.hits.slice(0, limit).map((h) => h.score));
      }
    }
  });
});
