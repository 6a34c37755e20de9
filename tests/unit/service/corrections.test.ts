import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { CorrectionsView } from '@shared/model/corrections';
import type { LibraryEntry } from '@shared/model/library';
import type { SearchResult } from '@shared/search/types';
import { targetAt } from '@shared/corrections/apply';
import { decodeBundle, encodeBundle, laptop, projectsOf } from '../../helpers/bundles';
import { makeApi } from '../../helpers/service';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corrections', 'misread-report.txt'), 'utf8');
const LINES = FIXTURE.split('\n');
const lineOf = (text: string) => LINES.findIndex((l) => l.includes(text)) + 1;
const at = (text: string) => targetAt(LINES, lineOf(text));
type Exported = { dataBase64: string };

async function correctedLaptop(name = '김의원') {
  const kim = await laptop(name, { document: FIXTURE, fileName: 'misread.txt' });
  const view = (await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'mark-project', line: lineOf('◈ 민원') } })) as CorrectionsView;
  await kim.call('document:correct', {
    documentId: kim.documentId,
    change: { op: 'set-budget', ...at('◈ 민원'), budget: { thousandWon: 2000, nonBudget: false, sources: ['구비'] } },
  });
  return { kim, view };
}

describe('document:correct', () => {
  it('should show the corrected projects everywhere: the tree, the library counts, search and notes', async () => {
    const { kim, view } = await correctedLaptop();
    expect(view.entries).toEqual([expect.objectContaining({ applied: true, authorName: '김의원', change: { op: 'mark-project', line: lineOf('◈ 민원') } })]);
    const projects = await projectsOf(kim, kim.documentId);
    expect(projects.map((p) => p.title)).toEqual(['청렴도 향상 추진', '민원 처리 개선', '청사 시설 정비', '구정 소식지 발간']);
    const made = projects[1]!;
    expect(made.id).toBe(`${kim.documentId}:manual|L${lineOf('◈ 민원')}`);
    const entry = ((await kim.call('library:list', {})) as LibraryEntry[])[0]!;
    expect(entry).toMatchObject({ projectCount: 4, budgetThousandWon: 5500 });
    const found = (await kim.call('search:query', { text: '민원 처리' })) as SearchResult;
    expect(JSON.stringify(found)).toContain('manual|L');

    const note = (await kim.call('annotation:create', { projectId: made.id, type: '질의', body: '민원 창구는 몇 곳?' })) as Annotation;
    expect(note.anchor.title).toBe('민원 처리 개선');
    expect(await kim.call('annotation:orphans', {})).toEqual([]);
  });

  it('should keep a note on the document findable after a later correction re-indexes it', async () => {
    const { kim } = await correctedLaptop();
    const projects = await projectsOf(kim, kim.documentId);
    const note = (await kim.call('annotation:create', { projectId: projects[0]!.id, type: '질의', body: '참석률 집계 방식은?' })) as Annotation;
    const ids = async () => ((await kim.call('search:query', { text: '참석률' })) as SearchResult).hits.map((h) => h.id);
    expect(await ids()).toContain(note.id);
    await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'set-title', ...at('2. 청사'), title: '청사 시설 안전 정비' } });
    expect(((await kim.call('search:query', { text: '안전 정비' })) as SearchResult).hits.length).toBeGreaterThan(0);
    expect(await ids()).toContain(note.id);
  });

  it('should refuse a change that does not apply, with a Korean message, and store nothing', async () => {
    const kim = await laptop('김의원', { document: FIXTURE });
    const answer = await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'merge', ...at('1. 청렴도') } });
    expect(answer).toMatchObject({ ok: false, code: 'bad-input', field: 'change', message: expect.stringMatching(/앞에 합칠 사업이 없습니다/) });
    expect(await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'set-title', ...at('2. 청사'), title: '' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await kim.call('document:correct', { documentId: 'nope', change: { op: 'mark-project', line: 3 } })).toMatchObject({ ok: false, code: 'not-found' });
    expect(kim.ctx.store.read().corrections ?? []).toEqual([]);
  });

  it('should undo the newest correction or a chosen one, keep tombstones, and survive a restart', async () => {
    const { kim } = await correctedLaptop();
    await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'set-title', ...at('3. 구정'), title: '구정 소식지' } });
    let view = (await kim.call('document:undo-correction', { documentId: kim.documentId })) as CorrectionsView;
    expect(view.entries).toHaveLength(2);
    expect((await projectsOf(kim, kim.documentId))[3]!.title).toBe('구정 소식지 발간');

    // Undoing the split leaves the budget correction without its project: shown, not applied.
    view = (await kim.call('document:undo-correction', { documentId: kim.documentId, id: view.entries[0]!.id })) as CorrectionsView;
    expect(view.entries).toEqual([expect.objectContaining({ applied: false, reason: 'no-target' })]);
    expect(await projectsOf(kim, kim.documentId)).toHaveLength(3);
    expect((kim.ctx.store.read().corrections ?? []).filter((c) => c.deleted)).toHaveLength(2);

    await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'mark-project', line: lineOf('◈ 민원') } });
    await kim.ctx.store.close();
    const again = await makeApi({ dataDir: kim.dataDir });
    const projects = await projectsOf(again, kim.documentId);
    expect(projects.map((p) => p.title)).toContain('민원 처리 개선');
    expect(projects[1]!.key).toBe(`manual|L${lineOf('◈ 민원')}`);
    const listed = (await again.call('document:corrections', { documentId: kim.documentId })) as CorrectionsView;
    expect(listed.entries.map((e) => e.applied)).toEqual([true, true]);
    await again.ctx.store.close();
  });
});

describe('notes on a project a correction removes', () => {
  it('should become orphans, and come back when the correction is undone', async () => {
    const kim = await laptop('김의원', { document: FIXTURE });
    const last = kim.projects[2]!;
    const note = (await kim.call('annotation:create', { projectId: last.id, type: '질의', body: '소식지 부수는?' })) as Annotation;
    await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'not-project', ...at('3. 구정') } });
    expect(((await kim.call('annotation:orphans', {})) as { annotation: Annotation }[]).map((o) => o.annotation.id)).toEqual([note.id]);
    await kim.call('document:undo-correction', { documentId: kim.documentId });
    expect(await kim.call('annotation:orphans', {})).toEqual([]);
  });

  it('should travel for a member who corrected a document without writing a note on it', async () => {
    const kim = await laptop('김의원', { document: FIXTURE });
    await kim.call('document:correct', { documentId: kim.documentId, change: { op: 'mark-project', line: lineOf('◈ 민원') } });
    const sec = await laptop('박전문', { role: '전문위원' });
    await sec.call('bundle:import', { dataBase64: ((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64 });
    expect(await projectsOf(sec, kim.documentId)).toHaveLength(4);
  });
});

describe('a text with no structure', () => {
  it('should be structured by hand with the same tools', async () => {
    const text = ['2025년 주요업무보고 참고 자료', '', '행정지원과', '', '청사 안내 개선', '안내판 교체 12곳', '', '주차장 확충', '주차면 20면 추가'].join('\n');
    const kim = await laptop('김의원', { document: text, fileName: '메모.txt', asPlainText: true });
    expect(kim.projects).toEqual([]);
    for (const change of [
      { op: 'mark-unit', line: 3, name: '' },
      { op: 'mark-project', line: 5, number: '1' },
      { op: 'mark-project', line: 8, number: '2' },
    ]) {
      expect(await kim.call('document:correct', { documentId: kim.documentId, change })).toMatchObject({ documentId: kim.documentId });
    }
    const projects = await projectsOf(kim, kim.documentId);
    expect(projects.map((p) => [p.number, p.title, p.unit, p.key])).toEqual([
      ['1', '청사 안내 개선', '행정지원과', 'manual|L5'],
      ['2', '주차장 확충', '행정지원과', 'manual|L8'],
    ]);
    expect(((await kim.call('library:list', {})) as LibraryEntry[])[0]).toMatchObject({ projectCount: 2, unitCount: 1 });
    expect(await kim.call('annotation:create', { projectId: projects[1]!.id, type: '자료요구', body: '주차장 설계도' })).toMatchObject({ projectId: projects[1]!.id });
  });
});

describe('corrections in review bundles', () => {
  it('should give the receiving laptop the same projects and keys, with the note in place', async () => {
    const { kim } = await correctedLaptop();
    const made = (await projectsOf(kim, kim.documentId))[1]!;
    const note = (await kim.call('annotation:create', { projectId: made.id, type: '질의', body: '민원 창구는 몇 곳?' })) as Annotation;
    const bundle = ((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64;
    expect((decodeBundle(bundle).corrections as unknown[]).length).toBe(2);

    const sec = await laptop('박전문', { role: '전문위원' });
    await sec.call('bundle:import', { dataBase64: bundle });
    const theirs = await projectsOf(sec, kim.documentId);
    const mine = await projectsOf(kim, kim.documentId);
    expect(theirs.map((p) => [p.key, p.title, p.id])).toEqual(mine.map((p) => [p.key, p.title, p.id]));
    expect(((await sec.call('library:list', {})) as LibraryEntry[])[0]).toMatchObject({ projectCount: 4, budgetThousandWon: 5500 });
    const notes = (await sec.call('annotation:list', { projectId: made.id })) as Annotation[];
    expect(notes.map((n) => n.id)).toEqual([note.id]);
    expect(await sec.call('annotation:orphans', {})).toEqual([]);

    // An undo travels too, and importing the same bundle twice changes nothing.
    await kim.call('document:undo-correction', { documentId: kim.documentId });
    await sec.call('bundle:import', { dataBase64: ((await kim.call('bundle:export', {})) as Exported).dataBase64 });
    expect(await projectsOf(sec, kim.documentId)).toHaveLength(4);
    expect(((await sec.call('document:corrections', { documentId: kim.documentId })) as CorrectionsView).entries).toHaveLength(1);
    await sec.call('bundle:import', { dataBase64: bundle });
    expect(((await sec.call('document:corrections', { documentId: kim.documentId })) as CorrectionsView).entries).toHaveLength(1);
  });

  it('should import a bundle of an older app that carries no corrections', async () => {
    const { kim } = await correctedLaptop();
    const made = (await projectsOf(kim, kim.documentId))[0]!;
    await kim.call('annotation:create', { projectId: made.id, type: '질의', body: '참석률은?' });
    const { corrections: _dropped, ...old } = decodeBundle(((await kim.call('bundle:export', { includeDocuments: true })) as Exported).dataBase64);
    const sec = await laptop('박전문', { role: '전문위원' });
    expect(await sec.call('bundle:import', { dataBase64: encodeBundle(old) })).toMatchObject({ applied: true });
    expect(await projectsOf(sec, kim.documentId)).toHaveLength(3);
  });
});
