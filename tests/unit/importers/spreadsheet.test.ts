import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extractText, readSpreadsheet } from '../../../electron/service/importers';

const ROWS = [
  ['단 위 사 업', '예산액', '비고(증감)'],
  ['합 계', 311736, '△4,786'],
  ['청렴도 향상 및 반부패 역량 강화', 123210, '3,382'],
];

function workbookBytes(bookType: 'xlsx' | 'xls' | 'csv', rows: unknown[][] = ROWS): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '예산');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['비고'], ['없음']]), '메모');
  return new Uint8Array(XLSX.write(workbook, { bookType, type: 'array' }) as ArrayBuffer);
}

const asStrings = (rows: unknown[][]) => rows.map((row) => row.map(String));

describe('spreadsheet importer', () => {
  it.each(['xlsx', 'xls'] as const)('reads every sheet of a written .%s as rows of strings', async (bookType) => {
    const result = await readSpreadsheet(`예산.${bookType}`, workbookBytes(bookType));
    expect(result).toEqual({
      ok: true,
      format: bookType,
      sheets: [
        { name: '예산', rows: asStrings(ROWS) },
        { name: '메모', rows: [['비고'], ['없음']] },
      ],
    });
  });

  it('reads a CP949 CSV as Korean Excel saves it, keeping values as written', async () => {
    const csv = '구분,예산액,코드\r\n합 계,"311,736",0012\r\n';
    const result = await readSpreadsheet('예산.csv', new Uint8Array(iconv.encode(csv, 'cp949')));
    expect(result).toEqual({ ok: true, format: 'csv', sheets: [{ name: 'Sheet1', rows: [['구분', '예산액', '코드'], ['합 계', '311,736', '0012']] }] });
  });

  it('turns a spreadsheet into TAB-separated text', async () => {
    const result = await extractText('예산.xlsx', workbookBytes('xlsx'));
    expect(result).toMatchObject({ ok: true, format: 'xlsx' });
    if (result.ok) expect(result.text.split('\n')).toContain('합 계\t311736\t△4,786');
  });

  it('keeps a __proto__ header harmless', async () => {
    const hostile = [['__proto__', 'constructor', 'polluted'], ['{"polluted":1}', 'x', 'yes']];
    for (const bytes of [workbookBytes('xlsx', hostile), new TextEncoder().encode('__proto__,constructor,polluted\n1,2,yes\n')]) {
      const result = await readSpreadsheet(bytes[0] === 0x50 ? 'hostile.xlsx' : 'hostile.csv', bytes);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.sheets[0].rows[0]).toEqual(['__proto__', 'constructor', 'polluted']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('refuses a document that is not a spreadsheet', async () => {
    expect(await readSpreadsheet('plan.txt', new TextEncoder().encode('본문'))).toMatchObject({ ok: false, code: 'unsupported' });
  });
});
