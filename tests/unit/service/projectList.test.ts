import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { DocumentView, ImportSummary, LibraryEntry } from '@shared/model/library';
import type { ProjectListPreview } from '@shared/model/projectList';
import { projectListFromText } from '@shared/sheet/projectList';
import { projectListText } from '@shared/text/projectList';
import { makeApi } from '../../helpers/service';
import { hashTree } from '../../helpers/hashTree';

type Cell = string | number;

function xlsx(rows: Cell[][], sheet = '사업목록'): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

function csv(rows: Cell[][]): string {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  return Buffer.from(XLSX.utils.sheet_to_csv(sheet), 'utf8').toString('base64');
}

/** A budget list with a title line, a units line above the header, a 합계 row and a blank row. */
const BUDGET_LIST: Cell[][] = [
  ['2025년 주요사업 예산 현황'],
  ['(단위: 천원)'],
  ['사업명', '부서', '예산(천원)', '재원'],
  ['청렴도 향상 추진', '감사담당관', 12000, '구비'],
  ['민원실 환경 개선', '민원여권과', '1,500', '국비, 구비'],
  ['', '', '', ''],
  ['구정 홍보물 제작', '홍보과', 30000, '시비'],
  ['합계', '', 43500, ''],
];

const MAPPING = { title: 0, unit: 1, budget: 2, sources: 3 };

describe('library:import of a spreadsheet (project list)', () => {
  it('should ask for the mapping the first time, store nothing, then import with it and remember it', async () => {
    const api = await makeApi();
    const data = xlsx(BUDGET_LIST);

    const preview = (await api.call('library:sheet-preview', { fileName: '예산.xlsx', dataBase64: data })) as ProjectListPreview;
    expect(preview).toMatchObject({ sheetName: '사업목록', headerRow: 3, columns: ['사업명', '부서', '예산(천원)', '재원'], moneyUnit: '천원' });
    expect(preview.suggestedMapping).toEqual(MAPPING);
    expect(preview.rememberedMapping).toBeUndefined();
    expect(preview.rows[0]).toEqual(['청렴도 향상 추진', '감사담당관', '12000', '구비']);

    const before = hashTree(api.ctx.dataDir);
    expect(await api.call('library:import', { fileName: '예산.xlsx', dataBase64: data })).toEqual({
      ok: false,
      code: 'bad-input',
      field: 'mapping',
      message: projectListText.needMapping,
    });
    expect(hashTree(api.ctx.dataDir)).toBe(before);

    const summary = (await api.call('library:import', { fileName: '예산.xlsx', dataBase64: data, mapping: MAPPING })) as ImportSummary;
    expect(summary).toMatchObject({ title: '2025년 주요사업 예산 현황', duplicate: false, unitCount: 3, projectCount: 3, budgetThousandWon: 43500, mappingSource: 'given' });

    const doc = (await api.call('document:get', { id: summary.documentId })) as DocumentView;
    expect(doc.record).toMatchObject({ family: 'project-list', format: 'xlsx' });
    expect(doc.tree.projects.map((p) => [p.unit, p.title, p.budget.thousandWon, p.budget.sources, p.section])).toEqual([
      ['감사담당관', '청렴도 향상 추진', 12000, ['구비'], 'plans'],
      ['민원여권과', '민원실 환경 개선', 1500, ['국비', '구비'], 'plans'],
      ['홍보과', '구정 홍보물 제작', 30000, ['시비'], 'plans'],
    ]);
    expect(doc.tree.units.map((u) => [u.name, u.level])).toEqual([
      ['감사담당관', '담당관'],
      ['민원여권과', '과'],
      ['홍보과', '과'],
    ]);
    // Positions are the rows' lines in the stored text.
    const lines = doc.text.split('\n');
    for (const p of doc.tree.projects) {
      expect(lines[p.position.start.line - 1]).toBe(p.body);
      expect(lines[p.position.start.line - 1]!.split('\t')[0]).toBe(p.title);
      expect(doc.text.slice(p.position.start.offset, p.position.end.offset)).toBe(p.body);
    }
    // The tree rebuilds from the stored text and the record's reading (after a restart, the cache is empty).
    expect(projectListFromText(doc.text, doc.record.projectList!).projects).toEqual(doc.tree.projects.map(({ id: _id, ...p }) => p));
    api.ctx.treeCache.clear();
    const again = (await api.call('document:get', { id: summary.documentId })) as DocumentView;
    expect(again.tree.projects.map((p) => p.title)).toEqual(doc.tree.projects.map((p) => p.title));

    const list = (await api.call('library:list', {})) as LibraryEntry[];
    expect(list).toEqual([expect.objectContaining({ id: summary.documentId, family: 'project-list', projectCount: 3, unitCount: 3, budgetThousandWon: 43500 })]);

    // A second file with the same header: imported straight away with the remembered mapping.
    const second = csv([
      ['사업명', '부서', '예산(천원)', '재원'],
      ['작은도서관 운영', '교육지원과', '8,000', '구비'],
      ['소계', '', '8,000', ''],
    ]);
    const secondPreview = (await api.call('library:sheet-preview', { fileName: '예산2.csv', dataBase64: second })) as ProjectListPreview;
    expect(secondPreview.rememberedMapping).toEqual(MAPPING);
    const two = (await api.call('library:import', { fileName: '예산2.csv', dataBase64: second })) as ImportSummary;
    expect(two).toMatchObject({ duplicate: false, projectCount: 1, unitCount: 1, budgetThousandWon: 8000, mappingSource: 'remembered' });
    expect(((await api.call('document:get', { id: two.documentId })) as DocumentView).record.format).toBe('csv');
    expect((await api.call('library:list', {})) as LibraryEntry[]).toHaveLength(2);

    // The same file again is a duplicate, whether or not a mapping is sent.
    expect(await api.call('library:import', { fileName: '예산.xlsx', dataBase64: data })).toMatchObject({ documentId: summary.documentId, duplicate: true });
  });

  it('should read 백만원 from the header cell, 실·국 as group, 구분 실적 as results, and 사업번호', async () => {
    const api = await makeApi();
    const data = csv([
      ['실국', '부서', '구분', '사업번호', '사업명', '예산(백만원)', '사업내용'],
      ['복지국', '복지정책과', '실적', '1', '경로당 냉방비 지원', '12', '여름철 경로당 냉방비'],
      ['복지국', '복지정책과', '계획', '2', '돌봄 플러그 설치', '1.5', ''],
    ]);
    const preview = (await api.call('library:sheet-preview', { fileName: 'list.csv', dataBase64: data })) as ProjectListPreview;
    expect(preview.suggestedMapping).toEqual({ division: 0, unit: 1, section: 2, number: 3, title: 4, budget: 5, body: 6 });
    expect(preview.moneyUnit).toBe('백만원');
    const summary = (await api.call('library:import', { fileName: 'list.csv', dataBase64: data, mapping: preview.suggestedMapping })) as ImportSummary;
    const doc = (await api.call('document:get', { id: summary.documentId })) as DocumentView;
    expect(doc.tree.projects.map((p) => [p.group, p.unit, p.section, p.number, p.budget.thousandWon, p.summary])).toEqual([
      [['복지국'], '복지정책과', 'results', '1', 12000, '여름철 경로당 냉방비'],
      [['복지국'], '복지정책과', 'plans', '2', 1500, undefined],
    ]);
    expect(doc.tree.units.find((u) => u.name === '복지정책과')?.parent).toBe('복지국');
  });

  it('should refuse bad spreadsheets with a Korean message and store nothing', async () => {
    const api = await makeApi();
    const before = hashTree(api.ctx.dataDir);
    const refuse = async (args: Record<string, unknown>, message: string, field?: string) => {
      expect(await api.call('library:import', args)).toEqual({ ok: false, code: 'bad-input', message, ...(field ? { field } : {}) });
      expect(hashTree(api.ctx.dataDir)).toBe(before);
    };
    // no header row
    await refuse({ fileName: 'x.csv', dataBase64: csv([['가', '나'], ['1', '2']]) }, projectListText.noHeader, 'dataBase64');
    // prototype-pollution headers are plain strings that name no field
    const proto = csv([['__proto__', 'constructor', 'prototype'], ['{"polluted":1}', 'x', 'y']]);
    await refuse({ fileName: 'p.csv', dataBase64: proto }, projectListText.noHeader, 'dataBase64');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // 사업명 not mapped, a column past the sheet
    const list = xlsx(BUDGET_LIST);
    await refuse({ fileName: 'a.xlsx', dataBase64: list, mapping: { unit: 1 } }, projectListText.needTitle, 'mapping.title');
    await refuse({ fileName: 'a.xlsx', dataBase64: list, mapping: { title: 0, budget: 9 } }, projectListText.badColumn('budget'), 'mapping.budget');
    // only a 합계 row
    await refuse({ fileName: 't.csv', dataBase64: csv([['사업명', '예산'], ['합계', '100']]), mapping: { title: 0, budget: 1 } }, projectListText.noProjects, 'mapping.title');
    // 100k rows
    const huge = csv([['사업명', '예산'], ...Array.from({ length: 100_000 }, (_, i) => [`사업 ${i}`, '1'])]);
    await refuse({ fileName: 'big.csv', dataBase64: huge, mapping: { title: 0, budget: 1 } }, projectListText.tooManyRows(20_000), 'dataBase64');
    // a __proto__ header with a real field next to it: mapped and remembered as an own key only
    const mixed = csv([['사업명', '__proto__'], ['청사 보수', 'x']]);
    const ok = (await api.call('library:import', { fileName: 'm.csv', dataBase64: mixed, mapping: { title: 0 } })) as ImportSummary;
    expect(ok.projectCount).toBe(1);
    expect(Object.getPrototypeOf(api.ctx.store.read().projectListMappings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).mapping).toBeUndefined();
    expect(await api.call('library:list', {})).toHaveLength(1);
  }, 60_000);

  it('should carry a project list in a review bundle, read the same way on the other laptop', async () => {
    const a = await makeApi();
    await a.call('member:create', { name: '김의원' });
    const summary = (await a.call('library:import', { fileName: '예산.xlsx', dataBase64: xlsx(BUDGET_LIST), mapping: MAPPING })) as ImportSummary;
    const docA = (await a.call('document:get', { id: summary.documentId })) as DocumentView;
    await a.call('annotation:create', { projectId: docA.tree.projects[1]!.id, type: '질의', body: '민원실 개선 범위는?' });
    const bundle = (await a.call('bundle:export', { includeDocuments: true })) as { dataBase64: string; documentCount: number };
    expect(bundle.documentCount).toBe(1);

    const b = await makeApi();
    await b.call('member:create', { name: '박전문' });
    expect(await b.call('bundle:import', { dataBase64: bundle.dataBase64 })).toMatchObject({ applied: true });
    const docB = (await b.call('document:get', { id: summary.documentId })) as DocumentView;
    expect(docB.record).toMatchObject({ family: 'project-list', projectList: docA.record.projectList });
    expect(docB.tree.projects.map((p) => [p.id, p.unit, p.title, p.budget.thousandWon])).toEqual(docA.tree.projects.map((p) => [p.id, p.unit, p.title, p.budget.thousandWon]));
    const notes = (await b.call('annotation:list', { documentId: summary.documentId })) as { projectId: string }[];
    expect(notes.map((n) => n.projectId)).toEqual([docA.tree.projects[1]!.id]);
  });
});
