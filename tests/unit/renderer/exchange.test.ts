import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { BundlePreview } from '@shared/model/bundle';
import type { LibraryEntry } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import { columnLetter, exchangeText } from '@shared/text/exchange';
import { currentDocuments, defaultReattachDocument, isBundleFileName, orphansOfDocument, previewChangesNothing, projectLabel, searchProjects } from '../../../renderer/state/exchange';

const entry = (id: string, extra: Partial<LibraryEntry> = {}): LibraryEntry =>
  ({ id, title: id, issuer: '', date: '', family: 'work-report', fileName: `${id}.txt`, format: 'text', sample: false, unitCount: 1, projectCount: 1, budgetThousandWon: 0, annotationCount: 0, ...extra }) as LibraryEntry;

const orphan = (documentId: string, extra: Partial<OrphanEntry> = {}): OrphanEntry => ({
  annotation: { id: `a-${documentId}`, documentId, projectId: `${documentId}:k`, anchor: { unit: '감사담당관', section: 'plans', number: '1', title: '청렴도 향상 추진' } } as Annotation,
  reason: 'project-missing',
  documentTitle: documentId,
  suggestions: [],
  ...extra,
});

const projects = [
  { id: 'd:1', unit: '감사담당관', number: '1', title: '공정하고 신뢰받는 자체감사 시행' },
  { id: 'd:2', unit: '감사담당관', number: '2', title: '친절행정 향상 추진' },
  { id: 'd:3', unit: '홍보담당관', number: '1', title: '구정 소식지 발행' },
];

describe('exchange screen helpers', () => {
  it('should offer only the newest versions for re-attaching', () => {
    expect(currentDocuments([entry('old', { supersededBy: 'new' }), entry('new', { previousVersionId: 'old' }), entry('other')]).map((d) => d.id)).toEqual(['new', 'other']);
  });

  it('should open the re-attach form on the newest version, else the note’s own document, else the first', () => {
    const docs = [entry('new'), entry('other')];
    expect(defaultReattachDocument(orphan('old', { reason: 'superseded', latestDocumentId: 'new' }), docs)).toBe('new');
    expect(defaultReattachDocument(orphan('other'), docs)).toBe('other');
    expect(defaultReattachDocument(orphan('gone', { reason: 'document-missing' }), docs)).toBe('new');
    expect(defaultReattachDocument(orphan('gone'), [])).toBe('');
  });

  it('should search projects by number, title and unit, every word, spaces ignored', () => {
    expect(searchProjects(projects, '').length).toBe(3);
    expect(searchProjects(projects, '자체 감사').map((p) => p.id)).toEqual(['d:1']);
    expect(searchProjects(projects, '감사담당관 2.').map((p) => p.id)).toEqual(['d:2']);
    expect(searchProjects(projects, '홍보').map((p) => p.id)).toEqual(['d:3']);
    expect(searchProjects(projects, '없는말')).toEqual([]);
    expect(projectLabel({ ...projects[0]!, sectionName: '추진계획' })).toBe('감사담당관 · 추진계획 · 1. 공정하고 신뢰받는 자체감사 시행');
  });

  it('should count a document’s orphans including those waiting for it as the newest version', () => {
    const list = [orphan('a'), orphan('old', { reason: 'superseded', latestDocumentId: 'b' }), orphan('c')];
    expect(orphansOfDocument(list, 'b').length).toBe(1);
    expect(orphansOfDocument(list, 'a').length).toBe(1);
    expect(orphansOfDocument(list, 'z').length).toBe(0);
  });

  it('should know bundle files by name and a preview that changes nothing', () => {
    expect(isBundleFileName('의정검토-김의원-2024-01-16.crb')).toBe(true);
    expect(isBundleFileName('처리결과.xlsx')).toBe(false);
    const p = { totals: { new: 0, updated: 0, unchanged: 4, conflicting: 0, annotations: 4, skipped: 0 }, documentsIncluded: [], membersNew: 0, sessionsNew: 0 } as unknown as BundlePreview;
    expect(previewChangesNothing(p)).toBe(true);
    expect(previewChangesNothing({ ...p, totals: { ...p.totals, new: 1 } })).toBe(false);
  });

  it('should say in Korean what a revision did to the notes', () => {
    expect(exchangeText.library.revisedBody(5, 2, false)).toContain('의견 5건을 새 버전으로 옮겼습니다. 2건은');
    expect(exchangeText.library.revisedBody(5, 0, true)).toMatch(/^제목과 기관이 같은[\s\S]*연결이 끊긴 의견은 없습니다/);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
  });
});
