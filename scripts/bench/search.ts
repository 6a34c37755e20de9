/**
 * Search: ~200 realistic queries over a corpus 20× the seeds (varied copies), p95 latency of the
 * search index against a naive scan (lowercased `includes` over every project's title + body) of
 * the same corpus and queries in the same run, plus the time to build the index. Each query runs
 * ROUNDS times per method; the p95 is over the queries' median runs.
 *
 * Run alone: `npx tsx scripts/bench/search.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchableProjects } from '@shared/search/fromTree';
import { parsePlan } from '@shared/parser/index';
import { createSearchIndex } from '@shared/search/index';
import type { SearchableProject } from '@shared/search/index';
import type { BenchFigure } from './figure';
import { seededRandom } from './random';
import { percentile, timeMs } from './figure';

const COPIES = 20;
const ROUNDS = 5;
const SEEDS_DIR = resolve(import.meta.dirname, '..', '..', 'seeds');

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

/** Swaps two words of some lines, so the copies are not identical documents. */
function shuffleSomeWords(text: string, random: () => number, share: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (random() >= share) return line;
      const words = line.split(' ');
      if (words.length < 3) return line;
      const i = Math.floor(random() * words.length);
      const j = Math.floor(random() * words.length);
      [words[i], words[j]] = [words[j], words[i]];
      return words.join(' ');
    })
    .join('\n');
}

export function seedProjects(): SearchableProject[] {
  const projects: SearchableProject[] = [];
  for (const file of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'))) {
    const doc = parsePlan(readFileSync(join(SEEDS_DIR, file), 'utf8'));
    projects.push(...searchableProjects(file, doc.title || file, doc.projects));
  }
  return projects;
}

/** COPIES varied copies of the seed projects: numbered documents, units and titles, some words swapped. */
function buildCorpus(seeds: SearchableProject[]): SearchableProject[] {
  const random = seededRandom(20240116);
  const corpus: SearchableProject[] = [];
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const p of seeds) {
      corpus.push({
        ...p,
        documentId: `${p.documentId}#${copy}`,
        documentTitle: `${p.documentTitle} (${copy}차)`,
        projectId: `${p.projectId}#${copy}`,
        unit: `${copy}차 ${p.unit}`,
        title: `${copy}차 ${copy === 1 ? p.title : shuffleSomeWords(p.title, random, 0.5)}`,
        body: copy === 1 ? p.body : shuffleSomeWords(p.body, random, 0.3),
      });
    }
  }
  return corpus;
}

const HANGUL_WORD = /^[가-힣]{2,6}$/;
const PARTICLES = ['을', '를', '이', '가', '은', '는', '의', '에', '에서', '으로', '로', '와', '과', '도', '까지', '에게'];

/** What members type: title words, with and without particles, word pairs, body words, a few fixed. */
export function buildQueries(seeds: SearchableProject[]): string[] {
  const random = seededRandom(7);
  const titleWords = [...new Set(seeds.flatMap((p) => p.title.split(/\s+/)).filter((w) => HANGUL_WORD.test(w)))];
  const bodyWords = [...new Set(seeds.flatMap((p) => p.body.split(/\s+/).slice(0, 80)).filter((w) => HANGUL_WORD.test(w)))];
  const titlePairs = seeds
    .map((p) => p.title.split(/\s+/).filter((w) => HANGUL_WORD.test(w)))
    .filter((words) => words.length >= 2)
    .map((words) => {
      const i = Math.floor(random() * (words.length - 1));
      return `${words[i]} ${words[i + 1]}`;
    });
  const fixed = [
    '청렴도', '청렴도를', '교육계획', '돌봄', '노인일자리', '탄소중립', '복지관에서', '청소년 상담', '1인가구', '아이돌봄',
    '성평등', '주민참여예산', '감사', '민원', '예산 집행', '일자리를', '지속가능발전', 'SDGs', '어르신', '장애인 복지',
  ];
  const queries = [...fixed];
  for (let i = 0; i < 70; i++) queries.push(pick(titleWords, random));
  for (let i = 0; i < 50; i++) queries.push(pick(titleWords, random) + pick(PARTICLES, random));
  for (let i = 0; i < 40; i++) queries.push(pick(titlePairs, random));
  for (let i = 0; i < 20; i++) queries.push(pick(bodyWords, random));
  return queries;
}

function speedup(name: string, ours: number, naive: number): BenchFigure {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  // ratio = naive / ours: higher is better (the harness's figure() divides the other way).
  return { name, value: round(ours), unit: 'ms', baseline: round(naive), ratio: round(ours > 0 ? naive / ours : 0) };
}

export async function benchSearch(): Promise<BenchFigure[]> {
  const seeds = seedProjects();
  const corpus = buildCorpus(seeds);
  const queries = buildQueries(seeds);

  const index = createSearchIndex();
  const buildMs = await timeMs(() => index.addProjects(corpus));
  // The baseline gets its lowercased text for free: only the scan is timed.
  const haystacks = corpus.map((p) => `${p.title}\n${p.body}`.toLowerCase());
  const naiveSearch = (query: string) => {
    const needle = query.toLowerCase();
    let found = 0;
    for (const haystack of haystacks) if (haystack.includes(needle)) found++;
    return found;
  };

  for (const q of queries) (index.search(q), naiveSearch(q)); // warm up the JIT
  // Rounds alternate the two (both see the same machine load); within a round each runs all
  // queries in turn, so neither pays for the other evicting its data from the CPU caches.
  const ours: number[][] = queries.map(() => []);
  const naive: number[][] = queries.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let q = 0; q < queries.length; q++) ours[q].push(await timeMs(() => index.search(queries[q])));
    for (let q = 0; q < queries.length; q++) naive[q].push(await timeMs(() => naiveSearch(queries[q])));
  }
  // Each query's median run, so a scheduler hiccup on this shared machine does not become the p95.
  const oursPerQuery = ours.map((runs) => percentile(runs, 50));
  const naivePerQuery = naive.map((runs) => percentile(runs, 50));
  const oursP95 = percentile(oursPerQuery, 95);
  const naiveP95 = percentile(naivePerQuery, 95);
  const oursMedian = percentile(oursPerQuery, 50);
  const naiveMedian = percentile(naivePerQuery, 50);
  const label = `${corpus.length.toLocaleString('en')} projects, ${queries.length} queries`;
  return [
    speedup(`search p95 speedup vs naive substring scan (${label})`, oursP95, naiveP95),
    speedup(`search median speedup vs naive substring scan (${label})`, oursMedian, naiveMedian),
    { name: `search index build (${corpus.length.toLocaleString('en')} projects)`, value: Math.round(buildMs), unit: 'ms', baseline: 0, ratio: 0 },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const fig of await benchSearch()) console.log(JSON.stringify(fig));
}
