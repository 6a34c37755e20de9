/**
 * The 시행결과 and 이행계획 seeds as whole documents: family, cover metadata and tree shape.
 * Scores against the gold files are in ../golden.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../shared/parser/index';

const read = (name: string) => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');

describe.each([
  {
    seed: '2023-광진구-지역사회보장계획-시행결과.txt',
    family: 'result-sheets',
    title: "제5기('23~'26) 지역사회보장계획의 2023년도 연차별 시행계획의 시행결과",
    issuer: '서울특별시 광진구',
    date: '2024-02-28',
    projects: 47,
  },
  {
    seed: '2022-서대문구-지속가능발전-이행계획.txt',
    family: 'implementation-plan',
    title: '2022 서대문구 지속가능발전 이행계획 보고서',
    issuer: '서울특별시 서대문구',
    date: '', // the text states no date (the gold's 2022-07 is an estimate)
    projects: 112,
  },
])('seed $seed', ({ seed, family, title, issuer, date, projects }) => {
  const doc = parsePlan(read(seed));

  it('should be parsed by its own family with the cover metadata', () => {
    expect(doc).toMatchObject({ family, title, issuer, date });
    expect(doc.projects.length).toBe(projects);
  });

  it('should give every project a department, a group path, fields and a budget reading', () => {
    for (const p of doc.projects) {
      expect(p.unit).toMatch(/(과|관|소|센터)$/);
      expect(p.group.length).toBeGreaterThanOrEqual(2);
      expect(p.fields.length).toBeGreaterThan(0);
      expect(p.budget.thousandWon === null || p.budget.thousandWon > 0).toBe(true);
    }
  });

  it('should put a position on every project, field and table, inside the project', () => {
    for (const p of doc.projects) {
      expect(p.position.start.line).toBeLessThanOrEqual(p.position.end.line);
      for (const f of p.fields) {
        expect(f.position.start.line).toBeGreaterThanOrEqual(p.position.start.line);
        expect(f.position.end.line).toBeLessThanOrEqual(p.position.end.line);
        for (const t of f.tables) expect(t.position.end.line).toBeLessThanOrEqual(p.position.end.line);
      }
    }
  });
});
