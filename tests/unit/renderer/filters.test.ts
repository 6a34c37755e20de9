import { describe, expect, it } from 'vitest';
import { activeFilterCount, filterOptions, filterProjects, getDefaultFilters, groupAnnotations } from '../../../renderer/state/filters';
import { note, project } from './fixtures';

const projects = [project('가과', 'plans', '1', '청렴도 향상', 100), project('가과', 'results', '2', '민원 관리'), project('나과', 'plans', '1', '소식지 제작', 50)];
const notes = [note('doc:가과|plans|1', { type: '메모', tags: ['예산'], authorId: 'm2', authorName: '이의원' }), note('doc:나과|plans|1', { status: '종결' })];
const by = groupAnnotations(notes);
const run = (change: Partial<ReturnType<typeof getDefaultFilters>>) => filterProjects('doc', projects, by, { ...getDefaultFilters(), ...change }).map((p) => p.title);

describe('filters', () => {
  it('should keep everything with no condition', () => {
    expect(run({})).toHaveLength(3);
    expect(activeFilterCount(getDefaultFilters())).toBe(0);
  });

  it('should filter by text, unit, section and budget', () => {
    expect(run({ text: '청렴' })).toEqual(['청렴도 향상']);
    expect(run({ unit: '나과' })).toEqual(['소식지 제작']);
    expect(run({ section: 'results' })).toEqual(['민원 관리']);
    expect(run({ budget: 'no' })).toEqual(['민원 관리']);
  });

  it('should filter by annotated, type, status, member and tag', () => {
    expect(run({ annotated: 'no' })).toEqual(['민원 관리']);
    expect(run({ annotationType: '메모' })).toEqual(['청렴도 향상']);
    expect(run({ status: '종결' })).toEqual(['소식지 제작']);
    expect(run({ member: 'm2' })).toEqual(['청렴도 향상']);
    expect(run({ tag: '예산' })).toEqual(['청렴도 향상']);
  });

  it('should list the units, authors and tags to choose from', () => {
    expect(filterOptions(projects, notes)).toEqual({ units: ['가과', '나과'], members: [{ id: 'm2', name: '이의원' }, { id: 'm1', name: '김의원' }], tags: ['예산'] });
  });
});
