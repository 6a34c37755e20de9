/**
 * Intention-named steps for end-to-end tests of the review workspace ("register as 김의원",
 * "write a 질의 on the selected text"), so tests read as a member's day, not as selectors.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { screenshotDir } from './app';

export async function registerAsMember(page: Page, profile: { name: string; committee?: string; role?: '의원' | '전문위원' | '직원' }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '어느 분이 사용하시나요?' });
  await dialog.waitFor();
  await dialog.getByLabel('이름 (필수)').fill(profile.name);
  if (profile.committee) await dialog.getByLabel('소속 위원회').fill(profile.committee);
  if (profile.role) await dialog.getByLabel(profile.role, { exact: true }).check();
  await dialog.getByRole('button', { name: '시작하기' }).click();
  await dialog.waitFor({ state: 'detached' });
}

export function memberButton(page: Page) {
  return page.getByTestId('member-button');
}

export async function openDocumentTitled(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('heading', { name: '문서 목록' }).waitFor();
  await page.locator('.doc-table .doc-title button', { hasText: title }).first().click();
  await page.locator('.outline-item').first().waitFor();
  await page.locator('#project-title').waitFor();
}

export async function readerTitle(page: Page): Promise<string> {
  return (await page.locator('#project-title').innerText()).trim();
}

/** Presses a key with focus on the page body (not in a text box), as a member reading would. */
export async function pressOnPage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

/** Selects the first occurrence of `text` inside the project reader, as dragging the mouse over it would. */
export async function selectTextInReader(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const root = document.querySelector('.project');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`text not found in reader: ${text}`);
}

/** A short span of the first field's text of the open project, exactly as in the page, to quote. */
export async function spanOfFirstField(page: Page, length = 14): Promise<string> {
  const text = (await page.locator('.project .field .field-text').first().textContent()) ?? '';
  const line = text.split('\n').find((l) => l.trim().length >= length) ?? text;
  return line.trim().slice(0, length).trim();
}

/** The open project's title without its number. */
export async function readerProjectName(page: Page): Promise<string> {
  const h = page.locator('#project-title');
  const full = (await h.innerText()).trim();
  const no = (await h.locator('.item-no').innerText()).trim();
  return full.slice(full.indexOf(no) + no.length).trim();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').filter({ hasText: /저장됨 \d\d:\d\d/ }).waitFor();
}

/** Fills the open editor: type, body; waits for the autosave and closes it. */
export async function fillAnnotation(page: Page, type: string, body: string, screenshotName?: string): Promise<void> {
  const editor = page.locator('.editor');
  await editor.getByTestId('annotation-type').selectOption(type);
  await editor.getByLabel('내용').fill(body);
  await waitUntilSaved(page);
  if (screenshotName) await saveScreenshot(page, screenshotName);
  await editor.getByRole('button', { name: '다 썼습니다' }).click();
  await editor.waitFor({ state: 'detached' });
}

export async function quoteSelectionAs(page: Page, type: string, body: string): Promise<void> {
  await page.getByRole('button', { name: '이 부분에 의견 쓰기' }).click();
  await fillAnnotation(page, type, body);
}

export async function writeNewAnnotationByKeyboard(page: Page, type: string, body: string, screenshotName?: string): Promise<void> {
  await pressOnPage(page, 'n');
  await page.locator('.editor').waitFor();
  await fillAnnotation(page, type, body, screenshotName);
}

export function annotationCards(page: Page) {
  return page.locator('.note-list .note');
}

/** Opens search with Ctrl+K and types; resolves when the first hit is listed. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await pressOnPage(page, 'Control+k');
  const box = page.getByRole('combobox', { name: '검색어' });
  await box.waitFor();
  await box.fill(text);
  await page.locator('.search-hit').first().waitFor({ timeout: 10_000 });
}

/** Enter on the highlighted hit opens its project. */
export async function openHighlightedHit(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: '검색어' }).press('Enter');
  await page.locator('.search-dialog').waitFor({ state: 'detached' });
}

export async function makeTextLarger(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: '글자 크게' }).click();
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.x A/AA rules and best practices). */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

export async function allA11yViolations(page: Page): Promise<{ id: string; impact: string; count: number }[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', count: v.nodes.length }));
}

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
