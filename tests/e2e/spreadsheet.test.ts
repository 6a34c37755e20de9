import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { invokeInPage, launchChromium, openPage, startApp } from '../helpers/app';
import { openDocumentTitled, registerAsMember, saveScreenshot, seriousA11yViolations } from '../helpers/ui';

function workbook(rows: (string | number)[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '사업목록');
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

const HEADER = ['구분', '사업명', '담당', '예산액', '재원'];
const FIRST = workbook([
  ['2025년 기획경제위원회 소관 주요사업'],
  ['(단위: 천원)'],
  HEADER,
  ['계획', '청렴도 향상 추진', '감사담당관', 12000, '구비'],
  ['계획', '민원실 환경 개선', '민원여권과', '1,500', '국비, 구비'],
  ['실적', '구정 홍보물 제작', '홍보과', 30000, '시비'],
  ['', '합계', '', 43500, ''],
]);
const SECOND = workbook([HEADER, ['계획', '작은도서관 운영', '교육지원과', 8000, '구비']]);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('a project list spreadsheet through the library screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should ask for the columns once, import the projects, and reuse the mapping for the next sheet', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await registerAsMember(page, { name: '테스트' });
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    expect(await page.getByTestId('import-input').getAttribute('accept')).toContain('.xlsx');

    await page.getByTestId('import-input').setInputFiles({ name: '주요사업.xlsx', mimeType: XLSX_MIME, buffer: FIRST });
    const dialog = page.getByRole('dialog', { name: /표의 열 지정/ });
    await dialog.waitFor();
    // Prefilled from the header words; 담당 is not a known word, so 부서 is chosen by hand, with the keyboard.
    await expect.poll(() => dialog.getByLabel('사업명 (필수)').inputValue()).toBe('1');
    expect(await dialog.getByLabel('예산', { exact: true }).inputValue()).toBe('3');
    expect(await dialog.getByLabel('구분 (실적/계획)').inputValue()).toBe('0');
    expect(await dialog.locator('table tbody tr').count()).toBe(4);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sheet-map-title');
    await dialog.getByLabel('부서', { exact: true }).selectOption({ label: 'C열: 담당' });
    await saveScreenshot(page, 'spreadsheet-mapping-1280');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // 200% text (what the 글자 크게 button does, the dialog being modal): nothing spills sideways.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await saveScreenshot(page, 'spreadsheet-mapping-200');
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
    await page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
    await dialog.getByRole('button', { name: '가져오기' }).focus();
    await page.keyboard.press('Enter');

    await page.getByText('열 지정을 기억해 두었습니다', { exact: false }).waitFor();
    await expect.poll(() => page.locator('.doc-table tbody tr').count()).toBe(5);
    const list = (await invokeInPage(page, 'library:list', {})) as { title: string; family: string; projectCount: number; budgetThousandWon: number }[];
    expect(list.find((d) => d.family === 'project-list')).toMatchObject({ title: '2025년 기획경제위원회 소관 주요사업', projectCount: 3, budgetThousandWon: 43500 });

    // Same header again: no dialog, the remembered mapping is used and said so.
    await page.getByTestId('import-input').setInputFiles({ name: '추가사업.xlsx', mimeType: XLSX_MIME, buffer: SECOND });
    await page.getByText('지난번 열 지정을 사용했습니다', { exact: false }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('.doc-table tbody tr').count()).toBe(6);

    await openDocumentTitled(page, /기획경제위원회 소관 주요사업/);
    const outline = await page.locator('.outline').innerText();
    for (const title of ['청렴도 향상 추진', '민원실 환경 개선', '구정 홍보물 제작']) expect(outline).toContain(title);
    expect(outline).not.toContain('합계');
    await page.locator('.outline-item', { hasText: '민원실 환경 개선' }).click();
    await expect.poll(() => page.locator('#project-title').innerText()).toContain('민원실 환경 개선');
    const facts = await page.locator('.project-facts').innerText();
    expect(facts).toContain('민원여권과');
    expect(facts).toContain('1,500천원');
    await saveScreenshot(page, 'spreadsheet-document-1280');
    await app.stop();
  });
});
