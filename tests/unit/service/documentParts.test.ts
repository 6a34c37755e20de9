import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentOutline, DocumentView, ProjectDetail } from '@shared/model/library';
import { linkContinuations } from '@shared/continuity';
import { budgetByUnit } from '@shared/unitBudgets';
import { linesOf } from '../../../electron/service/library';
import { repoRoot } from '../../helpers/app';
import { b64, makeApi } from '../../helpers/service';

const SEED = join(repoRoot, 'seeds', '2024-서초구-행정복지위원회-주요업무보고.txt');

describe('the document screen’s parts: outline, one project, the text', () => {
  it('answers an outline that is the full view without bodies, fields and tables, with the budget per unit and the continuity links', async () => {
    const { call } = await makeApi();
    const { documentId } = (await call('library:import', { fileName: 'seocho.txt', dataBase64: b64(readFileSync(SEED, 'utf8')) })) as { documentId: string };
    const full = (await call('document:get', { id: documentId })) as DocumentView;
    const outline = (await call('document:outline', { id: documentId })) as DocumentOutline;

    expect(outline.record).toEqual(full.record);
    expect(outline.tree.projects).toHaveLength(full.tree.projects.length);
    outline.tree.projects.forEach((p, i) => {
      const { body: _b, fields: _f, tables: _t, budget: { raw: _r, position: _p, ...budget }, ...head } = full.tree.projects[i]!;
      expect(p).toEqual({ ...head, budget });
    });
    expect(outline.tree.check).toEqual(full.tree.check);
    expect(outline.budget).toEqual(budgetByUnit(full.tree));
    expect(outline.budget.some((u) => u.table)).toBe(true);
    expect(outline.continuity).toEqual(linkContinuations(full.tree.projects));
    expect(outline.continuity.length).toBeGreaterThan(10);
    // The project the screen opens on comes whole, as document:project answers it.
    const shown = full.tree.projects.find((p) => p.section !== 'status')!;
    expect(outline.first?.key).toBe(shown.key);
    expect(outline.first?.detail).toEqual(await call('document:project', { id: documentId, key: shown.key }));
    // The point of it: a fraction of the full answer.
    expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(full).length / 4);
  });

  it('answers one project’s fields, tables and source lines as the full view has them', async () => {
    const { call } = await makeApi();
    const { documentId } = (await call('library:import', { fileName: 'seocho.txt', dataBase64: b64(readFileSync(SEED, 'utf8')) })) as { documentId: string };
    const full = (await call('document:get', { id: documentId })) as DocumentView;
    const lines = full.text.split('\n');
    for (const p of [full.tree.projects[0]!, full.tree.projects[17]!, full.tree.projects.at(-1)!]) {
      const detail = (await call('document:project', { id: documentId, key: p.key })) as ProjectDetail;
      expect(detail.fields).toEqual(p.fields);
      expect(detail.tables).toEqual(p.tables);
      expect(detail.sourceLines).toEqual(lines.slice(p.position.start.line - 1, p.position.end.line));
    }
    expect(((await call('document:text', { id: documentId })) as { text: string }).text).toBe(full.text);
  });

  it('says in Korean when the document or the project is not there, and refuses bad arguments', async () => {
    const { call } = await makeApi();
    const text = '2025년도 주요업무보고\n\n총무과\n\n2025년 주요업무 추진계획\n\n1. 청렴도 향상\n\n□ 소요예산 : 1,000천원 【구비】\n';
    const { documentId } = (await call('library:import', { fileName: 'a.txt', dataBase64: b64(text) })) as { documentId: string };
    expect(await call('document:project', { id: documentId, key: 'no such key' })).toMatchObject({ code: 'not-found', message: expect.stringMatching(/사업을 문서에서 찾을 수 없습니다/) });
    expect(await call('document:outline', { id: 'doc-missing' })).toMatchObject({ code: 'not-found' });
    expect(await call('document:text', { id: 'doc-missing' })).toMatchObject({ code: 'not-found' });
    expect(await call('document:project', { id: documentId })).toMatchObject({ code: 'invalid-args' });
    expect(await call('document:outline', { id: documentId, extra: 1 })).toMatchObject({ code: 'invalid-args' });
  });
});

describe('linesOf', () => {
  const text = Buffer.from('하나\ntwo\n셋째 줄\n\nfive');
  it('answers lines from … to of a UTF-8 text, as split would, decoding only those', () => {
    const all = text.toString().split('\n');
    for (const [from, to] of [[1, 1], [2, 4], [1, 5], [4, 5], [5, 5]] as const) expect(linesOf(text, from, to)).toEqual(all.slice(from - 1, to));
  });
  it('stops at the end of the text and answers nothing past it or for an empty range', () => {
    expect(linesOf(text, 4, 9)).toEqual(['', 'five']);
    expect(linesOf(text, 7, 9)).toEqual([]);
    expect(linesOf(text, 3, 2)).toEqual([]);
    expect(linesOf(Buffer.from('끝\n'), 2, 2)).toEqual(['']);
  });
});
