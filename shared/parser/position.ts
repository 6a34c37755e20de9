/**
 * Positions: every node gets `{start, end}` built from the lines it covers (unist style).
 */
import type { Line } from './lines';
import type { Point, Position } from './types';

/** The point at the first character of `line`. */
export function lineStart(line: Line): Point {
  return { line: line.n, column: 1, offset: line.offset };
}

/** The point just after the last character of `line`. */
export function lineEnd(line: Line): Point {
  return { line: line.n, column: line.text.length + 1, offset: line.offset + line.text.length };
}

/**
 * Position covering lines[from] .. lines[toInclusive] (array indices, clamped).
 * Returns a 1:1 position at line 1 for an empty line list, so callers never get undefined.
 */
export function spanLines(lines: Line[], from: number, toInclusive: number = from): Position {
  if (lines.length === 0) return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const a = clamp(from, 0, lines.length - 1);
  const b = clamp(Math.max(toInclusive, a), 0, lines.length - 1);
  return { start: lineStart(lines[a]), end: lineEnd(lines[b]) };
}

/** Position of a single line, by 1-based line number. */
export function positionOfLineNumber(lines: Line[], n: number): Position {
  return spanLines(lines, n - 1, n - 1);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
