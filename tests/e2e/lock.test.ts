/**
 * The PIN lock in the real renderer (browser mode, Debian's Chromium): turned on in 보안, the data
 * folder encrypted, the app locked by the header button and after a restart, a wrong PIN refused
 * with a Korean message, the right one opening the library; back-off countdown; screenshots of the
 * lock screen at 1280×800 and at 200% text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, startApp } from '../helpers/app';
import { makeTextLarger, registerAsMember, saveScreenshot, seriousA11yViolations } from '../helpers/ui';

const PIN = '246810';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

async function turnOnPin(page: Page, pin: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: '보안' }).click();
  await page.getByRole('heading', { name: '보안', level: 1 }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'PIN 잠금 켜기' }) });
  await expect.poll(() => form.getByRole('note').innerText()).toMatch(/잊으면 되살릴 방법이 없습니다/);
  await form.getByLabel('새 PIN 또는 비밀번호').fill(pin);
  await form.getByLabel('한 번 더 입력').fill(`${pin}9`);
  await form.getByLabel(/이해했습니다/).check();
  await form.getByRole('button', { name: 'PIN 잠금 켜기' }).click();
  await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/서로 다릅니다/); // asked twice, and they must match
  await form.getByLabel('한 번 더 입력').fill(pin);
  await saveScreenshot(page, 'security-enable', true);
  await form.getByRole('button', { name: 'PIN 잠금 켜기' }).click();
  await page.getByTestId('security-status').filter({ hasText: 'PIN 잠금 사용 중' }).waitFor();
}

function lockScreen(page: Page) {
  return page.getByRole('heading', { name: '의정 검토가 잠겨 있습니다' });
}

async function typePin(page: Page, pin: string): Promise<void> {
  const box = page.getByLabel('PIN 또는 비밀번호');
  await box.fill(pin);
  await box.press('Enter'); // Enter submits
}

describe('PIN lock', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is turned on in 보안, locks from the header and on restart, refuses a wrong PIN and opens with the right one', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await registerAsMember(page, { name: '김의원' });
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    await expect.poll(() => page.locator('.doc-table tbody tr').count()).toBe(4);
    await turnOnPin(page, PIN);
    await saveScreenshot(page, 'security-on');

    // On disk: no sample text, no member name in any file of the data folder.
    const plain = ['서대문구청장', '김의원', '지속가능발전'].map((s) => Buffer.from(s));
    const leaking = allFiles(app.dataDir).filter((f) => plain.some((p) => readFileSync(f).includes(p)));
    expect(leaking).toEqual([]);

    // 지금 잠그기 in the header.
    await page.getByRole('button', { name: /지금 잠그기/ }).click();
    await lockScreen(page).waitFor();
    expect(await page.locator('.doc-table').count()).toBe(0);
    await typePin(page, PIN);
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();

    // A restart: the app opens locked.
    await app.stop();
    const again = await startApp(app.dataDir);
    const page2 = await openPage(browser, again.url);
    await lockScreen(page2).waitFor();
    await expect.poll(() => page2.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password'); // focus starts in the PIN box
    await saveScreenshot(page2, 'lock-screen');
    expect(await seriousA11yViolations(page2)).toEqual([]);

    await typePin(page2, '135799');
    await expect.poll(() => page2.getByRole('alert').innerText()).toMatch(/맞지 않습니다/);
    await saveScreenshot(page2, 'lock-screen-wrong-pin');

    // 200% text: the lock screen still fits the window, nothing cut off sideways.
    await makeTextLarger(page2, 4);
    await expect.poll(() => page2.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    expect(await page2.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await saveScreenshot(page2, 'lock-screen-200', true);
    expect(await seriousA11yViolations(page2)).toEqual([]);

    await typePin(page2, PIN);
    await page2.getByRole('heading', { name: '문서 목록' }).waitFor();
    await expect.poll(() => page2.locator('.doc-table tbody tr').count()).toBe(4);
    await again.stop();
  });

  it('shows the back-off countdown after three wrong PINs and keeps the button off meanwhile', async () => {
    const app = await startApp();
    const page = await openPage(browser, app.url);
    await registerAsMember(page, { name: '이의원' });
    await turnOnPin(page, PIN);
    await page.getByRole('button', { name: /지금 잠그기/ }).click();
    await lockScreen(page).waitFor();
    for (const wrong of ['1111', '2222']) {
      await typePin(page, wrong);
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/맞지 않습니다/);
    }
    await typePin(page, '3333');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/30초 후에 다시 시도하세요/);
    await expect.poll(() => page.getByTestId('lock-wait').innerText()).toMatch(/\d+초 후에 다시 시도할 수 있습니다/);
    expect(await page.getByRole('button', { name: '잠금 풀기' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'lock-screen-backoff');
    await app.stop();
  });
});
