import type { Annotation } from '@shared/model/annotation';
import type { ProjectNode, SectionKind } from '@shared/parser/types';

export const pos = (line = 1) => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 1, offset: line * 10 } });

export function project(unit: string, section: SectionKind, number: string, title: string, thousandWon: number | null = null, group: string[] = [unit]): ProjectNode {
  return {
    type: 'project',
    key: `${unit}|${section}|${number}`,
    id: `doc:${unit}|${section}|${number}`,
    number,
    title,
    unit,
    group,
    section,
    fields: [],
    budget: { thousandWon, nonBudget: false, sources: [], bySource: {} },
    tables: [],
    body: title,
    position: pos(),
  };
}

export function note(projectId: string, change: Partial<Annotation> = {}): Annotation {
  return {
    id: Math.random().toString(36).slice(2),
    documentId: 'doc',
    projectId,
    anchor: { unit: '', section: '', number: '', title: '' },
    type: '질의',
    body: '본문',
    status: '미답변',
    starred: false,
    tags: [],
    authorId: 'm1',
    authorName: '김의원',
    visibility: 'shared',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    version: 1,
    deleted: false,
    ...change,
  };
}
