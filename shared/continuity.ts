/**
 * Continuity between a 주요업무보고's 추진실적 (last year's results) and 추진계획 (this year's plans):
 * a results project usually continues as a plans project of the same unit with a similar title.
 * Pure functions; the service links a tree's projects once and sends the links with its outline.
 */
import type { ProjectHead } from './model/library';
import { bigrams, diceOfGrams } from './similarity';

/** Minimum bigram Dice similarity for two titles to count as the same project continuing. */
export const CONTINUITY_THRESHOLD = 0.5;

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
export function linkContinuations(projects: readonly ProjectHead[], threshold = CONTINUITY_THRESHOLD): ContinuityLink[] {
  const byUnit = new Map<string, { results: ProjectHead[]; plans: ProjectHead[] }>();
  for (const p of projects) {
    if (p.section !== 'results' && p.section !== 'plans') continue;
    let slot = byUnit.get(p.unit);
    if (!slot) byUnit.set(p.unit, (slot = { results: [], plans: [] }));
    slot[p.section].push(p);
  }
  // Each title's bigrams once, not once per pair: a unit of 40 results and 40 plans is 1,600 pairs.
  const grams = new Map<ProjectHead, Map<string, number>>();
  const gramsOf = (p: ProjectHead) => {
    let g = grams.get(p);
    if (!g) grams.set(p, (g = bigrams(p.title)));
    return g;
  };
  const links: ContinuityLink[] = [];
  for (const { results, plans } of byUnit.values()) {
    const candidates: ContinuityLink[] = [];
    for (const r of results) {
      for (const p of plans) {
        const score = diceOfGrams(gramsOf(r), gramsOf(p));
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
