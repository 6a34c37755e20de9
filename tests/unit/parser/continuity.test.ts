import { describe, expect, it } from 'vitest';
import type { ProjectNode, SectionKind } from '@shared/parser/types';
import { bigrams, compactText, diceSimilarity as dice } from '@shared/similarity';
import { continuityIndex, linkContinuations } from '@shared/continuity';

const pos = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
function project(unit: string, section: SectionKind, number: string, title: string): ProjectNode {
  return {
    type: 'project',
    key: `${unit}|${section}|${number}`,
    number,
    title,
    unit,
    group: [unit],
    section,
    fields: [],
    budget: { thousandWon: null, nonBudget: false, sources: [], bySource: {} },
    tables: [],
    body: title,
    position: pos,
  };
}

describe('continuity between results and plans', () => {
  it('should ignore spaces and punctuation when comparing titles', () => {
    expect(compactText('「투명한 공직사회」 재산등록·심사')).toBe('투명한공직사회재산등록심사');
    expect([...bigrams('청렴 도').keys()]).toEqual(['청렴', '렴도']);
  });

  it('should score identical titles 1 and unrelated titles 0', () => {
    expect(dice('청렴도 향상 추진', '청렴도 향상 추진')).toBe(1);
    expect(dice('청렴도 향상 추진', '환경순찰 업무')).toBe(0);
    expect(dice('', '')).toBe(0);
  });

  it('should count repeated bigrams as a multiset', () => {
    // 가가가 → {가가×2}; 가가 → {가가×1}: 2·1 / (2+1)
    expect(dice('가가가', '가가')).toBeCloseTo(2 / 3);
  });

  it('should link a results project to the similar plans project of the same unit', () => {
    const links = linkContinuations([
      project('감사담당관', 'results', '1', '공직기강 및 청렴도 향상 업무 추진'),
      project('감사담당관', 'results', '5', '친절행정 추진'),
      project('감사담당관', 'plans', '1', '청렴도 향상 추진'),
      project('감사담당관', 'plans', '3', '친절행정 향상 추진'),
    ]);
    expect(links.map((l) => [l.results, l.plans])).toEqual(
      expect.arrayContaining([
        ['감사담당관|results|1', '감사담당관|plans|1'],
        ['감사담당관|results|5', '감사담당관|plans|3'],
      ]),
    );
    expect(links).toHaveLength(2);
    for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0.5);
  });

  it('should not link projects of different units even with the same title', () => {
    expect(linkContinuations([project('가과', 'results', '1', '주민 소통 강화'), project('나과', 'plans', '1', '주민 소통 강화')])).toEqual([]);
  });

  it('should not link titles below the threshold', () => {
    const a = project('가과', 'results', '1', '환경순찰 업무 추진');
    const b = project('가과', 'plans', '1', '생활현장 집중순찰 강화');
    expect(dice(a.title, b.title)).toBeLessThan(0.5);
    expect(linkContinuations([a, b])).toEqual([]);
  });

  it('should give each project at most one partner, best score first', () => {
    const links = linkContinuations([
      project('가과', 'results', '1', '청렴도 향상 추진'),
      project('가과', 'results', '2', '청렴도 향상 추진 실적'),
      project('가과', 'plans', '1', '청렴도 향상 추진'),
    ]);
    expect(links).toEqual([{ results: '가과|results|1', plans: '가과|plans|1', score: 1 }]);
    const index = continuityIndex(links);
    expect(index.get('가과|plans|1')).toBe('가과|results|1');
    expect(index.get('가과|results|1')).toBe('가과|plans|1');
  });

  it('should ignore status projects', () => {
    expect(linkContinuations([project('가과', 'status', '1', '예산 현황'), project('가과', 'plans', '1', '예산 현황')])).toEqual([]);
  });
});
