/**
 * Re-attaching notes to the projects of a revised document (GUIDE, complaint 1). A note remembers
 * its project's unit, section, number and title (the anchor) and optionally a quoted span. In the
 * new version we look, in order, for
 *
 *   1. `key`:   the same unit, section and number, with a title that still resembles the old one
 *               (a renumbered unit must not hand a note to whichever project now has its number);
 *   2. `title`: the most similar title (bigram Dice) in the same unit and section, then in the same
 *               unit, then anywhere — each with a stricter threshold;
 *   3. `quote`: the project whose body contains the quoted text (same unit first).
 *
 * Anything else is an orphan: it keeps pointing at the old version and waits to be re-attached by
 * hand. Nothing is dropped. Pure: no Node or DOM types.
 */
import { containsLoosely, diceSimilarity } from '../similarity';

/** What a note remembers about its project. */
export interface AnchorInput {
  unit: string;
  section: string;
  number: string;
  title: string;
  quote?: string;
}

/** A project of the new version, as the matcher needs it. */
export interface CandidateProject {
  key: string;
  unit: string;
  section: string;
  number: string;
  title: string;
  body: string;
}

export type ReattachMethod = 'key' | 'title' | 'quote';

export interface ReattachMatch {
  key: string;
  method: ReattachMethod;
  /** Title similarity of the chosen project (0..1); 1 for a quote match with equal titles. */
  score: number;
}

/** Thresholds, exported so tests and the UI can explain a decision. */
export const REATTACH_THRESHOLDS = {
  /** Same unit, section and number: the title must still look like the old one. */
  keyTitle: 0.4,
  /** Most similar title within the same unit and section. */
  sameSection: 0.6,
  /** … within the same unit, any section. */
  sameUnit: 0.75,
  /** … anywhere in the document (a unit was renamed or a project moved). */
  anywhere: 0.85,
} as const;

/** Where one note goes in the new version, or null when it no longer fits anywhere. */
export function findReattachment(anchor: AnchorInput, projects: readonly CandidateProject[]): ReattachMatch | null {
  const scored = projects.map((p, index) => ({ p, index, score: anchor.title || p.title ? diceSimilarity(anchor.title, p.title) : 0 }));

  const sameKey = scored.find((s) => s.p.unit === anchor.unit && s.p.section === anchor.section && s.p.number === anchor.number);
  if (sameKey && (sameKey.score >= REATTACH_THRESHOLDS.keyTitle || (anchor.title === '' && sameKey.p.title === ''))) {
    return { key: sameKey.p.key, method: 'key', score: sameKey.score };
  }

  const tiers: [(p: CandidateProject) => boolean, number][] = [
    [(p) => p.unit === anchor.unit && p.section === anchor.section, REATTACH_THRESHOLDS.sameSection],
    [(p) => p.unit === anchor.unit, REATTACH_THRESHOLDS.sameUnit],
    [() => true, REATTACH_THRESHOLDS.anywhere],
  ];
  for (const [inTier, threshold] of tiers) {
    const best = bestOf(scored.filter((s) => inTier(s.p) && s.score >= threshold), anchor);
    if (best) return { key: best.p.key, method: 'title', score: best.score };
  }

  if (anchor.quote && anchor.quote.trim().length >= 4) {
    const holding = scored.filter((s) => containsLoosely(s.p.body, anchor.quote!));
    const sameUnit = holding.filter((s) => s.p.unit === anchor.unit);
    const best = bestOf(sameUnit.length > 0 ? sameUnit : holding, anchor);
    if (best) return { key: best.p.key, method: 'quote', score: best.score };
  }
  return null;
}

type Scored = { p: CandidateProject; index: number; score: number };

/** Highest title score; ties go to the same section, then the same number, then document order. */
function bestOf(list: Scored[], anchor: AnchorInput): Scored | null {
  let best: Scored | null = null;
  const rank = (s: Scored) => [s.score, s.p.section === anchor.section ? 1 : 0, s.p.number === anchor.number ? 1 : 0, -s.index];
  for (const s of list) {
    if (!best) {
      best = s;
      continue;
    }
    const a = rank(s);
    const b = rank(best);
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (a[i]! > b[i]!) best = s;
        break;
      }
    }
  }
  return best;
}

/** The few most similar projects by title, for a user re-attaching an orphan by hand. */
export function suggestProjects(anchor: AnchorInput, projects: readonly CandidateProject[], limit = 3): { key: string; score: number }[] {
  return projects
    .map((p, index) => ({ key: p.key, index, score: diceSimilarity(anchor.title, p.title) + (p.unit === anchor.unit ? 0.1 : 0) }))
    .filter((s) => s.score > 0.2)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ key, score }) => ({ key, score: Math.min(1, Math.round(score * 1000) / 1000) }));
}
