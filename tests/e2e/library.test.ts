import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { freshDataDir, invokeInPage, launchChromium, openPage, screenshotDir, startApp } from '../helpers/app';
import { registerAsMember } from '../helpers/ui';

const SAMPLE_TITLES = [/서초구|행정복지위원회/, /여성가족정책실/, /지역사회보장계획/, /지속가능발전/];

describe('library screen in browser mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should show the four sample documents on first run and keep them after a restart', async () => {
    const dataDir = freshDataDir('library');
    const app = await startApp(dataDir);
    const page = await openPage(browser, app.url);
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    const rows = page.locator('.doc-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const text = await page.locator('.doc-table').innerText();
    for (const title of SAMPLE_TITLES) expect(text).toMatch(title);
    await page.screenshot({ path: join(screenshotDir, 'library.png'), fullPage: true });
    const before = await invokeInPage(page, 'library:list', {});
    await app.stop();

    const again = await startApp(dataDir);
    const page2 = await openPage(browser, again.url);
    await page2.getByRole('heading', { name: '문서 목록' }).waitFor();
    await expect.poll(() => page2.locator('.doc-table tbody tr').count()).toBe(4);
    expect(await invokeInPage(page2, 'library:list', {})).toEqual(before);
    await again.stop();
  });

  it('should show the first rows of a long library at once and every row right after', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    for (let i = 1; i <= 60; i++) {
      const text = `2025년도 주요업무보고\n\n총무${i}과\n\n2025년 주요업무 추진계획\n\n1. 민원 처리 개선 ${i}\n\n□ 소요예산 : ${i},000천원 【구비】\n`;
      await invokeInPage(page, 'library:import', { fileName: `report-${i}.txt`, dataBase64: Buffer.from(text).toString('base64') });
    }
    await page.reload();
    const rows = page.locator('.doc-table tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(64);
    expect(await page.locator('.doc-table caption').innerText()).toContain('64');
    await app.stop();
  });

  it('should answer bad calls with a Korean error and keep working', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    const bad = (await invokeInPage(page, 'library:import', { fileName: 1 })) as { ok: boolean; code: string; message: string };
    expect(bad).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(bad.message).toMatch(/[가-힣]/);
    const unknown = (await invokeInPage(page, 'no:such-method', {})) as { ok: boolean; code: string; message: string };
    expect(unknown).toMatchObject({ ok: false, code: 'unknown-method' });
    expect(unknown.message).toMatch(/알 수 없는 요청/);
    const list = (await invokeInPage(page, 'library:list', {})) as unknown[];
    expect(list).toHaveLength(4);
    await app.stop();
  });

  it('should import a text document through the import button and open it', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await registerAsMember(page, { name: '테스트' });
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    const text = '2025년도 주요업무보고\n\n총무과\n\n1. 청렴도 향상 추진\n\n□ 소요예산 : 1,000천원 【구비】\n';
    await page.getByTestId('import-input').setInputFiles({ name: '총무과-업무보고.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByText('문서를 가져왔습니다', { exact: false }).waitFor();
    await expect.poll(() => page.locator('.doc-table tbody tr').count()).toBe(5);
    await page.getByRole('button', { name: /2024.*서초구.*열기|행정복지위원회.*열기/ }).first().click();
    await page.locator('.outline').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'document.png') });
    expect(await page.locator('.filter-summary [role=status]').innerText()).toMatch(/사업 \d{3}건/);
    await app.stop();
  });
});
