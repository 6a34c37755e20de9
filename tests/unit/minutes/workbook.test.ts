import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesOptions } from '@shared/model/minutes';
import { buildMinutesWorkbook } from '../../../electron/service/minutes/workbook';
import { sampleInput, sampleRows } from './fixture';

const QA_HEADER = [
  '회기', '일자', '실·국', '부서', '사업번호', '사업명', '의원명', '구분', '내용',
  '답변자', '답변 요지', '조치사항', '처리기한', '조치상태', '비고',
];
const SHEET_NAMES = ['개요', '질의답변', '부서별 집계', '자료요구', '후속조치'];

async function readBack(options?: MinutesOptions) {
  const bytes = await buildMinutesWorkbook(sampleInput, options);
  return XLSX.read(bytes, { type: 'buffer', cellStyles: true });
}

/** A sheet's rows as arrays of displayed values, header first. */
function table(book: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: '' });
}

/** The 질의답변 cell whose 내용 column (I) holds `body`. */
function qaBodyCell(book: XLSX.WorkBook, body: string): XLSX.CellObject {
  const sheet = book.Sheets['질의답변'];
  const address = Object.keys(sheet).find((key) => key.startsWith('I') && sheet[key].v === body);
  expect(address, `cell with ${body}`).toBeDefined();
  return sheet[address!];
}

describe('buildMinutesWorkbook', () => {
  let book: XLSX.WorkBook;
  beforeAll(async () => {
    book = await readBack();
  });

  it('should name every sheet in Korean, in workbook order', () => {
    expect(book.SheetNames).toEqual(SHEET_NAMES);
  });

  it('should write the 질의답변 header exactly and one row per shared annotation', () => {
    const rows = table(book, '질의답변');
    expect(rows[0]).toEqual(QA_HEADER);
    expect(rows).toHaveLength(1 + sampleRows.filter((row) => !row.private).length);
  });

  it('should order 질의답변 by agenda, unit, project number (2 before 10), then date', () => {
    const rows = table(book, '질의답변').slice(1);
    expect(rows.map((row) => `${row[3]} ${row[4]} ${row[1]}`)).toEqual([
      '감사담당관 1 2024-01-16',
      '감사담당관 1 2024-01-16',
      '감사담당관 1 2024-01-16',
      '감사담당관 1 2024-01-16',
      '감사담당관 1 2024-01-17',
      '행정지원과 2 2024-01-16',
      '행정지원과 2 2024-01-16',
      '행정지원과 10 2024-01-16',
      '행정지원과 10 2024-01-16',
    ]);
  });

  it('should keep Korean values intact, with the quote under the body', () => {
    const question = table(book, '질의답변').find((row) => row[7] === '질의')!;
    expect(question).toEqual([
      '제331회 임시회 제1차', '2024-01-16', '문화행정국', '행정지원과', '2', '민원 서비스 개선', '김영희', '질의',
      '민원 처리 기간 단축 목표의 근거는 무엇인가?\n[인용] 민원 처리기간 20% 단축',
      '행정지원과장', '전년도 평균 처리일수 대비 산정함', '', '', '', '',
    ]);
  });

  it('should write formula-like text as plain strings, never as formulas', async () => {
    for (const body of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)']) {
      const cell = qaBodyCell(book, body);
      expect(cell.t).toBe('s');
      expect(cell.f).toBeUndefined();
    }
    // …and formatted as Text, so editing the cell in Excel does not turn it into a formula.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildMinutesWorkbook(sampleInput)) as unknown as ExcelJS.Buffer);
    const bodies = workbook.getWorksheet('질의답변')!.getColumn(9);
    const formulaLike = new Map<string, string | undefined>();
    bodies.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) formulaLike.set(cell.value, cell.numFmt);
    });
    expect([...formulaLike.keys()].sort()).toEqual(['+1', '-2', '=HYPERLINK("http://x")', '@SUM(A1)']);
    expect([...formulaLike.values()]).toEqual(['@', '@', '@', '@']);
  });

  it('should leave private rows out by default and include them when asked', async () => {
    const memo = '비공개: 다음 회기에 다시 확인';
    expect(table(book, '질의답변').some((row) => row[8] === memo)).toBe(false);
    const withPrivate = await readBack({ includePrivate: true });
    expect(table(withPrivate, '질의답변').filter((row) => row[8] === memo)).toHaveLength(1);
    expect(table(withPrivate, '개요')).toContainEqual(['비공개 메모', '포함']);
  });

  it('should keep only the chosen members and documents', async () => {
    const filtered = await readBack({ memberNames: ['박철수'], documentTitles: ['2024 문화행정국 주요업무보고'] });
    const rows = table(filtered, '질의답변').slice(1);
    expect(rows.map((row) => `${row[6]} ${row[7]}`)).toEqual(['박철수 자료요구', '박철수 시정요구']);
    expect(table(filtered, '개요')).toContainEqual(['대상 의원', '박철수']);
  });

  it('should write only the requested sheets, in workbook order', async () => {
    const partial = await readBack({ sheets: ['followUp', 'qa'] });
    expect(partial.SheetNames).toEqual(['질의답변', '후속조치']);
  });

  it('should count 부서별 집계 per unit and type, with each project budget once', () => {
    const rows = table(book, '부서별 집계');
    expect(rows[0]).toEqual([
      '실·국', '부서', '질의', '지적', '시정요구', '처리요구', '건의', '자료요구', '의견', '우수사례',
      '합계', '검토 사업 수', '검토 사업 예산(천원)',
    ]);
    expect(rows.slice(1)).toEqual([
      ['부구청장 직속', '감사담당관', 0, 1, 0, 1, 1, 1, 1, 0, 5, 1, 20_916],
      ['문화행정국', '행정지원과', 1, 0, 1, 0, 0, 1, 0, 1, 4, 2, 185_000],
      ['합계', '', 1, 1, 1, 1, 1, 2, 1, 1, 9, 3, 205_916],
    ]);
  });

  it('should list 자료요구 with deadline and received flag', () => {
    const rows = table(book, '자료요구');
    expect(rows[0]).toEqual(['일자', '실·국', '부서', '사업번호', '사업명', '의원명', '요구 내용', '처리기한', '수령 여부', '비고']);
    expect(rows.slice(1).map((row) => [row[6], row[7], row[8]])).toEqual([
      ['@SUM(A1)', '2024-01-25', '미수령'],
      ['최근 3년간 민원 처리 현황 자료', '2024-01-31', '수령'],
    ]);
  });

  it('should list 시정요구, 처리요구, 건의 and 자료요구 on 후속조치 with deadline, status and action', () => {
    const rows = table(book, '후속조치');
    expect(rows[0]).toEqual([
      '회기', '실·국', '부서', '사업번호', '사업명', '의원명', '구분', '내용', '처리기한', '조치상태', '조치사항', '비고',
    ]);
    expect(rows.slice(1).map((row) => [row[6], row[8], row[9], row[10]])).toEqual([
      ['처리요구', '2024-02-15', '미조치', ''],
      ['건의', '', '완료', '반영 완료'],
      ['자료요구', '2024-01-25', '', ''],
      ['자료요구', '2024-01-31', '', ''],
      ['시정요구', '2024-03-31', '추진중', '부서별 이수 현황 월별 점검'],
    ]);
  });

  it('should summarise the session and the counts on 개요', () => {
    const rows = table(book, '개요');
    expect(rows[0]).toEqual(['항목', '내용']);
    expect(rows).toContainEqual(['회기·차수', '제331회 임시회 제1차']);
    expect(rows).toContainEqual(['의회', '서초구의회']);
    expect(rows).toContainEqual(['위원회', '행정복지위원회']);
    expect(rows).toContainEqual(['회의명', '2024년도 주요업무보고 청취']);
    expect(rows).toContainEqual(['일자', '2024-01-16 ~ 2024-01-22']);
    expect(rows).toContainEqual(['출석 의원', '김영희, 박철수']);
    expect(rows).toContainEqual(['수록 건수', 9]);
    expect(rows).toContainEqual(['후속조치 미완료', 3]); // 미조치, 추진중, and the 자료요구 not yet received
    expect(rows.find((row) => row[0] === '작성 일시')?.[1]).toMatch(/^2024-01-2[12] \d\d:00$/);
    const byType = rows.findIndex((row) => row[0] === '구분별 건수');
    expect(rows.slice(byType + 1, byType + 9)).toEqual([
      ['질의', 1], ['지적', 1], ['시정요구', 1], ['처리요구', 1], ['건의', 1], ['자료요구', 2], ['의견', 1], ['우수사례', 1],
    ]);
    const byStatus = rows.findIndex((row) => row[0] === '조치상태별 건수');
    expect(rows.slice(byStatus + 1)).toEqual([['완료', 1], ['추진중', 1], ['미조치', 1], ['미지정', 2]]);
  });

  it('should style the header bold with a fill and wrap body cells', () => {
    const sheet = book.Sheets['질의답변'];
    const header = sheet.A1 as XLSX.CellObject & { s?: { fgColor?: { rgb?: string } } };
    expect(header.s?.fgColor?.rgb).toBe('DDEBF7');
    const widths = (sheet['!cols'] ?? []).map((column) => column.wch ?? 0);
    expect(widths).toHaveLength(QA_HEADER.length);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(7);
  });

  it('should freeze the header, filter it, and print A4 landscape with the header on every page', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildMinutesWorkbook(sampleInput)) as unknown as ExcelJS.Buffer);
    for (const name of SHEET_NAMES) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 });
      expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.getCell('A2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    }
    expect(workbook.getWorksheet('질의답변')!.autoFilter).toBe('A1:O10');
    expect(workbook.getWorksheet('부서별 집계')!.autoFilter).toBe('A1:M3'); // the 합계 row stays outside
    expect(workbook.getWorksheet('개요')!.autoFilter).toBeUndefined();
  });

  it('should fit widths to Korean text and grow rows for wrapped text', async () => {
    const longAnswer = '가'.repeat(200);
    const input = { ...sampleInput, rows: [{ ...sampleRows[1], answerSummary: longAnswer }] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildMinutesWorkbook(input, { sheets: ['qa'] })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('질의답변')!;
    expect(sheet.getColumn(7).width).toBe(8); // 의원명 "김영희": 6 + padding, clamped up to 8
    expect(sheet.getColumn(11).width).toBe(36); // 답변 요지: 400 wide, capped at 36 so the sheet prints legibly
    expect(sheet.getRow(2).height).toBeGreaterThan(100);
  });

  it('should cut text longer than an Excel cell holds, with a visible marker', async () => {
    const input = { ...sampleInput, rows: [{ ...sampleRows[1], body: '가'.repeat(40_000), quote: undefined }] };
    const written = XLSX.read(await buildMinutesWorkbook(input, { sheets: ['qa'] }), { type: 'buffer' });
    const body = String(written.Sheets['질의답변'].I2.v);
    expect(body).toHaveLength(32_767);
    expect(body.endsWith('…(이하 생략)')).toBe(true);
  });

  it('should write a valid workbook when nothing is selected', async () => {
    const empty = await readBack({ memberNames: ['없는 의원'] });
    expect(empty.SheetNames).toEqual(SHEET_NAMES);
    expect(table(empty, '질의답변')).toEqual([QA_HEADER]);
    expect(table(empty, '부서별 집계').at(-1)).toEqual(['합계', '', 0, 0, 0]);
  });

  it('should report progress up to 1, never going back', async () => {
    const fractions: number[] = [];
    await buildMinutesWorkbook(sampleInput, {}, (fraction) => fractions.push(fraction));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.length).toBeGreaterThan(1);
  });
});
