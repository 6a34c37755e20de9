/**
 * 주요업무보고 (work report) family. Work in progress: see families/workReport/ for the stages.
 */
import type { Line } from '../lines';
import { createDocument } from '../nodes';
import type { PlanDocument } from '../types';
import type { FamilyParser } from './types';

export function detectWorkReport(lines: Line[]): number {
  let score = 0;
  for (const l of lines) {
    const s = l.squashed;
    if (s.includes('주요업무보고')) score += 0.3;
    if (s === '보고순서' || s === '일반현황' || /^[IVX]+\.?일반현황$/.test(s)) score += 0.2;
    if (score >= 1) return 1;
  }
  return Math.min(1, score);
}

export function parseWorkReport(lines: Line[], _text: string): PlanDocument {
  return createDocument('work-report', lines.length);
}

export const workReportParser: FamilyParser = { family: 'work-report', detect: detectWorkReport, parse: parseWorkReport };
