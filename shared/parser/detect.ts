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

export function detectFamily(lines: Line[], parsers: readonly FamilyParser[]): Detection {
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
  }
  return { parser: bestScore >= MIN_CONFIDENCE ? best : null, confidence: bestScore, scores };
}
