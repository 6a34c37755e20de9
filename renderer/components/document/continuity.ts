/**
 * Continuity between a 주요업무보고's 추진실적 (last year's results) and 추진계획 (this year's plans):
 * a results project usually continues as a plans project of the same unit with a similar title.
 * Pure functions, no React.
 */
import type { ProjectNode } from '@shared/parser/types';

/** Minimum bigram Dice similarity for two titles to count as the same project continuing. */
export const CONTINUITY_THRESHOLD = 0.5;

/** Spaces and punctuation that the two sections spell differently are ignored. */
export function squash(title: string): string {
  return title.normalize('NFC').replace(/[\s·ㆍ.,:;'"‘’“”「」『』<>〈〉()[\]【】{}\-–—*~!?]/g, '');
}

/** Character bigrams of the squashed title (a multiset, as a list). */
export function bigrams(title: string): string[] {
  const s = squash(title);
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of the bigram multisets, 0..1. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return squash(a) !== '' && squash(a) === squash(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let hit = 0;
  for (const g of y) {
    const c = counts.get(g);
    if (c) {
      hit++;
      counts.set(g, c - 1);
    }
  }
  return (2 * hit) / (x.length + y.length);
}

export interface ContinuityLink {
  /** Key of the results (추진실적) project. */
  results: string;
  /** Key of the plans (추진계획) project it continues as. */
  plans: string;
  score: number;
}

/**
 * Pairs results projects with plans projects of the same unit whose titles have Dice ≥ 0.5.
 * Each project takes part in at most one pair; the best-scoring pairs are taken first (ties keep
 * document order), so "청렴도 향상" does not steal the partner of a closer title.
 */
export function linkContinuations(projects: readonly ProjectNode[], threshold = CONTINUITY_THRESHOLD): ContinuityLink[] {
  const byUnit = new Map<string, { results: ProjectNode[]; plans: ProjectNode[] }>();
  for (const p of projects) {
    if (p.section !== 'results' && p.section !== 'plans') continue;
    let slot = byUnit.get(p.unit);
    if (!slot) byUnit.set(p.unit, (slot = { results: [], plans: [] }));
    slot[p.section].push(p);
  }
  const links: ContinuityLink[] = [];
  for (const { results, plans } of byUnit.values()) {
    const candidates: ContinuityLink[] = [];
    for (const r of results) {
      for (const p of plans) {
        const score = dice(r.title, p.title);
        if (score >= threshold) candidates.push({ results: r.key, plans: p.key, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const usedR = new Set<string>();
    const usedP = new Set<string>();
    for (const c of candidates) {
      if (usedR.has(c.results) || usedP.has(c.plans)) continue;
      usedR.add(c.results);
      usedP.add(c.plans);
      links.push(c);
    }
  }
  return links;
}

/** Both directions in one lookup: project key → the key of the project it continues from or into. */
export function continuityIndex(links: readonly ContinuityLink[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const l of links) {
    index.set(l.results, l.plans);
    index.set(l.plans, l.results);
  }
  return index;
}
