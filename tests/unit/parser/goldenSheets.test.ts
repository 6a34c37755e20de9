/**
 * Conformance of the 시행결과 and 이행계획 families on their hand-checked seeds
 * (gold copied from ../shared/gold; scoring follows ../shared/tools/score-plan.mjs: a project
 * matches a gold item within ±3 lines, unit = the responsible department).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '../../../shared/parser/index';
import type { CheckJson } from '../../../shared/parser/types';

interface GoldProject {
  line: number;
  unit: string;
  department?: string;
  title: string;
  section: string;
  budget_thousand_won: number | null;
  budget_source: string | null;
  budget_ambiguous?: boolean;
  repeat_of_line?: number;
}

const squash = (s: string | null | undefined) => String(s ?? '').replace(/[\s·ㆍ.,:;'"‘’“”「」『』<>〈〉()[\]【】-]/g, '');
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Match parsed projects to gold by line (±3), then the share of matched items right on each attribute. */
function score(gold: GoldProject[], parsed: CheckJson['projects']) {
  const used = new Set<number>();
  const pairs: [GoldProject, CheckJson['projects'][number]][] = [];
  for (const g of gold) {
    let best = -1;
    parsed.forEach((p, i) => {
      if (!used.has(i) && Math.abs(p.line - g.line) <= 3 && (best < 0 || Math.abs(p.line - g.line) < Math.abs(parsed[best].line - g.line))) best = i;
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, parsed[best]]);
    }
  }
  const required = gold.filter((g) => g.repeat_of_line == null).length;
  const recall = pairs.filter(([g]) => g.repeat_of_line == null).length / required;
  const precision = pairs.length / Math.max(1, parsed.length);
  const rate = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 1);
  const budgetOk = (g: GoldProject, have: number | null) =>
    g.budget_thousand_won == null ? have == null : have != null && Math.abs(have - g.budget_thousand_won) <= Math.max(1, g.budget_thousand_won * 0.005);
  const sources = (s: string[] | string | null) => (Array.isArray(s) ? s.join('+') : s ?? '');
  return {
    f1: (2 * precision * recall) / (precision + recall || 1),
    unit: rate(pairs.map(([g, p]) => squash(g.department ?? g.unit) === squash(p.unit))),
    section: rate(pairs.map(([g, p]) => g.section === p.section)),
    title: rate(pairs.map(([g, p]) => squash(g.title) === squash(p.title))),
    budget: rate(pairs.filter(([g]) => !g.budget_ambiguous).map(([g, p]) => budgetOk(g, p.budgetThousandWon))),
    source: rate(pairs.filter(([g]) => g.budget_source != null).map(([g, p]) => sources(g.budget_source) === sources(p.budgetSources))),
  };
}

describe.each([
  { seed: '2023-광진구-지역사회보장계획-시행결과.txt', gold: '002.json', family: 'result-sheets', date: '2024-02-28' },
  { seed: '2022-서대문구-지속가능발전-이행계획.txt', gold: '004.json', family: 'implementation-plan', date: '' },
])('golden $gold', ({ seed, gold, family, date }) => {
  const doc = parsePlan(read(`../../../seeds/${seed}`));
  const check = toCheckJson(doc);
  const goldJson = JSON.parse(read(`../../fixtures/parser/gold/${gold}`)) as { issuer: string; projects: GoldProject[] };

  it('should be parsed by its own family with the cover metadata', () => {
    expect(doc.family).toBe(family);
    expect(check.issuer).toBe(goldJson.issuer);
    expect(check.date).toBe(date);
  });

  it('should meet the project, unit, title, section, budget and source minimums', () => {
    const s = score(goldJson.projects, check.projects);
    expect(s.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.unit).toBeGreaterThanOrEqual(0.97);
    expect(s.title).toBeGreaterThanOrEqual(0.97);
    expect(s.section).toBeGreaterThanOrEqual(0.97);
    expect(s.budget).toBeGreaterThanOrEqual(0.95);
    expect(s.source).toBeGreaterThanOrEqual(0.9);
  });

  it('should put a position on every project, field and table', () => {
    for (const p of doc.projects) {
      expect(p.position.start.line).toBeLessThanOrEqual(p.position.end.line);
      for (const f of p.fields) {
        expect(f.position.start.line).toBeGreaterThanOrEqual(p.position.start.line);
        for (const t of f.tables) expect(t.position.end.line).toBeLessThanOrEqual(p.position.end.line);
      }
    }
  });
});
