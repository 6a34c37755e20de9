import { describe, expect, it } from 'vitest';
import { buildOutlineRows, groupLabel, visibleRange } from '../../../renderer/components/document/outlineModel';
import { project } from './fixtures';

describe('outline model', () => {
  it('should flatten projects into group, section and project rows in document order', () => {
    const rows = buildOutlineRows(
      [project('행정지원과', 'results', '1', '가', 100, ['문화행정국', '행정지원과']), project('행정지원과', 'plans', '1', '나', 50, ['문화행정국', '행정지원과']), project('감사담당관', 'plans', '1', '다')],
      () => 1,
      '부서 미상',
    );
    expect(rows.map((r) => r.kind)).toEqual(['group', 'section', 'project', 'section', 'project', 'group', 'section', 'project']);
    expect(rows[0]).toMatchObject({ kind: 'group', label: '문화행정국 › 행정지원과', count: 2, budgetThousandWon: 150, annotations: 2 });
  });

  it('should end the group label with the responsible unit', () => {
    expect(groupLabel(project('청소행정과', 'plans', '1', '가', null, ['주민생활국']), '—')).toBe('주민생활국 › 청소행정과');
  });

  it('should build 2,000 projects quickly and mount only a window of rows', () => {
    const many = Array.from({ length: 2000 }, (_, i) => project(`과${Math.floor(i / 40)}`, i % 40 < 20 ? 'results' : 'plans', String(i % 20), `사업 ${i}`, i));
    const started = performance.now();
    const rows = buildOutlineRows(many, () => 0, '—');
    expect(performance.now() - started).toBeLessThan(100);
    expect(rows.filter((r) => r.kind === 'project')).toHaveLength(2000);
    const [first, last] = visibleRange(30_000, 700, 60, rows.length);
    expect(last - first).toBeLessThanOrEqual(Math.ceil(700 / 60) + 13);
    expect(first).toBe(Math.floor(30_000 / 60) - 6);
    expect(visibleRange(0, 700, 60, 5)).toEqual([0, 5]);
  });
});
