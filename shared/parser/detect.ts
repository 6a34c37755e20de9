/**
 * Choose the document family: every registered family rates the lines, the most confident wins.
 */
import type { Line } from './lines';
import type { FamilyParser } from './families/types';

export interface Detection {
  parser: FamilyParser | null;
  confidence: number;
  /** Every family's score, for diagnostics and tests. */
  scores: { family: string; confidence: number }[];
}

/** Below this, no family is trusted and the generic fallback is used. */
export const MIN_CONFIDENCE = 0.2;

/**
 * `stopWhenCertain`: stop at the first family that rates 1 (confidences are at most 1 and a later
 * family must score strictly higher to win, so the choice is the same); `scores` then lists only
 * the families asked. parsePlan uses it; tests that inspect every score do not.
 */
export function detectFamily(lines: Line[], parsers: readonly FamilyParser[], stopWhenCertain = false): Detection {
  const scores: Detection['scores'] = [];
  let best: FamilyParser | null = null;
  let bestScore = 0;
  for (const p of parsers) {
    let c = 0;
    try {
      c = p.detect(lines);
    } catch {
      c = 0;
    }
    if (!Number.isFinite(c)) c = 0;
    scores.push({ family: p.family, confidence: c });
    if (c > bestScore) {
      best = p;
      bestScore = c;
    }
    if (stopWhenCertain && c >= 1) break;
  }
  return { parser: bestScore >= MIN_CONFIDENCE ? best : null, confidence: bestScore, scores };
}
