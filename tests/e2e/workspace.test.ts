import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { freshDataDir, invokeInPage, launchChromium, openPage, startApp } from '../helpers/app';
import {
  allA11yViolations,
  annotationCards,
  makeTextLarger,
  memberButton,
  openDocumentTitled,
  pressOnPage,
  quoteSelectionAs,
  readerProjectName,
  readerTitle,
  registerAsMember,
  saveScreenshot,
  openHighlightedHit,
  searchFor,
  selectTextInReader,
  spanOfFirstField,
  waitUntilSaved,
  seriousA11yViolations,
  writeNewAnnotationByKeyboard,
} from '../helpers/ui';

const SEOCHO = /서초구|행정복지위원회/;

describe("a member's day in the review workspace", () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  const dataDir = freshDataDir('workspace');
  let notedProject = '';
  let quoted = '';

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(dataDir);
    page = await openPage(browser, app.url);
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('should ask who you are on first run and show the new profile in the header', async () => {
    await registerAsMember(page, { name: '김의원', committee: '행정복지위원회', role: '의원' });
    await expect.poll(() => memberButton(page).innerText()).toContain('김의원');
    const members = (await invokeInPage(page, 'member:list', {})) as { name: string; current: boolean }[];
    expect(members).toEqual([expect.objectContaining({ name: '김의원', current: true, committee: '행정복지위원회', role: '의원' })]);
  });

  it('should show the library with no serious or critical accessibility violation', async () => {
    await page.locator('.doc-table tbody tr').first().waitFor();
    await saveScreenshot(page, 'workspace-library-1280');
    const serious = await seriousA11yViolations(page);
    if (serious.length) console.log('library axe:', JSON.stringify(serious, null, 2));
    console.log('library axe (all):', JSON.stringify(await allA11yViolations(page)));
    expect(serious).toEqual([]);
  });

  it('should open the 서초구 report and move between projects with j and ↓', async () => {
    await openDocumentTitled(page, SEOCHO);
    const first = await readerTitle(page);
    await pressOnPage(page, 'j');
    await expect.poll(() => readerTitle(page)).not.toBe(first);
    const second = await readerTitle(page);
    await page.locator('.outline-item.selected').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readerTitle(page)).not.toBe(second);
    // Focus follows the selection in the outline, so ↓ can be pressed again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true');
    notedProject = await readerProjectName(page);
  });

  it('should write a 질의 on a span of text selected in the reader', async () => {
    quoted = await spanOfFirstField(page);
    await selectTextInReader(page, quoted);
    await quoteSelectionAs(page, '질의', '이 사업의 추진 근거와 집행 계획을 설명해 주십시오.');
    const card = annotationCards(page).filter({ hasText: '이 사업의 추진 근거' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.note-quote').innerText()).toBe(quoted.replace(/\s+/g, ' '));
    expect(await card.locator('.type-chip').innerText()).toBe('질의');
    expect(await card.locator('.vis-chip').innerText()).toContain('공유');
  });

  it('should write a 메모 that shows as private', async () => {
    await writeNewAnnotationByKeyboard(page, '메모', '다음 회의 전에 작년 결산서와 비교해 볼 것', 'workspace-editor-1280');
    const card = annotationCards(page).filter({ hasText: '작년 결산서' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.vis-chip').innerText()).toContain('나만 보기');
    expect(await page.locator('.outline-item.selected .note-badge').innerText()).toBe('의견 2');
  });

  it('should show the library as it was left, with the new notes counted, and open the document again', async () => {
    // Kept mounted under the document (its layout kept, app.css .kept-screen), but not shown, not
    // reachable by Tab and not read out by a screen reader.
    const libraryTitle = page.locator('.doc-table .doc-title button').first();
    expect(await page.locator('.doc-table').isVisible()).toBe(false);
    expect(await libraryTitle.evaluate((b) => (b.focus(), document.activeElement === b))).toBe(false);
    expect(await page.locator('.doc-table').getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: '← 문서 목록' }).click();
    const row = page.locator('.doc-table tbody tr', { hasText: SEOCHO });
    await expect.poll(async () => (await row.locator('td[data-label="의견"]').innerText()).trim()).toBe('2');
    await openDocumentTitled(page, SEOCHO);
    await page.locator('article.project[aria-busy="false"]').waitFor();
  });

  it("should show the project's own lines of the text with 원문 보기 (they come with the project, not the outline)", async () => {
    const doc = ((await invokeInPage(page, 'library:list', {})) as { id: string; title: string }[]).find((d) => SEOCHO.test(d.title))!;
    const view = (await invokeInPage(page, 'document:get', { id: doc.id })) as { text: string; tree: { projects: { title: string; position: { start: { line: number }; end: { line: number } } }[] } };
    const shown = await readerTitle(page);
    const project = view.tree.projects.find((p) => shown.includes(p.title))!;
    const reader = page.locator('article.project');
    await reader.getByRole('button', { name: /원문 보기/ }).click();
    const lines = reader.locator('.source-lines li');
    const { start, end } = project.position;
    await expect.poll(() => lines.count()).toBe(end.line - start.line + 1);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(await lines.first().innerText())).toBe(squash(view.text.split('\n')[start.line - 1]!));
    await reader.getByRole('button', { name: /원문 닫기/ }).click();
    await expect.poll(() => lines.count()).toBe(0);
  });

  it('should show the document screen with no serious or critical accessibility violation', async () => {
    await saveScreenshot(page, 'workspace-document-1280');
    const serious = await seriousA11yViolations(page);
    if (serious.length) console.log('document axe:', JSON.stringify(serious, null, 2));
    console.log('document axe (all):', JSON.stringify(await allA11yViolations(page)));
    expect(serious).toEqual([]);
    await page.getByRole('tab', { name: '예산 한눈에' }).click();
    await page.getByRole('heading', { name: '부서별 예산 한눈에' }).waitFor();
    await saveScreenshot(page, 'workspace-budget-1280', true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: '사업별 검토' }).click();
  });

  it('should find 청렴도를 with Ctrl+K and open a project about 청렴 with Enter', async () => {
    // Depends on the search:query API method (added by the lead).
    await searchFor(page, '청렴도를');
    expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'workspace-search-1280');
    await openHighlightedHit(page);
    await expect.poll(() => readerTitle(page)).toMatch(/청렴/);
    // 청렴도 향상 추진 (plans) continues 공직기강 및 청렴도 향상 업무 추진 (results): side by side.
    const sideBySide = page.getByRole('button', { name: '나란히 보기' });
    if (await sideBySide.count()) {
      await sideBySide.click();
      await page.locator('.side-by-side .linked-project').waitFor();
      await saveScreenshot(page, 'workspace-continuity-1280');
      await page.getByRole('button', { name: '나란히 보기 닫기' }).click();
    }
  });

  it('should keep text typed just before a reload', async () => {
    const title = await readerProjectName(page);
    await pressOnPage(page, 'n');
    await page.locator('.editor textarea').fill('새로고침 직전에 적은 글');
    await page.reload();
    await openDocumentTitled(page, SEOCHO);
    await page.getByRole('searchbox', { name: '사업 찾기 (제목·번호·부서)' }).fill(title);
    await page.locator('.outline-item', { hasText: title }).first().click();
    // Either the unload flush stored it, or the draft is restored into the editor and saved.
    await expect
      .poll(async () => {
        const editor = page.locator('.editor textarea');
        return (await page.locator('.note-list').innerText()) + ((await editor.count()) ? await editor.inputValue() : '');
      })
      .toContain('새로고침 직전에 적은 글');
    if (await page.locator('.editor').count()) {
      await waitUntilSaved(page);
      await page.locator('.editor').getByRole('button', { name: '다 썼습니다' }).click();
    }
    // Saved once, never twice (the unload flush and the restored draft must not both create it).
    await page.waitForTimeout(1200);
    expect(await annotationCards(page).filter({ hasText: '새로고침 직전에 적은 글' }).count()).toBe(1);
    await page.getByRole('searchbox', { name: '사업 찾기 (제목·번호·부서)' }).fill('');
  });

  it('should show the help overlay with the keyboard commands and the high-contrast theme', async () => {
    await pressOnPage(page, '?');
    const help = page.getByRole('dialog', { name: '단축키' });
    await help.waitFor();
    expect(await help.innerText()).toContain('현재 사업에 새 의견 쓰기');
    await saveScreenshot(page, 'workspace-help-1280');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.getByLabel('고대비').check();
    await saveScreenshot(page, 'workspace-document-contrast');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('고대비').uncheck();
  });

  it('should reflow at 200% text size without losing content', async () => {
    await makeTextLarger(page, 4);
    await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    await saveScreenshot(page, 'workspace-document-200');
    await saveScreenshot(page, 'workspace-document-200-full', true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '← 문서 목록' }).click();
    await page.locator('.doc-table tbody tr').first().waitFor();
    await saveScreenshot(page, 'workspace-library-200');
    await saveScreenshot(page, 'workspace-library-200-full', true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('should find both notes and the profile as they were after a restart', async () => {
    await app.stop();
    app = await startApp(dataDir);
    page = await openPage(browser, app.url);
    await page.getByRole('heading', { name: '문서 목록' }).waitFor();
    await expect.poll(() => memberButton(page).innerText()).toContain('김의원');
    expect(await page.getByRole('dialog', { name: '어느 분이 사용하시나요?' }).count()).toBe(0);
    await openDocumentTitled(page, SEOCHO);
    await page.getByRole('searchbox', { name: '사업 찾기 (제목·번호·부서)' }).fill(notedProject);
    await page.locator('.outline-item', { hasText: notedProject }).first().click();
    await expect.poll(() => annotationCards(page).count()).toBe(2);
    const text = await page.locator('.note-list').innerText();
    expect(text).toContain('이 사업의 추진 근거와 집행 계획을 설명해 주십시오.');
    expect(text).toContain('다음 회의 전에 작년 결산서와 비교해 볼 것');
    expect(text).toContain(quoted.replace(/\s+/g, ' '));
    expect(text).toContain('나만 보기');
  });
});
