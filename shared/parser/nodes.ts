/**
 * Small factories for tree nodes, so every family builds them the same way.
 */
import type { Line } from './lines';
import { spanLines } from './position';
import type { Budget, Diagnostic, DocumentFamily, PlanDocument, Position, Severity } from './types';

/** A document with nothing in it yet. */
export function createDocument(family: DocumentFamily, lineCount: number): PlanDocument {
  return {
    type: 'document',
    family,
    title: '',
    issuer: '',
    date: '',
    units: [],
    sections: [],
    projects: [],
    tables: [],
    diagnostics: [],
    lineCount,
  };
}

/** "Not stated": no total, no sources. */
export function emptyBudget(): Budget {
  return { thousandWon: null, nonBudget: false, sources: [], bySource: {} };
}

export function diagnostic(ruleId: string, reason: string, position?: Position, severity: Severity = 'warning'): Diagnostic {
  return position ? { ruleId, reason, severity, position } : { ruleId, reason, severity };
}

/** Diagnostic anchored on lines[from..to] (array indices). */
export function diagnosticAt(lines: Line[], from: number, ruleId: string, reason: string, severity: Severity = 'warning', to = from): Diagnostic {
  return diagnostic(ruleId, reason, spanLines(lines, from, to), severity);
}

/** Project keys `${unit}|${section}|${number}`, made unique with `#2`, `#3` … */
export function createKeyMaker(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}
