import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildMinutesCsv } from '../../../electron/service/minutes/csv';
import { sampleInput, sampleRows } from './fixture';

const HEADER = '회기,일자,실·국,부서,사업번호,사업명,의원명,구분,내용,답변자,답변 요지,조치사항,처리기한,조치상태,비고';

describe('buildMinutesCsv', () => {
  const csv = buildMinutesCsv(sampleInput);
  const records = csv.slice(1).split('\r\n');

  it('should start with a BOM and the 질의답변 header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(records[0]).toBe(HEADER);
  });

  it('should end every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('should quote fields with commas, quotes or line breaks (RFC 4180)', () => {
    const input = {
      ...sampleInput,
      rows: [{ ...sampleRows[1], body: '예산, 인력 "재검토"', quote: undefined, answerSummary: '1줄\n2줄' }],
    };
    const [, record] = buildMinutesCsv(input).slice(1).split('\r\n');
    expect(record).toContain(',"예산, 인력 ""재검토""",');
    expect(record).toContain(',"1줄\n2줄",');
  });

  it('should prefix formula-like fields with an apostrophe', () => {
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv).toContain(",'+1,");
    expect(csv).toContain(",'-2,");
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(',2024-01-16,'); // ordinary values keep their text
  });

  it('should hold the same rows as the sheet, without private ones unless asked', () => {
    const shared = sampleRows.filter((row) => !row.private).length;
    expect(records.filter(Boolean)).toHaveLength(1 + shared);
    expect(buildMinutesCsv(sampleInput, { includePrivate: true })).toContain('비공개: 다음 회기에 다시 확인');
  });

  it('should read back in a spreadsheet with Korean text and no formulas', () => {
    const book = XLSX.read(csv, { type: 'string' });
    const sheet = book.Sheets[book.SheetNames[0]];
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!')) as [string, XLSX.CellObject][];
    expect(cells.some(([, cell]) => cell.f)).toBe(false);
    expect(sheet.C2.v).toBe('부구청장 직속');
  });
});
